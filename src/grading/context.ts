import type { Turn } from '../engine/engine.js';
import type { Method } from '../model/schema.js';
import type { CompiledScenario } from '../scenario/compile.js';
import type { StepRef } from '../scenario/resolve.js';

/** A step's first performance on a path. */
export interface FirstPerformance {
  readonly step: string;
  /** 0-based index of the turn that first performed it. */
  readonly turn: number;
}

/**
 * The steps of `method` the path performed, each once, in the order first performed.
 * Steps first performed by the same reply are taken in the method's order: one reply is one
 * utterance, and the order its author listed the moves in carries no meaning.
 */
export function firstPerformances(method: Method, turns: readonly Turn[]): FirstPerformance[] {
  const seen = new Set<string>();
  const result: FirstPerformance[] = [];
  turns.forEach((turn, t) => {
    for (const step of freshSteps(method, seen, turn.moves)) {
      seen.add(step);
      result.push({ step, turn: t });
    }
  });
  return result;
}

/**
 * The steps of `method` one reply performs for the first time, given the steps already
 * performed: each once, in the method's order. {@link firstPerformances} is this, turn by
 * turn; path analysis uses it to follow a path's summary without replaying the path.
 */
export function freshSteps(method: Method, seen: ReadonlySet<string>, moves: readonly StepRef[]): string[] {
  const order = new Map(method.steps.map((s, i) => [s.id, i]));
  return moves
    .filter((m) => m.method === method.id && order.has(m.step) && !seen.has(m.step))
    .map((m) => m.step)
    .filter((s, i, all) => all.indexOf(s) === i)
    .sort((a, b) => order.get(a)! - order.get(b)!);
}

/** The method rules, by id: each gives one list of a method's report. */
export type MethodRuleId = 'performed' | 'missing' | 'out-of-order';

/** A method rule: one list in a method's report, from the path's first performances. */
export interface MethodRule {
  readonly id: MethodRuleId;
  readonly description: string;
  evaluate(method: Method, firsts: readonly FirstPerformance[]): string[];
}

/** A fault found on a path: which fault, and at which turn (0-based). */
export interface FaultHitAt {
  readonly fault: string;
  readonly turn: number;
}

/** What a fault rule sees of one reply: the steps it performs and the faults its author tagged. */
export interface ReplySeen {
  readonly moves: readonly StepRef[];
  readonly faults: readonly string[];
}

/** What a fault rule makes of one reply: its state after it and the faults it charges on this reply. */
export interface RuleStep {
  readonly state: string;
  readonly charges: readonly string[];
}

/**
 * A fault rule: reads a path reply by reply as a machine over a small state, so that grading
 * runs it on one path and the analysis on every path at once (two paths in the same rule
 * state have the same future charges). What always holds: the charges depend on the replies
 * only, in their order; the states a rule can be in are few (the analysis keeps one per
 * distinct state, so a rule must not count turns or remember replies).
 */
export interface FaultRule {
  readonly id: string;
  readonly description: string;
  /**
   * Faults this rule charges from the path itself, with no author's tag: a reply can commit
   * one without saying so, so the quiz never offers one as a wrong option.
   */
  readonly derives: readonly string[];
  /** The state before the first reply, or undefined when the rule does not apply to the scenario. */
  start(scenario: CompiledScenario): string | undefined;
  read(scenario: CompiledScenario, state: string, reply: ReplySeen): RuleStep;
}

/**
 * Runs a fault rule over a path. What always holds: the result is what the rule's machine
 * charges, in turn order; a charge on a turn depends only on the turns up to it, so what a
 * turn is charged never changes as the conversation goes on.
 */
export function runFaultRule(rule: FaultRule, scenario: CompiledScenario, turns: readonly ReplySeen[]): FaultHitAt[] {
  let state = rule.start(scenario);
  if (state === undefined) return [];
  const out: FaultHitAt[] = [];
  turns.forEach((turn, t) => {
    const step = rule.read(scenario, state!, turn);
    for (const fault of step.charges) out.push({ fault, turn: t });
    state = step.state;
  });
  return out;
}
