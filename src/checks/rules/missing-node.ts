import { error } from '../../model/diagnostic.js';
import { suggestOrList } from '../../model/suggest.js';
import type { Check } from '../check.js';
import { choicesOf } from '../check.js';

export const missingNode: Check = {
  code: 'missing-node',
  severity: 'error',
  description: '`start` or a `next`/`goto` names no node',
  stage: 'scenario',
  run: ({ scenario }) => {
    const ids = Object.keys(scenario.nodes);
    const miss = (name: string): string => `there is no node '${name}'${suggestOrList(name, ids)}`;
    // Own keys only: `next: toString` must not find a node on Object.prototype.
    const has = (id: string): boolean => Object.hasOwn(scenario.nodes, id);
    const findings = has(scenario.start) ? [] : [error('missing-node', `start: ${miss(scenario.start)}`, ['start'])];
    for (const { nodeId, index, choice } of choicesOf(scenario)) {
      const at = ['nodes', nodeId, 'choices', index, 'next'];
      if (typeof choice.next === 'string') {
        if (!has(choice.next)) findings.push(error('missing-node', `next: ${miss(choice.next)}`, at));
      } else {
        choice.next.forEach((b, i) => {
          if (!has(b.goto)) findings.push(error('missing-node', `goto: ${miss(b.goto)}`, [...at, i, 'goto']));
        });
      }
    }
    return findings;
  },
};
