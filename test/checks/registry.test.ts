import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { faultRules, methodRules } from '../../src/grading/rules/index.js';
import { quizChecks } from '../../src/quiz/checks/index.js';
import { ROOT } from '../helpers/cli.js';

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

/**
 * Every kind of rule and check, one shape: an id equal to its file's name, listed once in its
 * kind's registry, with its own test file holding a table of cases, documented in the guide.
 */
const KINDS = [
  { kind: 'scenario check', ids: checks.map((c) => c.code), field: 'code', dir: 'src/checks/rules', tests: 'test/checks', guide: '## Checking your files: kefu validate', helpers: [] },
  { kind: 'quiz check', ids: quizChecks.map((c) => c.code), field: 'code', dir: 'src/quiz/checks', tests: 'test/quiz/checks', guide: '### Checks on quiz files', helpers: ['index', 'quiz-check'] },
  { kind: 'method rule', ids: methodRules.map((r) => r.id), field: 'id', dir: 'src/grading/rules/method', tests: 'test/grading', guide: '## How a conversation is graded', helpers: [] },
  { kind: 'fault rule', ids: faultRules.map((r) => r.id), field: 'id', dir: 'src/grading/rules/fault', tests: 'test/grading', guide: '## How a conversation is graded', helpers: [] },
] as const;

const guide = readFileSync(join(ROOT, 'scenarios/README.md'), 'utf8');
const section = (heading: string): string => {
  const start = guide.indexOf(heading);
  const level = heading.split(' ')[0]!;
  const next = guide.indexOf(`\n${level} `, start + heading.length);
  return start < 0 ? '' : guide.slice(start, next < 0 ? undefined : next);
};

describe.each(KINDS.map((k) => [k.kind, k] as const))('the %s registry', (_kind, k) => {
  it('lists each id once, in kebab-case', () => {
    expect(new Set(k.ids).size).toBe(k.ids.length);
    for (const id of k.ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(k.ids.map((id) => [id] as const))('%s lives in a file named after it and has a test file with a table of cases', (id) => {
    const file = join(ROOT, k.dir, `${id}.ts`);
    expect(existsSync(file), `${k.dir}/${id}.ts`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`${k.field}: '${id}'`);
    const test = join(ROOT, k.tests, `${id}.test.ts`);
    expect(existsSync(test), `${k.tests}/${id}.test.ts`).toBe(true);
    expect(readFileSync(test, 'utf8')).toMatch(/it\.each|table\(|quizTable\(|'invalid: /);
  });

  it('registers every file of its folder', () => {
    const files = readdirSync(join(ROOT, k.dir))
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((f) => !(k.helpers as readonly string[]).includes(f));
    expect(files.sort()).toEqual([...k.ids].sort());
  });

  it('documents every id in scenarios/README.md', () => {
    const text = section(k.guide);
    expect(text.length).toBeGreaterThan(100);
    for (const id of k.ids) expect(text, id).toContain(`\`${id}\``);
  });
});

describe('the validate guide', () => {
  it('documents every code produced before the checks run, with its fix', () => {
    const text = guide.slice(guide.indexOf('## Checking your files: kefu validate'));
    for (const code of SOURCE_CODES) expect(text, code).toContain(`\`${code}\``);
  });
});
