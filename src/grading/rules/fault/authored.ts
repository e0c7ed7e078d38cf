import type { FaultRule } from '../../context.js';

/** The faults the scenario's author tagged on the replies the path took, each where it was said. */
export const authored: FaultRule = {
  id: 'authored',
  description: 'faults tagged on the replies taken',
  derives: [],
  start: () => '',
  read: (_scenario, state, reply) => ({ state, charges: reply.faults }),
};
