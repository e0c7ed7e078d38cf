import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('unknown-personality', () => {
  table(
    'unknown-personality',
    [
      {
        name: 'a known personality',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
      },
    ],
    [
      {
        name: 'a misspelt personality',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        header: { personality: 'plian' },
        at: [[6, 35]],
        mentions: "'plain'",
      },
      {
        name: 'a personality near no known one lists the valid ones',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        header: { personality: 'grumpy' },
        at: [[6, 35]],
        mentions: "unknown personality 'grumpy' (valid: 'plain' or 'touchy')",
      },
    ],
  );
});
