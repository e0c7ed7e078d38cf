import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { codesAt, method, scenario, validateTexts } from './corpus.js';

describe('id-mismatch', () => {
  it('is registered as a warning', () => expect(checks.find((c) => c.code === 'id-mismatch')?.severity).toBe('warning'));

  it.each<[string, [string, 'scenario' | 'method', string]]>([
    ['a scenario named after its id', ['pack/hello.yaml', 'scenario', scenario('hello')]],
    ['a .yml scenario named after its id', ['pack/hello.yml', 'scenario', scenario('hello')]],
    ['a method named after its id', ['pack/methods/m.yaml', 'method', method('m')]],
  ])('valid: %s', (_n, file) => {
    expect(codesAt(validateTexts([file]), 'id-mismatch')).toEqual([]);
  });

  it.each<[string, [string, 'scenario' | 'method', string], [string, number, number][]]>([
    ['a scenario whose id differs', ['pack/hello.yaml', 'scenario', scenario('hallo')], [['pack/hello.yaml', 1, 5]]],
    ['a method whose id differs', ['pack/methods/greet.yaml', 'method', method('m')], [['pack/methods/greet.yaml', 1, 5]]],
  ])('invalid: %s', (_n, file, at) => {
    const results = validateTexts([file]);
    expect(codesAt(results, 'id-mismatch')).toEqual(at);
    expect(results[0]?.diagnostics.find((d) => d.code === 'id-mismatch')?.message).toContain(file[0].replace(/^.*\//, '').replace(/\..*$/, ''));
  });
});
