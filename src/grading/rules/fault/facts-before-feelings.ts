import type { FaultRule } from '../../context.js';

export const FEELING_STEP = 'empathy';
export const FACT_STEP = 'handle';

/**
 * Feelings before facts: a reply that performs `handle` while no earlier or same reply has
 * performed `empathy` commits facts-before-feelings, once per conversation. It applies only
 * where the graded methods have both steps, and never twice with an authored tag on the
 * same reply.
 */
export const factsBeforeFeelings: FaultRule = {
  id: 'facts-before-feelings',
  description: 'handling the matter before acknowledging the feeling',
  detect: ({ scenario, turns }) => {
    const steps = new Set(scenario.methods.flatMap((m) => m.steps.map((s) => s.id)));
    if (!steps.has(FEELING_STEP) || !steps.has(FACT_STEP) || !scenario.faults.has('facts-before-feelings')) return [];
    for (let t = 0; t < turns.length; t++) {
      const moves = turns[t]!.moves.map((m) => m.step);
      if (moves.includes(FEELING_STEP)) return [];
      if (moves.includes(FACT_STEP)) {
        return turns[t]!.faults.includes('facts-before-feelings') ? [] : [{ fault: 'facts-before-feelings', turn: t }];
      }
    }
    return [];
  },
};
