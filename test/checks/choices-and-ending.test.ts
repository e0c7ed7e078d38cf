import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('choices-and-ending', () => {
  table(
    'choices-and-ending',
    [
      {
        name: 'decisions and endings apart',
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
        name: 'an ending with choices',
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
    customer: bye
    ending: lost
    choices: [{ reply: x, next: a }, { reply: y, next: a }]`,
        at: [[23, 13]],
      },
    ],
  );
});
