import { describe, expect, it } from 'vitest';
import { performed } from '../../src/grading/rules/method/performed.js';
import { objection } from '../helpers/library.js';

const firsts = (steps: string[]): { step: string; turn: number }[] => steps.map((step, turn) => ({ step, turn }));

describe('performed', () => {
  it.each<[string, string[]]>([
    ['nothing performed', []],
    ['steps in the method order', ['pause', 'restate']],
    ['steps in the order first performed, not the method order', ['handle', 'pause']],
  ])('lists %s as performed', (_name, steps) => expect(performed.evaluate(objection, firsts(steps))).toEqual(steps));
});
