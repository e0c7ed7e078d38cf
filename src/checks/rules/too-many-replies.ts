import type { Finding } from '../../model/diagnostic.js';
import { error } from '../../model/diagnostic.js';
import type { Check } from '../check.js';

/** Replies one decision may offer: far more than a trainee can read, and the analysis's work stays bounded. */
export const MAX_REPLIES = 200;

export const tooManyReplies: Check = {
  code: 'too-many-replies',
  severity: 'error',
  description: `a decision with more than ${MAX_REPLIES} replies`,
  stage: 'scenario',
  run: ({ scenario }) => {
    const findings: Finding[] = [];
    for (const [id, node] of Object.entries(scenario.nodes)) {
      const n = node.choices?.length ?? 0;
      // One finding per node, at its first reply past the bound.
      if (n > MAX_REPLIES) {
        findings.push(error('too-many-replies', `node '${id}' offers ${n} replies; at most ${MAX_REPLIES} are allowed: keep the few a trainee should weigh`, ['nodes', id, 'choices', MAX_REPLIES]));
      }
    }
    return findings;
  },
};
