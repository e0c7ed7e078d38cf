import { describe } from 'vitest';
import { table } from './helpers.js';
import { CLEAN, onlyThis, REPLY, twoDecisions } from './pedagogy.js';

const firstWins = { a: [REPLY.best, REPLY.cold, REPLY.sure], b: [REPLY.own, REPLY.right, REPLY.blame] };
const loopFirst = `      - reply: Let me start over.
        mood: 0
        next: a`;

describe('naive-strategy-passes', () => {
  table(
    'naive-strategy-passes',
    [
      { name: 'every mechanical strategy meets a wrong reply', nodes: twoDecisions(CLEAN) },
      { name: 'always the first reply goes round a loop for ever', nodes: twoDecisions({ a: [loopFirst, REPLY.best, REPLY.cold], b: [REPLY.right, REPLY.own, REPLY.blame] }) },
    ],
    [
      { name: 'always the first reply scores 100', nodes: twoDecisions(firstWins), at: [[8, 8]], mentions: 'the first reply as authored passes with 100 (answers 1,1' },
      {
        name: 'always the longest reply passes',
        nodes: twoDecisions({ a: CLEAN.a, b: [REPLY.right, REPLY.own.replace('I will own this.', 'I will own this and see it through myself, today.'), REPLY.blame.replace(/reply: .*/, 'reply: Ask my boss.')] }),
        at: [[8, 8]],
        mentions: 'the longest reply passes with 100 (answers 2,2',
      },
    ],
  );
  onlyThis('naive-strategy-passes', firstWins);
});
