import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('no-default-branch', () => {
  table(
    'no-default-branch',
    [
      {
        name: 'the last branch has no if',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next:
          - { if: "mood >= 60", goto: ok }
          - { goto: lost }
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
      },
    ],
    [
      {
        name: 'every branch conditional',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next:
          - { if: "mood >= 60", goto: ok }
          - { if: "mood < 60", goto: lost }
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[17, 13]],
      },
    ],
  );
});
