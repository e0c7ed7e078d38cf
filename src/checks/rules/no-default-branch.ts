import { error } from '../../model/diagnostic.js';
import type { Check } from '../check.js';
import { choicesOf } from '../check.js';

export const noDefaultBranch: Check = {
  code: 'no-default-branch',
  severity: 'error',
  description: 'a conditional `next` whose last entry has an `if`',
  stage: 'scenario',
  run: ({ scenario }) => {
    const findings = [];
    for (const { nodeId, index, choice } of choicesOf(scenario)) {
      if (typeof choice.next === 'string') continue;
      const last = choice.next.length - 1;
      if (choice.next[last]?.if !== undefined) {
        findings.push(
          error('no-default-branch', 'the last branch of a conditional next must have no `if`, so some branch always applies', ['nodes', nodeId, 'choices', index, 'next', last]),
        );
      }
    }
    return findings;
  },
};
