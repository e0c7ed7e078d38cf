import { error } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

/** Nodes a scenario may have: fifty times the largest bundled scenario, and still bounded work. */
export const MAX_NODES = 10_000;

export const tooManyNodes: Check = {
  code: 'too-many-nodes',
  severity: 'error',
  description: `a scenario with more than ${MAX_NODES.toLocaleString('en')} nodes`,
  stage: 'scenario',
  run: ({ scenario }) => {
    const n = Object.keys(scenario.nodes).length;
    return n > MAX_NODES
      ? [error('too-many-nodes', `the scenario has ${n} nodes; at most ${MAX_NODES} are allowed: split it into several scenarios`, ['nodes'], 'key')]
      : [];
  },
};
