import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('bad-condition', () => {
  table(
    'bad-condition',
    [
      {
        name: 'a comparison of mood',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next:
          - { if: "mood >= 60", goto: ok }
          - { goto: ok }
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
      },
    ],
    [
      {
        name: 'code instead of a comparison',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next:
          - { if: "process.exit()", goto: ok }
          - { goto: ok }
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[16, 19]],
      },
      {
        name: 'a word for a number',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next:
          - { if: "mood > sixty", goto: ok }
          - { goto: ok }
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[16, 19]],
      },
    ],
  );
});
