import { warning } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

/**
 * A polite conversation the customer is happy with must not fail: story and score would
 * disagree, and a trainee would not know what was wrong.
 */
export const satisfiedButFailing: Check = {
  code: 'satisfied-but-failing',
  severity: 'warning',
  description: 'a path with no fault ends satisfied yet scores under 60',
  stage: 'compiled',
  run: ({ analysis }) => {
    const path = analysis.complete ? analysis.figures.satisfiedButFailing : undefined;
    if (!path) return [];
    return [
      warning(
        'satisfied-but-failing',
        `the path ${path.answers.join(',')} commits no fault and ends satisfied at '${path.ending}', yet scores ${path.score}: guard that ending with a higher mood, or let the replies on the way perform the steps it leaves out`,
        ['nodes', path.ending],
        'key',
      ),
    ];
  },
};
