import type { FaultSeverity, Outcome } from '../model/schema.js';
import type { MethodReport } from './grade.js';
import { finalScore, MAJOR_FAULT_CAP, methodAverage, PASS_MARK } from './grade.js';

/** A step of a graded method, named by its method. */
export interface SlipRef {
  readonly method: string;
  readonly step: string;
}

/**
 * Why a conversation's score is not what its story suggests, in one line:
 * `satisfied-but-failed` when the customer ended satisfied and the conversation did not pass
 * (the steps left out or out of order, then the faults, in the order they happened);
 * `major-fault-cap` when a major fault held the score at {@link MAJOR_FAULT_CAP}.
 */
export type ScoreReason =
  | { readonly kind: 'satisfied-but-failed'; readonly missing: readonly SlipRef[]; readonly outOfOrder: readonly SlipRef[]; readonly faults: readonly string[] }
  | { readonly kind: 'major-fault-cap'; readonly cap: number; readonly faults: readonly string[] };

/** What the reason is worked out from: a report as grading gives it, or a recorded session. */
export interface ScoreFacts {
  readonly outcome: Outcome;
  readonly score: number;
  readonly methods: readonly Pick<MethodReport, 'id' | 'score' | 'missing' | 'outOfOrder'>[];
  /** In turn order; `severity` is absent on records kept before faults had one. */
  readonly faults: readonly { readonly id: string; readonly penalty: number; readonly severity?: FaultSeverity }[];
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * The reason a score needs explaining, or undefined when it speaks for itself. What always
 * holds: a passing conversation that ended satisfied and was not capped has no reason; the
 * cap is named only when the score would have been higher without it.
 */
export function scoreReason(facts: ScoreFacts): ScoreReason | undefined {
  if (facts.outcome === 'satisfied' && facts.score < PASS_MARK) {
    return {
      kind: 'satisfied-but-failed',
      missing: facts.methods.flatMap((m) => m.missing.map((step) => ({ method: m.id, step }))),
      outOfOrder: facts.methods.flatMap((m) => m.outOfOrder.map((step) => ({ method: m.id, step }))),
      faults: unique(facts.faults.map((f) => f.id)),
    };
  }
  const major = unique(facts.faults.filter((f) => f.severity === 'major').map((f) => f.id));
  if (major.length === 0) return undefined;
  const cost = facts.faults.reduce((s, f) => s + f.penalty, 0);
  const uncapped = finalScore(methodAverage(facts.methods), cost, facts.outcome);
  if (uncapped <= facts.score || facts.score !== MAJOR_FAULT_CAP) return undefined;
  return { kind: 'major-fault-cap', cap: MAJOR_FAULT_CAP, faults: major };
}
