import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('missing-node', () => {
  table(
    'missing-node',
    [
      {
        name: 'every next and start resolve',
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
        name: 'a misspelt next',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: okk
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[15, 15]],
        mentions: "'ok'",
      },
      {
        name: 'a missing start',
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
        header: { start: 'b' },
        at: [[8, 8]],
      },
      {
        name: 'a misspelt goto',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next:
          - { if: "mood > 10", goto: okay }
          - { goto: ok }
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[16, 38]],
        mentions: "'ok'",
      },
    ],
  );
});
