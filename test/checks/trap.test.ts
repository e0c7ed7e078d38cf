import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('trap', () => {
  table(
    'trap',
    [
      {
        name: 'a loop with a way out',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
      - reply: r2
        next: a
${END_OK}
${END_LOST}`,
      },
    ],
    [
      {
        name: 'a loop with no way out',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
      - reply: r2
        next: loop
${END_OK}
${END_LOST}
  loop:
    customer: again
    choices: [{ reply: x, next: loop }, { reply: y, next: loop2 }]
  loop2:
    customer: again
    choices: [{ reply: x, next: loop }, { reply: y, next: loop }]`,
        at: [[24, 3], [27, 3]],
      },
      {
        name: 'a way out that only opens at a mood the loop never reaches',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
      - reply: r2
        next: loop
${END_OK}
${END_LOST}
  loop:
    customer: again
    choices:
      - reply: x
        mood: -5
        next: [{ if: "mood > 90", goto: ok }, { goto: loop }]
      - { reply: y, mood: -5, next: loop }`,
        at: [[24, 3]],
      },
      {
        name: 'a node trapped only at some moods',
        nodes: `
  a:
    customer: hi
    choices:
      - { reply: r1, moves: [willingness, empathy, responsibility], next: ok }
      - { reply: r2, mood: 20, next: gate }
      - { reply: r3, next: gate }
  gate:
    customer: hmm
    choices:
      - { reply: x, next: [{ if: "mood >= 60", goto: spin }, { goto: lost }] }
      - { reply: y, next: [{ if: "mood >= 60", goto: spin }, { goto: ok }] }
  spin:
    customer: again
    choices: [{ reply: x, next: spin }, { reply: y, next: spin }]
${END_OK}
${END_LOST}`,
        at: [[16, 3], [21, 3]],
        mentions: 'mood is 70',
      },
    ],
  );
});
