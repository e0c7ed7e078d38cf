import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('no-satisfied-ending', () => {
  table(
    'no-satisfied-ending',
    [
      {
        name: 'a satisfied ending on some path',
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
        name: 'no satisfied ending at all',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
      - reply: r2
        next: lost
  ok:
    customer: bye
    ending: neutral
${END_LOST}`,
        at: [[8, 8]],
      },
      {
        name: 'a satisfied ending no path reaches',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: lost
      - reply: r2
        next: lost
${END_OK}
${END_LOST}
  far:
    customer: x
    ending: neutral`,
        at: [[8, 8]],
        mentions: "'ok'",
      },
    ],
  );
});
