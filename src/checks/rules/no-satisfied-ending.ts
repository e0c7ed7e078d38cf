import { error } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

export const noSatisfiedEnding: Check = {
  code: 'no-satisfied-ending',
  severity: 'error',
  description: 'no path reaches an ending with outcome `satisfied`',
  stage: 'compiled',
  run: ({ scenario, analysis }) => {
    if (!analysis.complete || analysis.outcomes.has('satisfied')) return [];
    const authored = Object.entries(scenario.nodes).filter(([, n]) => n.ending === 'satisfied').map(([id]) => `'${id}'`);
    const why =
      authored.length === 0
        ? 'the scenario has no node with `ending: satisfied`'
        : `no path reaches ${authored.join(', ')}`;
    return [error('no-satisfied-ending', `no path can end with the customer satisfied: ${why}; a trainee could never score 100`, ['start'])];
  },
};
