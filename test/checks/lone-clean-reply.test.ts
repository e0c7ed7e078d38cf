import { describe } from 'vitest';
import { table } from './helpers.js';
import { CLEAN, onlyThis, REPLY, twoDecisions } from './pedagogy.js';

const lone = { a: [REPLY.cold, REPLY.best, REPLY.coldSure], b: [REPLY.rightFaulty, REPLY.own, REPLY.blame] };

describe('lone-clean-reply', () => {
  table(
    'lone-clean-reply',
    [
      { name: 'every decision offers a fine-but-incomplete reply', nodes: twoDecisions(CLEAN) },
      { name: 'one decision of two has a lone clean reply: not more than half', nodes: twoDecisions({ a: CLEAN.a, b: lone.b }) },
    ],
    [{ name: 'at both decisions the best reply is the only one without a fault', nodes: twoDecisions(lone), at: [[16, 9]], mentions: "2 of 2 decisions ('a', 'b')" }],
  );
  onlyThis('lone-clean-reply', lone);
});
