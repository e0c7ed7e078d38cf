import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonText, terminalLine, terminalText } from '../../src/ui/escape.js';

// Every character each sink must show instead of passing on, built here rather than typed.
const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i));
const BIDI = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((c) => String.fromCharCode(c));
const DEL = '\x7f';
const ESC = '\x1b';

describe('terminalLine', () => {
  it.each([
    ['plain 中文 text', 'plain 中文 text'],
    [`${ESC}]0;title\x07`, '\\x1b]0;title\\x07'],
    [`${ESC}]52;c;ZXZpbA==\x07`, '\\x1b]52;c;ZXZpbA==\\x07'],
    [`${ESC}[2J`, '\\x1b[2J'],
    ['one\ntwo', 'one\\x0atwo'],
    ['tab\there', 'tab\\x09here'],
    ['back\rover', 'back\\x0dover'],
    [`del${DEL} c1\x9b`, 'del\\x7f c1\\x9b'],
    ['abc\u202edcba', 'abc\\u202edcba'],
    ['\u2066isolate\u2069', '\\u2066isolate\\u2069'],
    ['\u200b\u00a0\u2028 kept', '\u200b\u00a0\u2028 kept'],
  ])('%j → %j', (input, expected) => {
    expect(terminalLine(input)).toBe(expected);
  });

  it('leaves no character of the unsafe set, and is idempotent', () => {
    const all = [...C0, DEL, ...C1, ...BIDI].join('x');
    const once = terminalLine(all);
    for (const ch of [...C0, DEL, ...C1, ...BIDI]) expect(once).not.toContain(ch);
    expect(terminalLine(once)).toBe(once);
  });
});

describe('terminalText', () => {
  it.each([
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['carriage\rreturn', 'carriage\\x0dreturn'],
    [`${ESC}]0;T\x07`, '\\x1b]0;T\\x07'],
    ['\x85next line', '\\x85next line'],
    ['abc\u202bdef', 'abc\\u202bdef'],
  ])('%j → %j', (input, expected) => {
    expect(terminalText(input)).toBe(expected);
  });

  it('keeps only tab and line feed of the controls', () => {
    const out = terminalText([...C0, DEL, ...C1, ...BIDI].join(''));
    const left = [...C0, DEL, ...C1, ...BIDI].filter((ch) => out.includes(ch));
    expect(left).toEqual(['\t', '\n']);
  });
});

describe('jsonText', () => {
  it.each<[unknown, string]>([
    [{ a: 'plain' }, '{"a":"plain"}'],
    [{ a: `${ESC}]0;T\x07` }, '{"a":"\\u001b]0;T\\u0007"}'],
    [['del\x7f'], '["del\\u007f"]'],
    [['c1\x9b\x85'], '["c1\\u009b\\u0085"]'],
    [['rlo\u202e', 'lri\u2066'], '["rlo\\u202e","lri\\u2066"]'],
    [{ 'key\u202e': 1 }, '{"key\\u202e":1}'],
    [undefined, 'null'],
  ])('%j → %s', (value, expected) => {
    expect(jsonText(value)).toBe(expected);
  });

  it('parses back to the same value, with none of the unsafe set raw', () => {
    const value = { text: [...C0, DEL, ...C1, ...BIDI].join(''), list: [...BIDI] };
    const out = jsonText(value);
    expect(JSON.parse(out)).toEqual(value);
    for (const ch of [...C0, DEL, ...C1, ...BIDI]) expect(out).not.toContain(ch);
  });

  it('indents as JSON.stringify does', () => {
    expect(jsonText({ a: [1] }, 2)).toBe(JSON.stringify({ a: [1] }, null, 2));
  });
});

describe('every JSON kefu writes goes through jsonText', () => {
  it('no command or screen calls JSON.stringify for its output', () => {
    const root = fileURLToPath(new URL('../../src/', import.meta.url));
    // validate's document escapes the same set itself, with its own expression.
    const own = new Set(['ui/escape.ts', 'ui/diagnostics.ts']);
    const offenders: string[] = [];
    for (const dir of ['cli', 'cli/commands', 'ui']) {
      for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.ts'))) {
        const rel = `${dir}/${f}`;
        if (!own.has(rel) && readFileSync(join(root, rel), 'utf8').includes('JSON.stringify(')) offenders.push(rel);
      }
    }
    expect(offenders).toEqual([]);
  });
});
