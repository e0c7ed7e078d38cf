import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('single-choice', () => {
  table(
    'single-choice',
    [
      {
        name: 'two replies',
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
        name: 'one reply',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
${END_OK}
${END_LOST}`,
        at: [[13, 7]],
      },
    ],
  );
});
