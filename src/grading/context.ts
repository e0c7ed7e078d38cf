import type { Turn } from '../engine/engine.js';
import type { Method } from '../model/schema.js';
import type { CompiledScenario } from '../scenario/compile.js';
import type { StepRef } from '../scenario/resolve.js';

/** What every grading rule sees: the compiled scenario and the turns of one path. */
export interface GradingContext {
  readonly scenario: CompiledScenario;
  readonly turns: readonly Turn[];
}

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

/** A method rule: one list in a method's report, from the path's first performances. */
export interface MethodRule {
  readonly id: 'performed' | 'missing' | 'outOfOrder';
  readonly description: string;
  evaluate(method: Method, firsts: readonly FirstPerformance[]): string[];
}

/** A fault found on a path: which fault, and at which turn (0-based). */
export interface FaultHitAt {
  readonly fault: string;
  readonly turn: number;
}

/** A fault rule: finds faults on a path. */
export interface FaultRule {
  readonly id: string;
  readonly description: string;
  detect(ctx: GradingContext): FaultHitAt[];
}
