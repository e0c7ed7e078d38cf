import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('unwinnable', () => {
  table(
    'unwinnable',
    [
      {
        name: 'a perfect path exists',
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
      {
        name: 'a perfect path exists beside faulty ones',
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
        name: 'a step no path performs',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[7, 11]],
        mentions: "'responsibility'",
      },
      {
        name: 'a step only ever performed out of order',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [responsibility]
        next: b
      - reply: r2
        next: lost
  b:
    customer: hm
    choices:
      - { reply: x, moves: [willingness, empathy], next: ok }
      - { reply: y, next: lost }
${END_OK}
${END_LOST}`,
        at: [[7, 11]],
        mentions: "'responsibility'",
      },
      {
        name: 'a fault every path commits',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        faults: [jargon]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[15, 18]],
        mentions: "'jargon'",
      },
      {
        name: 'a trade-off: the steps or no fault, never both',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        faults: [jargon]
        next: ok
      - reply: r2
        moves: [willingness, empathy]
        next: ok
      - reply: r3
        next: lost
${END_OK}
${END_LOST}`,
        at: [[8, 8]],
        mentions: 'trades',
      },
    ],
  );
});
