import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

const nodes = `
  a:
    customer: hi
    choices:
      - { reply: r1, moves: [willingness, empathy, responsibility], next: ok }
      - { reply: r2, next: lost }
${END_OK}
${END_LOST}`;

describe('start-is-ending', () => {
  table(
    'start-is-ending',
    [{ name: 'start at a decision', nodes }],
    [
      { name: 'start at a satisfied ending', nodes, header: { start: 'ok' }, at: [[8, 8]], mentions: "'ok'" },
      { name: 'start at a lost ending', nodes, header: { start: 'lost' }, at: [[8, 8]] },
    ],
  );
});
