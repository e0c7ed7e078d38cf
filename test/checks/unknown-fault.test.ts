import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('unknown-fault', () => {
  table(
    'unknown-fault',
    [
      {
        name: 'a known fault',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
      - reply: r2
        faults: [cold]
        next: lost
${END_OK}
${END_LOST}`,
      },
    ],
    [
      {
        name: 'a misspelt fault',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
      - reply: r2
        faults: [cold, argu]
        next: lost
${END_OK}
${END_LOST}`,
        at: [[17, 24]],
        mentions: "'argue'",
      },
    ],
  );
});
