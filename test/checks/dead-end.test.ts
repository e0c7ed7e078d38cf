import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('dead-end', () => {
  table(
    'dead-end',
    [
      {
        name: 'every node has choices or an ending',
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
        name: 'a node with only a line',
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
  lost:
    customer: bye`,
        at: [[21, 3]],
      },
    ],
  );
});
