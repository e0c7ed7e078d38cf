import { describe } from 'vitest';
import { buildLibrary } from '../../src/scenario/library.js';
import { emotional, faults, objection, plain } from '../helpers/library.js';
import { END_LOST, END_OK, table } from './helpers.js';

const shared = { ...objection, id: 'shared', steps: objection.steps.filter((s) => s.id === 'handle') };
const library = buildLibrary({ methods: [emotional, objection, shared], faults, personalities: [plain] });

describe('ambiguous-step', () => {
  table(
    'ambiguous-step',
    [
      {
        name: 'a shared step written method/step',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, shared/handle, responsibility]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        header: { methods: '[emotional, objection, shared]' },
      },
    ],
    [
      {
        name: 'a bare step two graded methods share',
        nodes: `
  a:
    customer: hi
    choices:
      - reply: r1
        moves: [willingness, empathy, handle, responsibility]
        next: ok
      - reply: r2
        next: lost
${END_OK}
${END_LOST}`,
        header: { methods: '[emotional, objection, shared]' },
        at: [[14, 39]],
        mentions: "'shared/handle'",
      },
    ],
    library,
  );
});
