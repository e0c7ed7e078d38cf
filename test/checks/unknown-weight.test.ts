import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { checkPersonalities } from '../../src/checks/run.js';
import type { Personality } from '../../src/model/schema.js';
import { plain, testLibrary } from '../helpers/library.js';

const weighted = (faults: Record<string, number>, steps: Record<string, number>): Personality => ({ ...plain, weights: { mood: 1, faults, steps } });
const paths = (p: Personality): unknown[] => checkPersonalities({ personalities: [plain, p], library: testLibrary }).map((f) => [f.code, f.path, f.at]);

describe('unknown-weight', () => {
  it('is registered as an error', () => expect(checks.find((c) => c.code === 'unknown-weight')?.severity).toBe('error'));

  it.each<[string, Personality]>([
    ['no weights beyond mood', plain],
    ['faults and steps that exist', weighted({ cold: 1.5, argue: 2 }, { restate: 2, empathy: 1.5 })],
  ])('valid: %s', (_n, p) => {
    expect(paths(p)).toEqual([]);
  });

  it.each<[string, Personality, unknown[]]>([
    ['a misspelt fault', weighted({ cold: 1.5, argu: 2 }, {}), [['unknown-weight', ['personalities', 1, 'weights', 'faults', 'argu'], 'key']]],
    ['a step no method has', weighted({}, { restat: 2 }), [['unknown-weight', ['personalities', 1, 'weights', 'steps', 'restat'], 'key']]],
  ])('invalid: %s', (_n, p, expected) => {
    expect(paths(p)).toEqual(expected);
  });

  it('suggests the nearest name', () => {
    const [f] = checkPersonalities({ personalities: [weighted({ argu: 2 }, {})], library: testLibrary });
    expect(f?.message).toContain("'argue'");
  });
});
