import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { ROOT } from '../helpers/cli.js';

const RULES = join(ROOT, 'src/checks/rules');

/** Codes produced before the checks run: by the YAML reader, the shape check and file reading. */
export const SOURCE_CODES = [
  'yaml-syntax',
  'duplicate-key',
  'complex-key',
  'too-many-keys',
  'unknown-tag',
  'alias-limit',
  'invalid-encoding',
  'file-too-large',
  'control-characters',
  'unreadable',
  'missing-field',
  'unknown-field',
  'invalid-value',
];

describe('the check registry', () => {
  it('lists each code once', () => {
    const codes = checks.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(checks.map((c) => [c.code, c] as const))('%s lives in a file named after its code and has its own test file', (code, check) => {
    const file = join(RULES, `${code}.ts`);
    expect(existsSync(file), `src/checks/rules/${code}.ts`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`code: '${check.code}'`);
    expect(existsSync(join(ROOT, 'test/checks', `${code}.test.ts`)), `test/checks/${code}.test.ts`).toBe(true);
  });

  it('registers every file in src/checks/rules', () => {
    const files = readdirSync(RULES).map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(checks.map((c) => c.code).sort());
  });

  it('documents every code, with its fix, in scenarios/README.md', () => {
    const guide = readFileSync(join(ROOT, 'scenarios/README.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## Checking your files: kefu validate'));
    expect(section.length).toBeGreaterThan(100);
    for (const code of [...SOURCE_CODES, ...checks.map((c) => c.code)]) expect(section, code).toContain(`\`${code}\``);
  });
});
