import type { CompiledScenario } from '../../../scenario/compile.js';
import type { StepRef } from '../../../scenario/resolve.js';
import type { FaultRule } from '../../context.js';

export const FEELING_STEP = 'empathy';
/**
 * Steps that deal with the matter itself: the five objection steps' `handle` and the seven
 * complaint steps' `propose` (a solution put to the customer).
 */
export const FACT_STEPS: readonly string[] = ['handle', 'propose'];

/** Whether the rule applies to a scenario: its methods have empathy and a fact step, and the fault exists. */
export function feelingsRuleApplies(scenario: CompiledScenario): boolean {
  const steps = new Set(scenario.methods.flatMap((m) => m.steps.map((s) => s.id)));
  return steps.has(FEELING_STEP) && FACT_STEPS.some((s) => steps.has(s)) && scenario.faults.has('facts-before-feelings');
}

/**
 * What one reply decides, while no earlier reply has: `kept` when it performs empathy,
 * `broken` when it performs a fact step without empathy (`tagged` when the author already
 * tagged the fault on it, so it is not counted twice), `open` when it does neither.
 */
export function feelingsVerdict(moves: readonly StepRef[], faults: readonly string[]): 'open' | 'kept' | 'broken' | 'tagged' {
  const steps = moves.map((m) => m.step);
  if (steps.includes(FEELING_STEP)) return 'kept';
  if (steps.some((s) => FACT_STEPS.includes(s))) return faults.includes('facts-before-feelings') ? 'tagged' : 'broken';
  return 'open';
}

/**
 * Feelings before facts: a reply that performs `handle` or `propose` while no earlier or same
 * reply has performed `empathy` commits facts-before-feelings, once per conversation. It
 * applies only where the graded methods have empathy and one of those steps, and never twice
 * with an authored tag on the same reply.
 */
export const factsBeforeFeelings: FaultRule = {
  id: 'facts-before-feelings',
  description: 'handling the matter before acknowledging the feeling',
  detect: ({ scenario, turns }) => {
    if (!feelingsRuleApplies(scenario)) return [];
    for (let t = 0; t < turns.length; t++) {
      const verdict = feelingsVerdict(turns[t]!.moves, turns[t]!.faults);
      if (verdict === 'broken') return [{ fault: 'facts-before-feelings', turn: t }];
      if (verdict !== 'open') return [];
    }
    return [];
  },
};
