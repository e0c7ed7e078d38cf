import { warning } from '../../model/diagnostic.js';
import type { Finding, YamlPath } from '../../model/diagnostic.js';
import type { Check } from '../check.js';
import { choicesOf } from '../check.js';

export const unwinnable: Check = {
  code: 'unwinnable',
  severity: 'warning',
  description: 'the best score any path can reach is below 100',
  stage: 'compiled',
  run: ({ scenario, analysis }): Finding[] => {
    // Without a satisfied ending, no-satisfied-ending already says why 100 is out of reach.
    if (!analysis.complete || !analysis.outcomes.has('satisfied') || analysis.best === undefined || analysis.best >= 100) return [];
    const reasons: string[] = [];
    let at: YamlPath = ['start'];
    if (analysis.stepsNeverInOrder.length > 0) {
      const steps = analysis.stepsNeverInOrder.map((s) => `'${s.step}' (${s.method})`).join(', ');
      reasons.push(`no path to a satisfied ending performs ${steps} in the method's order`);
      const i = scenario.methods.indexOf(analysis.stepsNeverInOrder[0]!.method);
      if (i >= 0) at = ['methods', i];
    }
    if (analysis.unavoidableFaults.length > 0) {
      reasons.push(`every path to a satisfied ending commits ${analysis.unavoidableFaults.map((f) => `'${f}'`).join(', ')}`);
      if (reasons.length === 1) {
        const first = analysis.unavoidableFaults[0]!;
        for (const { nodeId, index, choice } of choicesOf(scenario)) {
          const j = (choice.faults ?? []).indexOf(first);
          if (j >= 0 && analysis.reachable.has(nodeId)) {
            at = ['nodes', nodeId, 'choices', index, 'faults', j];
            break;
          }
        }
      }
    }
    if (reasons.length === 0 && analysis.bestPath) {
      const p = analysis.bestPath;
      const gaps = p.methods.flatMap((m) => [...m.missing.map((s) => `misses '${s}'`), ...m.outOfOrder.map((s) => `does '${s}' out of order`)]);
      if (p.faultCost > 0) gaps.push('commits a fault');
      if (p.outcome !== 'satisfied') gaps.push(`ends ${p.outcome}`);
      reasons.push(`every path trades one thing for another: the best one ${gaps.join(', ')}`);
    }
    return [warning('unwinnable', `the best score any path can reach is ${analysis.best}, not 100: ${reasons.join('; ')}`, at)];
  },
};
