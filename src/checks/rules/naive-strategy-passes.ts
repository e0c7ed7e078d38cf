import type { NaiveStrategy } from '../../analysis/pedagogy.js';
import { NAIVE_STRATEGIES, playNaive } from '../../analysis/pedagogy.js';
import { PASS_MARK } from '../../grading/grade.js';
import type { Finding } from '../../model/diagnostic.js';
import { warning } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

const NAMES: Readonly<Record<NaiveStrategy, string>> = {
  longest: 'the longest reply',
  shortest: 'the shortest reply',
  first: 'the first reply as authored',
  last: 'the last reply as authored',
};

/** A trainee who picks without reading must not pass: the score would measure the habit, not the service. */
export const naiveStrategyPasses: Check = {
  code: 'naive-strategy-passes',
  severity: 'warning',
  description: 'always picking the longest, the shortest, the first or the last reply passes the scenario',
  stage: 'compiled',
  run: ({ compiled, analysis, width }) => {
    // Past the analysis's bounds, analysis-limit reports the scenario instead.
    if (!analysis.complete) return [];
    const findings: Finding[] = [];
    for (const strategy of NAIVE_STRATEGIES) {
      const path = playNaive(compiled, strategy, width);
      if (!path || path.score < PASS_MARK) continue;
      findings.push(
        warning(
          'naive-strategy-passes',
          `always picking ${NAMES[strategy]} passes with ${path.score} (answers ${path.answers.join(',')}, ending '${path.ending}', ${path.outcome}): vary which reply is best, and make the replies a trainee picks without reading fail`,
          ['start'],
        ),
      );
    }
    return findings;
  },
};
