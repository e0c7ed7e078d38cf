import { warning } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

/** Below B: a conversation with a major fault must not score like a good one. */
export const FAULT_SCORE_LIMIT = 80;

/**
 * Proves, for the files given, that no path with a major fault scores B or better. Grading's
 * cap makes it hold for every catalogue; the check states it over every path, so a change to
 * the cap or to how scores are computed cannot slip through unseen.
 */
export const faultScoresHigh: Check = {
  code: 'fault-scores-high',
  severity: 'warning',
  description: 'a path that commits a major fault scores 80 or more',
  stage: 'compiled',
  run: ({ analysis }) => {
    const path = analysis.complete ? analysis.figures.bestWithMajorFault : undefined;
    if (!path || path.score < FAULT_SCORE_LIMIT) return [];
    return [
      warning(
        'fault-scores-high',
        `the path ${path.answers.join(',')} commits a major fault yet scores ${path.score} (ending '${path.ending}', ${path.outcome}): a conversation with a major fault must stay below ${FAULT_SCORE_LIMIT}`,
        ['start'],
      ),
    ];
  },
};
