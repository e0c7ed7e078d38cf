import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('unknown-step', () => {
  table(
    'unknown-step',
    [
      {
        name: 'steps of the graded method',
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
        name: 'a misspelt step',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathie, responsibility]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[14, 30]],
        mentions: "'empathy'",
      },
      {
        name: 'a step of a method not graded',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, pause, responsibility]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[14, 39]],
      },
      {
        name: 'method/step with a step the method lacks',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, emotional/pause, empathy, responsibility]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[14, 30]],
      },
    ],
  );
});
