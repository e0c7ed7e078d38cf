import { describe } from 'vitest';
import { END_LOST, END_OK, table } from './helpers.js';

describe('unreachable-node', () => {
  table(
    'unreachable-node',
    [
      {
        name: 'every node reached',
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
        name: 'a conditional branch that holds on some path',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next:
          - { if: "mood >= 60", goto: ok }
          - { goto: lost }
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
      },
    ],
    [
      {
        name: 'a node nothing leads to',
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
${END_LOST}
  orphan:
    customer: hello?
    ending: neutral`,
        at: [[24, 3]],
        mentions: 'no reply',
      },
      {
        name: 'a node only an impossible condition leads to',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next:
          - { if: "mood < 0", goto: never }
          - { goto: ok }
      - reply: r2
        next: lost
${END_OK}
${END_LOST}
  never:
    customer: hello?
    ending: neutral`,
        at: [[26, 3]],
        mentions: 'mood < 0',
      },
      {
        name: 'a node behind a condition the mood never meets on the way there',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, responsibility]
        next: ok
      - reply: r2
        mood: -10
        next:
          - { if: "mood > 45", goto: never }
          - { goto: lost }
${END_OK}
${END_LOST}
  never:
    customer: hello?
    ending: neutral`,
        at: [[27, 3]],
        mentions: 'mood > 45',
      },
      {
        name: 'nodes reached only from an unreachable node',
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
${END_LOST}
  orphan:
    customer: hello?
    choices: [{ reply: x, next: orphan2 }, { reply: y, next: ok }]
  orphan2:
    customer: hello?
    ending: neutral`,
        at: [[24, 3], [27, 3]],
      },
    ],
  );
});
