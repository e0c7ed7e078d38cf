import { warning } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

export const analysisLimit: Check = {
  code: 'analysis-limit',
  severity: 'warning',
  description: 'the scenario has too many distinct states for the path analysis',
  stage: 'compiled',
  run: ({ analysis }) =>
    analysis.complete
      ? []
      : [
          warning(
            'analysis-limit',
            `the path analysis stopped after ${analysis.states} distinct states (node, mood and steps performed so far); reachability, traps and scores were not checked. Split the scenario or reduce its loops`,
            ['nodes'],
            'key',
          ),
        ],
};
