import { decisionFigures } from '../../analysis/pedagogy.js';
import type { Finding } from '../../model/diagnostic.js';
import { warning } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

/** A best reply this much wider than every other reply stands out at a glance. */
export const GIVEAWAY_RATIO = 1.6;

/**
 * Trainees learn to pick the longest reply when the best one is usually the longest, or when
 * it towers over the others at one decision: the list then teaches length, not service.
 */
export const lengthGiveaway: Check = {
  code: 'length-giveaway',
  severity: 'warning',
  description: 'the best reply is the longest at more than half of the decisions, or 1.6× as wide as the next longest at one',
  stage: 'compiled',
  run: ({ compiled, analysis, width }) => {
    // Past the analysis's bounds, analysis-limit reports the scenario instead.
    if (!analysis.complete) return [];
    const decisions = decisionFigures(compiled, width);
    const findings: Finding[] = [];
    const longest = decisions.filter((d) => d.widestBest !== undefined && d.bestWidth > d.otherWidth);
    if (longest.length * 2 > decisions.length) {
      const first = longest[0]!;
      const names = longest.map((d) => `'${d.node}'`);
      const shown = names.length > 6 ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more` : names.join(', ');
      findings.push(
        warning(
          'length-giveaway',
          `the best reply is the longest at ${longest.length} of ${decisions.length} decisions (${shown}): always picking the longest reply finds it without reading; shorten the best replies or give a fine-but-incomplete or a tempting wrong reply the same length`,
          ['nodes', first.node, 'choices'],
        ),
      );
    }
    for (const d of decisions) {
      if (d.widestBest === undefined || d.otherWidth === 0 || d.bestWidth < GIVEAWAY_RATIO * d.otherWidth) continue;
      findings.push(
        warning(
          'length-giveaway',
          `at node '${d.node}' the best reply (${d.widestBest + 1}) is ${(d.bestWidth / d.otherWidth).toFixed(1)}× as wide as the next longest (${d.bestWidth} columns against ${d.otherWidth}): trim it, split it over two turns, or make another reply as long`,
          ['nodes', d.node, 'choices', d.widestBest, 'reply'],
        ),
      );
    }
    return findings;
  },
};
