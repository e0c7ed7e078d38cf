import { describe, expect, it } from 'vitest';
import { longestInOrder, outOfOrder } from '../../src/grading/rules/method/out-of-order.js';
import { objection } from '../helpers/library.js';

describe('longestInOrder', () => {
  it.each<[number[], number[]]>([
    [[], []],
    [[0, 1, 2], [0, 1, 2]],
    [[2, 1, 0], [2]],
    [[1, 0], [1]],
    [[0, 2, 1, 3], [0, 2, 3]],
    [[3, 0, 1, 2], [1, 2, 3]],
    [[1, 2, 0, 3, 4], [0, 1, 3, 4]],
  ])('%j keeps indices %j', (seq, kept) => {
    expect([...longestInOrder(seq)].sort((a, b) => a - b)).toEqual(kept);
  });
});

describe('out-of-order rule', () => {
  const firsts = (steps: string[]): { step: string; turn: number }[] => steps.map((step, turn) => ({ step, turn }));
  it.each<[string[], string[]]>([
    [['pause', 'restate', 'confirm', 'handle', 'check'], []],
    [['restate', 'pause'], ['restate']],
    [['handle', 'pause', 'restate', 'confirm', 'check'], ['handle']],
    [['pause', 'confirm', 'restate', 'handle'], ['confirm']],
    [['check', 'handle'], ['check']],
  ])('%j is out of order at %j', (steps, expected) => {
    expect(outOfOrder.evaluate(objection, firsts(steps))).toEqual(expected);
  });
});
