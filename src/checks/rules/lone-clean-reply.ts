import { decisionFigures } from '../../analysis/pedagogy.js';
import { warning } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

/**
 * When the best reply is usually the only polite one, a trainee passes by avoiding the rude
 * replies and never learns what makes a reply complete.
 */
export const loneCleanReply: Check = {
  code: 'lone-clean-reply',
  severity: 'warning',
  description: 'at more than half of the decisions the best reply is the only one without a fault',
  stage: 'compiled',
  run: ({ compiled, analysis, width }) => {
    // Past the analysis's bounds, analysis-limit reports the scenario instead.
    if (!analysis.complete) return [];
    const decisions = decisionFigures(compiled, width);
    const lone = decisions.filter((d) => d.faultFree === 1 && d.best.length === 1);
    if (lone.length * 2 <= decisions.length) return [];
    const names = lone.map((d) => `'${d.node}'`);
    const shown = names.length > 6 ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more` : names.join(', ');
    const first = lone[0]!;
    return [
      warning(
        'lone-clean-reply',
        `at ${lone.length} of ${decisions.length} decisions (${shown}) the best reply is the only one without a fault: add a reply that is fine but incomplete (polite, no fault, a step short) so that being polite is not enough`,
        ['nodes', first.node, 'choices', first.best[0]!],
      ),
    ];
  },
};
