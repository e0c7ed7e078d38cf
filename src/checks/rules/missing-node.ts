import { error } from '../../model/diagnostic.js';
import { didYouMean } from '../../model/suggest.js';
import type { Check } from '../check.js';
import { choicesOf } from '../check.js';

export const missingNode: Check = {
  code: 'missing-node',
  severity: 'error',
  description: '`start` or a `next`/`goto` names no node',
  stage: 'scenario',
  run: ({ scenario }) => {
    const ids = Object.keys(scenario.nodes);
    const miss = (name: string): string => `there is no node '${name}'${didYouMean(name, ids)}`;
    const findings = scenario.start in scenario.nodes ? [] : [error('missing-node', `start: ${miss(scenario.start)}`, ['start'])];
    for (const { nodeId, index, choice } of choicesOf(scenario)) {
      const at = ['nodes', nodeId, 'choices', index, 'next'];
      if (typeof choice.next === 'string') {
        if (!(choice.next in scenario.nodes)) findings.push(error('missing-node', `next: ${miss(choice.next)}`, at));
      } else {
        choice.next.forEach((b, i) => {
          if (!(b.goto in scenario.nodes)) findings.push(error('missing-node', `goto: ${miss(b.goto)}`, [...at, i, 'goto']));
        });
      }
    }
    return findings;
  },
};
