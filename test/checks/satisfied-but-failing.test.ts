import { describe } from 'vitest';
import { table } from './helpers.js';
import { CLEAN, onlyThis, REPLY, twoDecisions } from './pedagogy.js';

// The blunt reply leads to the neutral ending, so every ending stays reachable.
const politeButEmpty = { a: CLEAN.a, b: [REPLY.rightSatisfied, REPLY.own, REPLY.blame.replace('next: lost', 'next: meh')] };

describe('satisfied-but-failing', () => {
  table(
    'satisfied-but-failing',
    [
      { name: 'every fault-free path to a satisfied ending passes', nodes: twoDecisions(CLEAN) },
      {
        name: 'a satisfied path that fails commits a fault on the way',
        nodes: twoDecisions({ a: CLEAN.a, b: [REPLY.rightFaulty.replace('next: meh', 'next: ok'), REPLY.own, REPLY.blame] }),
      },
    ],
    [{ name: 'polite replies that skip two steps still satisfy the customer', nodes: twoDecisions(politeButEmpty), at: [[33, 3]], mentions: 'the path 3,1 commits no fault' }],
  );
  onlyThis('satisfied-but-failing', politeButEmpty);
});
