import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/checks/validate.js';
import { readPlainYaml } from '../../src/scenario/plain-yaml.js';
import { MAX_KEYS_PER_MAPPING, parseSource, parseText, parseTextFully, toDiagnostic } from '../../src/scenario/source.js';

const enc = new TextEncoder();

function diagnostics(text: string, lang: 'en' | 'zh' = 'en'): { code: string; line: number; column: number; message: string }[] {
  const parsed = parseSource(enc.encode(text), 'x.yaml', { lang });
  const [result] = validateFiles([{ file: 'x.yaml', folder: '.', kind: 'scenario', parsed }]);
  return (result?.diagnostics ?? []).map(({ code, line, column, message }) => ({ code, line, column, message }));
}

/** Runs `fn` and counts the process warnings it emits, however they are emitted. */
function warningsOf(fn: () => void): number {
  const emit = process.emitWarning;
  let n = 0;
  process.emitWarning = (() => void n++) as typeof process.emitWarning;
  try {
    fn();
  } finally {
    process.emitWarning = emit;
  }
  return n;
}

describe('reading a YAML file', () => {
  it('several documents: one diagnostic in the trainer’s words, in both languages, at the second document', () => {
    const text = 'a: 1\n---\nb: 2\n---\nc: 3\n';
    const en = diagnostics(text).filter((d) => d.code === 'yaml-syntax');
    expect(en).toEqual([{ code: 'yaml-syntax', line: 2, column: 1, message: 'a scenario file holds one YAML document; this one has 3, separated by ---' }]);
    expect(diagnostics(text, 'zh').find((d) => d.code === 'yaml-syntax')?.message).toBe('一个情景文件只能有一个 YAML 文档；这个文件有 3 个，用 --- 隔开');
    expect(en[0]?.message).not.toMatch(/parseAllDocuments/);
  });

  it.each([
    ['a list as an explicit key', '? [a, b]\n: x\n', 1, 3],
    ['a mapping as an explicit key', '? { a: 1 }\n: x\n', 1, 3],
    ['a flow list as a key', 'title: t\n[a, b]: x\n', 2, 1],
  ])('%s is complex-key, with no process warning', (_n, text, line, column) => {
    let found: ReturnType<typeof diagnostics> = [];
    expect(warningsOf(() => (found = diagnostics(text)))).toBe(0);
    expect(found.filter((d) => d.code === 'complex-key').map((d) => [d.line, d.column])).toEqual([[line, column]]);
    expect(found.map((d) => d.code)).not.toContain('yaml-syntax');
  });

  it('a %YAML directive written twice is reported', () => {
    expect(diagnostics('%YAML 1.2\n%YAML 1.2\n---\na: 1\n').filter((d) => d.code === 'yaml-syntax').map((d) => [d.line, d.message])).toEqual([
      [2, 'the %YAML directive appears twice before the same document; write it once'],
    ]);
    // Once per document is fine.
    expect(diagnostics('%YAML 1.2\n---\na: 1\n').filter((d) => d.code === 'yaml-syntax')).toEqual([]);
  });

  it('duplicate keys are found in one pass: 100,000 keys end in too-many-keys, not in minutes of pairwise comparison', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `k${i.toString(36)}: 0`);
    const text = `${lines.join('\n')}\n`;
    expect(text.length).toBeLessThan(1024 * 1024);
    const parsed = parseText(text, 'x.yaml');
    expect(parsed.source.value).toBeUndefined();
    const found = parsed.findings.map((f) => toDiagnostic(parsed.source, f));
    expect(found.map((d) => [d.code, d.line])).toEqual([['too-many-keys', MAX_KEYS_PER_MAPPING + 1]]);
  });

  it('duplicates among many keys are each reported where they repeat', () => {
    const lines = Array.from({ length: MAX_KEYS_PER_MAPPING }, (_, i) => `k${i}: 0`);
    lines.push('k7: 1', 'k19999: 2');
    const parsed = parseText(`${lines.join('\n')}\n`, 'x.yaml');
    expect(parsed.findings.map((f) => toDiagnostic(parsed.source, f)).map((d) => [d.code, d.line])).toEqual([
      ['duplicate-key', MAX_KEYS_PER_MAPPING + 1],
      ['duplicate-key', MAX_KEYS_PER_MAPPING + 2],
    ]);
  });

  it('a key written as a number and as text is one property, so it is a duplicate', () => {
    expect(diagnostics('1: a\n"1": b\n').map((d) => d.code)).toContain('duplicate-key');
  });

  it('a file the fast reader takes gets the same findings, lines and columns as the full parser gives', () => {
    const text = 'id: x\ntitle: t\ncustomer: { name: c, personality: p, mood: 150 }\nnodes:\n  a:\n    choices:\n      - reply: r\n        next: b\n';
    expect(readPlainYaml(text)).toBeDefined();
    const place = (parsed: ReturnType<typeof parseText>): unknown[] => {
      const [result] = validateFiles([{ file: 'x.yaml', folder: '.', kind: 'scenario', parsed }]);
      return result?.diagnostics ?? [];
    };
    const fast = place(parseText(text, 'x.yaml'));
    expect(fast.length).toBeGreaterThan(3);
    expect(fast).toEqual(place(parseTextFully(text, 'x.yaml')));
    expect(fast).toContainEqual(expect.objectContaining({ line: 3, column: text.split('\n')[2]!.indexOf('150') + 1 }));
  });
});
