import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { fixture, kefu } from '../helpers/cli.js';

interface JsonOut {
  files: { file: string; diagnostics: { code: string; severity: string; line: number; column: number; message: string }[] }[];
  errors: number;
  warnings: number;
}

async function diagnose(path: string): Promise<{ code: number; out: JsonOut; own: JsonOut['files'][number]['diagnostics'] }> {
  const r = await kefu(['validate', '--format', 'json', path]);
  const out = JSON.parse(r.stdout) as JsonOut;
  return { code: r.code, out, own: out.files.flatMap((f) => f.diagnostics) };
}

/**
 * Each code's fixture triggers that code and nothing else, at the line and column of the
 * offending value (or key, for problems with a key: unknown fields, nodes).
 */
const CASES: [code: string, fixture: string, severity: 'error' | 'warning', at: [number, number][]][] = [
  ['yaml-syntax', 'yaml-syntax.yaml', 'error', [[21, 5]]],
  ['duplicate-key', 'duplicate-key.yaml', 'error', [[21, 5]]],
  ['unknown-tag', 'unknown-tag.yaml', 'error', [[2, 8]]],
  ['alias-limit', 'alias-limit.yaml', 'error', [[2, 10]]],
  ['control-characters', 'control-characters.yaml', 'error', [[2, 16]]],
  ['missing-field', 'missing-field.yaml', 'error', [[1, 1]]],
  ['unknown-field', 'unknown-field.yaml', 'error', [[6, 1]]],
  ['invalid-value', 'invalid-value.yaml', 'error', [[6, 50]]],
  ['id-mismatch', 'id-mismatch.yaml', 'warning', [[1, 5]]],
  ['duplicate-id', 'duplicate-id', 'error', [[1, 5], [1, 5]]],
  ['missing-node', 'missing-node.yaml', 'error', [[24, 15]]],
  ['unreachable-node', 'unreachable-node.yaml', 'warning', [[32, 3]]],
  ['dead-end', 'dead-end.yaml', 'error', [[27, 3]]],
  ['choices-and-ending', 'choices-and-ending.yaml', 'error', [[32, 13]]],
  ['trap', 'trap.yaml', 'error', [[30, 3]]],
  ['bad-condition', 'bad-condition.yaml', 'error', [[25, 19]]],
  ['no-default-branch', 'no-default-branch.yaml', 'error', [[25, 13]]],
  ['unknown-method', 'unknown-method.yaml', 'error', [[7, 18]]],
  ['unknown-step', 'unknown-step.yaml', 'error', [[23, 17]]],
  ['ambiguous-step', 'ambiguous-step.yaml', 'error', [[14, 24]]],
  ['unknown-fault', 'unknown-fault.yaml', 'error', [[17, 18]]],
  ['unknown-personality', 'unknown-personality.yaml', 'error', [[6, 37]]],
  ['single-choice', 'single-choice.yaml', 'warning', [[25, 7]]],
  ['no-satisfied-ending', 'no-satisfied-ending.yaml', 'error', [[8, 8]]],
  ['unwinnable', 'unwinnable.yaml', 'warning', [[24, 18]]],
  ['unknown-weight', 'unknown-weight', 'error', [[9, 17], [10, 16]]],
  ['start-is-ending', 'start-is-ending.yaml', 'error', [[8, 8]]],
  ['length-giveaway', 'length-giveaway.yaml', 'warning', [[22, 16]]],
  ['naive-strategy-passes', 'naive-strategy-passes.yaml', 'warning', [[8, 8]]],
  ['lone-clean-reply', 'lone-clean-reply.yaml', 'warning', [[16, 9]]],
  ['satisfied-but-failing', 'satisfied-but-failing.yaml', 'warning', [[30, 3]]],
];

/**
 * Checks whose input is too large for a fixture, and fault-scores-high, which grading's own
 * cap keeps from firing on any file: their own unit tests build what triggers them.
 */
const BUILT_BY_THEIR_TESTS = ['analysis-limit', 'too-many-nodes', 'too-many-replies', 'fault-scores-high'];

describe('kefu validate: one fixture per code', () => {
  it('the clean fixture passes with no diagnostic at all', async () => {
    const r = await diagnose(fixture('validate/clean.yaml'));
    expect(r.own).toEqual([]);
    expect(r.code).toBe(0);
  });

  it.each(CASES)('%s', async (code, name, severity, at) => {
    const r = await diagnose(fixture(`validate/${name}`));
    expect(r.own.map((d) => d.code)).toEqual(at.map(() => code));
    expect(r.own.map((d) => [d.line, d.column])).toEqual(at);
    expect(r.own.every((d) => d.severity === severity)).toBe(true);
    expect(r.code).toBe(severity === 'error' ? 1 : 0);
  });

  it('every registered check has a fixture here, except the bounds (tested in their own unit tests)', () => {
    const covered = new Set(CASES.map(([code]) => code));
    expect(checks.map((c) => c.code).filter((c) => !covered.has(c) && !BUILT_BY_THEIR_TESTS.includes(c))).toEqual([]);
  });

  describe('files that are not text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-validate-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each<[string, Uint8Array, string]>([
      ['binary.yaml', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'invalid-encoding'],
      ['latin1.yaml', Uint8Array.from(Buffer.from('id: caf\xe9\n', 'latin1')), 'invalid-encoding'],
      ['huge.yaml', Uint8Array.from(Buffer.from(`title: "${'x'.repeat(1024 * 1024)}"\n`)), 'file-too-large'],
    ])('%s is %s at 1:1', async (name, bytes, code) => {
      writeFileSync(join(dir, name), bytes);
      const r = await diagnose(join(dir, name));
      expect(r.own).toEqual([expect.objectContaining({ code, severity: 'error', line: 1, column: 1 })]);
      expect(r.code).toBe(1);
    });
  });
});
