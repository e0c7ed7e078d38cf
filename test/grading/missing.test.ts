import { describe, expect, it } from 'vitest';
import { missing } from '../../src/grading/rules/method/missing.js';
import { objection } from '../helpers/library.js';

const firsts = (steps: string[]): { step: string; turn: number }[] => steps.map((step, turn) => ({ step, turn }));

describe('missing', () => {
  it.each<[string, string[]]>([
    ['every step performed', ['pause', 'restate', 'confirm', 'handle', 'check']],
    ['every step, in another order', ['check', 'handle', 'confirm', 'restate', 'pause']],
  ])('valid: %s', (_name, steps) => expect(missing.evaluate(objection, firsts(steps))).toEqual([]));

  it.each<[string, string[], string[]]>([
    ['nothing performed: every step, in the method order', [], ['pause', 'restate', 'confirm', 'handle', 'check']],
    ['two left out, in the method order whatever the path did', ['check', 'pause', 'handle'], ['restate', 'confirm']],
  ])('invalid: %s', (_name, steps, expected) => expect(missing.evaluate(objection, firsts(steps))).toEqual(expected));
});
