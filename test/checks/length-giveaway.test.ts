import { describe } from 'vitest';
import { table } from './helpers.js';
import { CLEAN, onlyThis, REPLY, twoDecisions } from './pedagogy.js';

const towering = { a: [REPLY.cold, REPLY.bestLong, REPLY.sure], b: CLEAN.b };

describe('length-giveaway', () => {
  table(
    'length-giveaway',
    [
      { name: 'the best reply is the longest at one of two decisions, 1.1× the next', nodes: twoDecisions(CLEAN) },
      { name: 'the best reply is shorter than a tempting wrong one', nodes: twoDecisions({ a: [REPLY.cold, REPLY.sure, REPLY.best], b: [REPLY.blame, REPLY.own, REPLY.right] }) },
    ],
    [
      { name: 'at one decision the best reply is 1.7× as wide as the next longest', nodes: twoDecisions(towering), at: [[16, 16]], mentions: "node 'a'" },
      {
        name: 'the best reply is the longest at both decisions',
        nodes: twoDecisions({ a: CLEAN.a, b: [REPLY.right.replace('Right.', 'Alright then, bye for now.'), REPLY.own.replace('I will own this.', 'I will own this and fix it today.'), REPLY.blame.replace(/reply: .*/, 'reply: OK, OK, fine.')] }),
        at: [[13, 7]],
        mentions: '2 of 2 decisions',
      },
    ],
  );
  onlyThis('length-giveaway', towering);
});
