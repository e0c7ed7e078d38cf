import { describe, expect, it } from 'vitest';
import { roundTo } from '../../src/model/round.js';

describe('roundTo', () => {
  it.each([
    [59.25, 1, 59.3],
    [49, 1, 49],
    [200 / 3, 1, 66.7],
    [2 / 3, 4, 0.6667],
    [22.499, 2, 22.5],
    [-28.57, 1, -28.6],
  ])('%d to %d places is %d', (x, places, out) => {
    expect(roundTo(x, places)).toBe(out);
  });
});
