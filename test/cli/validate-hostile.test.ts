import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/checks/validate.js';
import type { FileKind } from '../../src/scenario/library.js';
import { parseSource, parseText } from '../../src/scenario/source.js';

const enc = new TextEncoder();

function check(text: string | Uint8Array, kind: FileKind = 'scenario'): { code: string; line: number; column: number; message: string }[] {
  const bytes = typeof text === 'string' ? enc.encode(text) : text;
  const [result] = validateFiles([{ file: 'x.yaml', folder: '.', kind, parsed: parseSource(bytes, 'x.yaml') }]);
  return (result?.diagnostics ?? []).map(({ code, line, column, message }) => ({ code, line, column, message }));
}

const codes = (text: string | Uint8Array, kind?: FileKind): string[] => [...new Set(check(text, kind).map((d) => d.code))];

const SCENARIO = `id: x
title: t
summary: s
locale: en
difficulty: 1
customer: { name: c, personality: p, mood: 50 }
methods: [m]
start: a
nodes:
  a: { customer: hi, ending: satisfied }
`;

describe('hostile input', () => {
  it('a billion-laughs file fails fast with alias-limit', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    expect(codes(lines.join('\n'))).toEqual(['alias-limit']);
  });

  it.each([
    ['10,000 [', `a: ${'['.repeat(10_000)}`],
    ['10,000 [ closed', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['10,000 {', `a: ${'{a: '.repeat(10_000)}`],
    ['1,000 nested block sequences', Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- `).join('\n')],
  ])('%s is a yaml-syntax diagnostic, not a stack overflow, and reported a few times at most', (_n, text) => {
    const found = check(text);
    expect(found.map((d) => d.code)).toContain('yaml-syntax');
    expect(found.length).toBeLessThanOrEqual(21);
    expect(found.some((d) => /nested too deeply/.test(d.message))).toBe(true);
  });

  it('__proto__, constructor and prototype keys reach no prototype', () => {
    const text = `${SCENARIO}__proto__: { polluted: true }\ncustomer2:\n  __proto__: { polluted: true }\n  constructor: { prototype: { polluted: true } }\n`;
    const found = check(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(found.filter((d) => d.code === 'invalid-value' && /__proto__/.test(d.message)).map((d) => [d.line, d.column])).toEqual([
      [11, 1],
      [13, 3],
    ]);
    // A node named __proto__ is reported, not silently dropped.
    expect(codes(SCENARIO.replace('  a: {', '  __proto__: { customer: x, ending: lost }\n  a: {'))).toEqual(['invalid-value']);
  });

  it('names of Object.prototype members are not nodes', () => {
    for (const name of ['toString', 'constructor', 'hasOwnProperty', '__defineGetter__']) {
      const text = SCENARIO.replace('start: a', `start: ${name}`);
      const value = parseText(text, 'x.yaml').source.value as { start: string };
      expect(value.start).toBe(name);
      // Without a library the references fail too; missing-node must be among them.
      expect(codes(text)).toContain('missing-node');
    }
  });

  it('unknown tags are errors although the parser only warns', () => {
    expect(check(`${SCENARIO}x: !!js/function "function () { return 1 }"\n`)).toContainEqual(expect.objectContaining({ code: 'unknown-tag', line: 11, column: 4 }));
    expect(codes(SCENARIO.replace('title: t', 'title: !foo t'))).toEqual(['unknown-tag']);
    // YAML 1.1 types are not resolved either: they would turn text into other kinds of value.
    for (const tag of ['!!binary aGk=', '!!timestamp 2001-12-14', '!!set {a}']) expect(codes(SCENARIO.replace('title: t', `title: ${tag}`))).toContain('unknown-tag');
  });

  it('a %YAML 1.1 directive does not turn yes/no/on into booleans nor << into a merge', () => {
    const parsed = parseText('%YAML 1.1\n---\na: yes\nb: no\nc: on\nbase: &b { x: 1 }\nm:\n  <<: *b\n', 'x.yaml');
    expect(parsed.source.value).toEqual({ a: 'yes', b: 'no', c: 'on', base: { x: 1 }, m: { '<<': { x: 1 } } });
    // In a scenario, `locale: no` stays the text "no", which is then a valid-looking locale.
    const v = parseText(`%YAML 1.1\n---\n${SCENARIO.replace('locale: en', 'locale: no')}`, 'x.yaml').source.value as { locale: unknown };
    expect(v.locale).toBe('no');
  });

  it.each<[string, Uint8Array, string]>([
    ['binary', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]), 'invalid-encoding'],
    ['Latin-1', Uint8Array.from([0x69, 0x64, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9]), 'invalid-encoding'],
    ['UTF-16', Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]), 'invalid-encoding'],
  ])('a %s file is invalid-encoding', (_n, bytes, code) => {
    expect(codes(bytes)).toEqual([code]);
  });

  it.each([
    ['an escape sequence', `${SCENARIO.replace('title: t', 'title: "\\e[2J"')}`, 2],
    ['a raw ESC', `${SCENARIO.replace('title: t', 'title: t\u001b[31m')}`, 2],
    ['a right-to-left override', `${SCENARIO.replace('summary: s', 'summary: s\u202e')}`, 3],
    ['a C1 control', `${SCENARIO.replace('summary: s', 'summary: s\u009b')}`, 3],
  ])('text with %s is control-characters', (_n, text, line) => {
    const found = check(text).filter((d) => d.code === 'control-characters');
    expect(found.map((d) => d.line)).toEqual([line]);
  });
});

describe('text output that cannot be forged', () => {
  it('a line feed in a file name, a key or a value never starts a line of its own', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { kefu } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'kefu-forge-'));
    try {
      const forged = '::error file=README.md,line=1::owned';
      writeFileSync(join(dir, `a\n✓ 20 files checked: no problems\n.yaml`), `${SCENARIO}"k\\n${forged}": 1\nx\u2028y: "v\\n${forged}"\n`);
      const r = await kefu(['validate', dir]);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines.slice(0, -1)) expect(line).toMatch(/^\S.*:\d+:\d+ {2}(error|warning) {2}[a-z-]+ {2}/);
      expect(lines.filter((l) => l.startsWith('::') || l.startsWith('✓'))).toEqual([]);
      expect(lines.at(-1)).toMatch(/^✗ 1 file checked/);
      expect(r.stdout).toContain('\\n::error file=README.md');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
