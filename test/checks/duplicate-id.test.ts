import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import type { FileKind } from '../../src/scenario/library.js';
import { codesAt, method, scenario, validateTexts } from './corpus.js';

const faults = (...ids: string[]): string => `faults:\n${ids.map((id) => `  - { id: ${id}, name: f, name_en: F, penalty: 5, cues: [] }`).join('\n')}\n`;

describe('duplicate-id', () => {
  it('is registered as an error', () => expect(checks.find((c) => c.code === 'duplicate-id')?.severity).toBe('error'));

  it.each<[string, [string, FileKind, string][]]>([
    ['scenarios with different ids', [['a/x.yaml', 'scenario', scenario('x')], ['a/y.yaml', 'scenario', scenario('y')]]],
    // A pack may replace a bundled method by reusing its id.
    ['the same method id in two folders', [['a/methods/m.yaml', 'method', method('m')], ['b/methods/m.yaml', 'method', method('m')]]],
    ['distinct fault ids', [['a/faults.yaml', 'faults', faults('rude', 'slow')]]],
  ])('valid: %s', (_n, files) => {
    expect(codesAt(validateTexts(files), 'duplicate-id')).toEqual([]);
  });

  it.each<[string, [string, FileKind, string][], [string, number, number][]]>([
    [
      'one scenario id in two folders',
      [['a/x.yaml', 'scenario', scenario('x')], ['b/x.yaml', 'scenario', scenario('x')]],
      [['a/x.yaml', 1, 5], ['b/x.yaml', 1, 5]],
    ],
    [
      'one method id twice in a folder',
      [['a/methods/m.yaml', 'method', method('m')], ['a/methods/m.yml', 'method', method('m')]],
      [['a/methods/m.yaml', 1, 5], ['a/methods/m.yml', 1, 5]],
    ],
    [
      'one step id twice in a method',
      [['a/methods/m.yaml', 'method', `${method('m')}  - { id: t, name: t, name_en: T, description: d, cues: [] }\n  - { id: s, name: s, name_en: S, description: d, cues: [] }\n`]],
      [['a/methods/m.yaml', 6, 11], ['a/methods/m.yaml', 8, 11]],
    ],
    ['one fault id twice in faults.yaml', [['a/faults.yaml', 'faults', faults('rude', 'slow', 'rude')]], [['a/faults.yaml', 2, 11], ['a/faults.yaml', 4, 11]]],
  ])('invalid: %s', (_n, files, at) => {
    expect(codesAt(validateTexts(files), 'duplicate-id')).toEqual(at);
  });
});
