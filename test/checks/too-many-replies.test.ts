import { describe } from 'vitest';
import { MAX_REPLIES } from '../../src/checks/rules/too-many-replies.js';
import { END_LOST, END_OK, table } from './helpers.js';

/** Node `a` with `n` replies, one a line, the first one good. */
function replies(n: number): string {
  const lines = ['  a:', '    customer: hi', '    choices:', '      - { reply: r0, moves: [willingness, empathy, responsibility], next: ok }'];
  for (let i = 1; i < n; i++) lines.push(`      - { reply: r${i}, next: lost }`);
  return `${lines.join('\n')}\n${END_OK}\n${END_LOST}`;
}

describe('too-many-replies', () => {
  table(
    'too-many-replies',
    [{ name: `${MAX_REPLIES} replies`, nodes: replies(MAX_REPLIES) }],
    // Line 10 is `a:`, replies start on line 13: the first one past the bound is reported.
    [{ name: `${MAX_REPLIES + 1} replies`, nodes: replies(MAX_REPLIES + 1), at: [[13 + MAX_REPLIES, 9]], mentions: `${MAX_REPLIES + 1} replies` }],
  );
});
