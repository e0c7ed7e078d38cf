import type { StepState } from '../grading/grade.js';
import { stepState } from '../grading/grade.js';
import type { Named, SessionEnding, SessionRecord, SessionStatus } from './records.js';

/**
 * A session reduced to what progress and reports count: the same whether it comes from the
 * database, a JSON export or a CSV export.
 */
export interface SessionSummary {
  readonly trainee: string;
  /** The session's id where it was recorded; with `trainee` and `startedAt` it tells duplicates apart. */
  readonly id: number;
  readonly scenario: string;
  readonly title: string;
  readonly personality: Named;
  readonly startedAt: string;
  readonly status: SessionStatus;
  /** Completed sessions only. */
  readonly score?: number;
  /** Completed sessions only: each graded method's steps in the method's order, with their state. */
  readonly methods: readonly { readonly method: Named; readonly steps: readonly (Named & { readonly state: StepState })[] }[];
  /** Every fault committed, once per occurrence, in turn order. */
  readonly faults: readonly Named[];
}

/** A recorded session as counted. What always holds: an abandoned session has no score and no method verdicts. */
export function summarise(session: SessionRecord): SessionSummary {
  return summaryOf(
    session,
    session.turns.flatMap((t) => t.faults.map((f) => ({ id: f.id, name: f.name, name_en: f.name_en }))),
  );
}

/**
 * A session as counted, from its record without the turns and the faults committed on them, in
 * turn order: what the store reads without loading every turn. What always holds:
 * `summaryOf(s, faults of s's turns)` equals `summarise(s)`.
 */
export function summaryOf(
  session: Pick<SessionRecord, 'trainee' | 'id' | 'scenario' | 'title' | 'personality' | 'startedAt' | 'status' | 'methods'> & { readonly result?: Pick<SessionEnding, 'score' | 'methods'> },
  faults: readonly Named[],
): SessionSummary {
  const result = session.result;
  const methods = result
    ? session.methods.map((method) => {
        const verdict = result.methods.find((m) => m.id === method.id);
        const steps = method.steps.map((step) => ({ ...step, state: stepState(verdict, step.id) }));
        return { method: { id: method.id, name: method.name, name_en: method.name_en }, steps };
      })
    : [];
  return {
    trainee: session.trainee,
    id: session.id,
    scenario: session.scenario,
    title: session.title,
    personality: session.personality,
    startedAt: session.startedAt,
    status: session.status,
    ...(result ? { score: result.score } : {}),
    methods,
    faults,
  };
}
