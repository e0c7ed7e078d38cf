import { error } from '../../model/diagnostic.js';
import { parseCondition } from '../../scenario/resolve.js';
import type { Check } from '../check.js';
import { choicesOf } from '../check.js';

export const badCondition: Check = {
  code: 'bad-condition',
  severity: 'error',
  description: 'an `if` that does not parse',
  stage: 'scenario',
  run: ({ scenario }) => {
    const findings = [];
    for (const { nodeId, index, choice } of choicesOf(scenario)) {
      if (typeof choice.next === 'string') continue;
      for (const [i, b] of choice.next.entries()) {
        if (b.if === undefined) continue;
        const p = parseCondition(b.if);
        if (!p.ok) findings.push(error('bad-condition', p.message, ['nodes', nodeId, 'choices', index, 'next', i, 'if']));
      }
    }
    return findings;
  },
};
