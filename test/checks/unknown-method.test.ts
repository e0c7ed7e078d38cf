import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('unknown-method', () => {
  table(
    'unknown-method',
    [
      {
        name: 'a graded method that exists',
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
        name: 'method/step naming a graded method',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [emotional/willingness, empathy, responsibility]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
      },
    ],
    [
      {
        name: 'a misspelt method',
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
        header: { methods: '[emotional, objecton]' },
        at: [[7, 22]],
        mentions: "'objection'",
      },
      {
        name: 'method/step with a method not graded',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [objection/pause, willingness, empathy, responsibility]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        at: [[14, 17]],
      },
    ],
  );
});
