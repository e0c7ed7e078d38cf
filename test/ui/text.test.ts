import { describe, expect, it } from 'vitest';
import { colorFor } from '../../src/ui/color.js';
import { padToWidth, safeText } from '../../src/ui/text.js';

describe('safeText', () => {
  it.each([
    ['plain 中文 text', 'plain 中文 text'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['\x1b[2J clear screen', '\\x1b[2J clear screen'],
    ['\x1b]0;title\x07', '\\x1b]0;title\\x07'],
    ['\x1b]52;c;ZXZpbA==\x07', '\\x1b]52;c;ZXZpbA==\\x07'],
    ['carriage\rreturn', 'carriage\\x0dreturn'],
    ['del\x7f c1\x9b', 'del\\x7f c1\\x9b'],
    ['abc\u202edcba', 'abc\\u202edcba'],
    ['\u2066isolate\u2069', '\\u2066isolate\\u2069'],
  ])('%j → %j', (input, expected) => {
    expect(safeText(input)).toBe(expected);
  });
});

describe('padToWidth', () => {
  it.each<[string, number, 'left' | 'right' | undefined, string]>([
    ['ab', 4, undefined, 'ab  '],
    ['ab', 4, 'right', '  ab'],
    ['中文', 6, undefined, '中文  '],
    ['中文', 6, 'right', '  中文'],
    ['\x1b[31mab\x1b[39m', 3, undefined, '\x1b[31mab\x1b[39m '],
    ['abcdef', 3, 'right', 'abcdef'],
  ])('%j to %i (%s) → %j', (text, width, align, out) => {
    expect(padToWidth(text, width, align)).toBe(out);
  });
});

describe('colorFor', () => {
  it.each<[{ isTTY?: boolean }, Record<string, string | undefined>, number]>([
    [{ isTTY: true }, {}, 1],
    [{ isTTY: false }, {}, 0],
    [{ isTTY: true }, { NO_COLOR: '1' }, 0],
    [{ isTTY: true }, { NO_COLOR: '' }, 1],
    [{ isTTY: false }, { FORCE_COLOR: '1' }, 1],
    [{ isTTY: true }, { TERM: 'dumb' }, 0],
  ])('%j with %j has level %i', (stream, env, level) => {
    expect(colorFor(stream, env).level).toBe(level);
  });
});
