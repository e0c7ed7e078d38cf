import { describe, expect, it } from 'vitest';
import { normaliseText, numberMatches, parseNumber, textMatches } from '../../src/quiz/normalise.js';

describe('normaliseText', () => {
  it.each([
    ['  耐心  ', '耐心'],
    ['耐心。', '耐心'],
    ['耐心！', '耐心'],
    ['耐心？', '耐心'],
    ['耐心，', '耐心'],
    ['耐心、', '耐心'],
    ['“耐心”。', '耐心'],
    ['ＡＢＣ', 'abc'],
    ['Ｈｅｌｌｏ　Ｗｏｒｌｄ', 'hello world'],
    ['Hello \t  World', 'hello world'],
    ['6S', '6s'],
    ['。，！', ''],
    ['成就 客户', '成就客户'],
    ['处理 异议 的 五个步骤', '处理异议的五个步骤'],
    ['6 S 管理', '6 s管理'],
  ])('%j → %j', (input, out) => expect(normaliseText(input)).toBe(out));

  it('is idempotent', () => {
    for (const s of ['“耐心”。', ' A  b ', '先处理心情，后处理事情！']) expect(normaliseText(normaliseText(s))).toBe(normaliseText(s));
  });

  it('matches an answer typed with a space inside its Chinese', () => {
    expect(textMatches('成就 客户', ['成就客户'])).toBe(true);
    expect(textMatches('emotional three step', ['emotional three-step'])).toBe(false);
  });

  it('keeps punctuation inside the answer', () => {
    expect(normaliseText('先处理心情，后处理事情')).toBe('先处理心情,后处理事情');
    expect(textMatches('先处理心情,后处理事情。', ['先处理心情，后处理事情'])).toBe(true);
  });
});

describe('parseNumber', () => {
  it.each([
    ['5', 5],
    ['５', 5],
    ['９６', 96],
    [' 96% ', 96],
    ['９６％', 96],
    ['5倍', 5],
    ['5 倍', 5],
    ['7天', 7],
    ['30分钟', 30],
    ['1,000', 1000],
    ['1，000', 1000],
    ['0.5', 0.5],
    ['０．５', 0.5],
    ['-3', -3],
    ['96。', 96],
    ['五', 5],
    ['十五', 15],
    ['二十', 20],
    ['九十六', 96],
    ['3下', 3],
    ['敲 3 下', undefined],
    ['3 下', 3],
    ['三下', 3],
    ['五步', 5],
    ['6个月', 6],
    ['2声', 2],
    ['80‰', 80],
  ])('%j → %d', (input, n) => expect(parseNumber(input)).toBe(n));

  it.each(['', 'five', '5 apples', '1,00', '%', '倍', '1.2.3', '百', '下', '三下五', '5下下下下'])('%j is not a number', (input) => expect(parseNumber(input)).toBeUndefined());
});

describe('numberMatches', () => {
  it('is exact without a tolerance, with float slack', () => {
    expect(numberMatches(0.1 + 0.2, 0.3)).toBe(true);
    expect(numberMatches(5.01, 5)).toBe(false);
  });
  it('accepts the edges of the tolerance', () => {
    expect(numberMatches(4, 5, 1)).toBe(true);
    expect(numberMatches(6, 5, 1)).toBe(true);
    expect(numberMatches(6.01, 5, 1)).toBe(false);
  });
});
