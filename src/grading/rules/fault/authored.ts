import type { FaultRule } from '../../context.js';

/** The faults the scenario's author tagged on the replies the path took. */
export const authored: FaultRule = {
  id: 'authored',
  description: 'faults tagged on the replies taken',
  detect: ({ turns }) => turns.flatMap((turn, t) => turn.faults.map((fault) => ({ fault, turn: t }))),
};
