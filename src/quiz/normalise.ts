/**
 * How typed answers are compared. Both sides of a comparison go through the same folding, so
 * an author's accepted answer and a trainee's input meet in the middle.
 */

// Punctuation that may trail an answer without changing it: ASCII and the CJK marks that
// NFKC leaves alone (。、 and the corner/curly quotes), plus ellipses and tildes.
const TRAILING_PUNCTUATION = /[\s.,!?;:…~'"`、。，！？；：「」『』“”‘’《》〈〉（）()]+$/u;
const LEADING_PUNCTUATION = /^[\s'"`「」『』“”‘’《》〈〉]+/u;
const CJK_SPACE = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]) | (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

/**
 * Folds a text answer for comparison: NFKC (full-width letters, digits and punctuation become
 * their half-width forms), trimmed, case-folded, runs of white space collapsed to one space and
 * dropped beside a Chinese character, leading quotes and trailing punctuation (including 。，！？、)
 * removed.
 * Always idempotent: `normaliseText(normaliseText(s)) === normaliseText(s)`.
 */
export function normaliseText(input: string): string {
  // Chinese is written without spaces, so a space beside a Chinese character is a typing slip
  // (成就 客户); between Latin words it separates them and stays.
  let s = input.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').replace(CJK_SPACE, '').trim();
  // Stripping one side can expose the other (a quote after a full stop), so repeat until stable.
  for (;;) {
    const next = s.replace(TRAILING_PUNCTUATION, '').replace(LEADING_PUNCTUATION, '').trim();
    if (next === s) return s;
    s = next;
  }
}

/** Whether a text answer matches any accepted answer after {@link normaliseText}. */
export function textMatches(given: string, accepted: readonly string[]): boolean {
  const g = normaliseText(given);
  return g !== '' && accepted.some((a) => normaliseText(a) === g);
}

/**
 * Units a number answer may carry. The question's `answer` is a plain number, so "96%",
 * "5 倍", "7天" and "敲3下" all mean the number in front; the unit is not checked against the
 * question. Besides these, any one to three Chinese characters after the number are taken as
 * its unit (下, 声, 个月).
 */
export const NUMBER_UNITS = ['%', '‰', '倍', '天', '日', '个', '人', '次', '岁', '元', '分钟', '分', '小时', '年', '月', '步', '项', '条', '名', '位'] as const;
const HAN_UNIT = /\p{Script=Han}{1,3}$/u;

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 0–99 written with Chinese numerals (五, 十五, 二十, 九十九), or undefined. */
function chineseNumber(s: string): number | undefined {
  if (s.length === 1 && s in CHINESE_DIGITS) return CHINESE_DIGITS[s];
  const m = /^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(s);
  if (!m) return undefined;
  const tens = m[1] ? CHINESE_DIGITS[m[1]]! : 1;
  const ones = m[2] ? CHINESE_DIGITS[m[2]]! : 0;
  return tens * 10 + ones;
}

/**
 * Reads a number answer, or undefined when the text is not one. Accepts full-width digits and
 * signs (NFKC), `,` or `，` as thousands separators (1,000), `．` or `。`-free decimals, an
 * optional unit from {@link NUMBER_UNITS} after the number, trailing punctuation, and whole
 * numbers 0–99 in Chinese numerals (十五).
 */
export function parseNumber(input: string): number | undefined {
  const s = input.normalize('NFKC').replace(/\s+/gu, '').replace(/[。.!?！？、，,]+$/u, '');
  const whole = bareNumber(s);
  if (whole !== undefined) return whole;
  for (const unit of [...NUMBER_UNITS].sort((a, b) => b.length - a.length)) {
    const n = s.endsWith(unit) && s.length > unit.length ? bareNumber(s.slice(0, -unit.length)) : undefined;
    if (n !== undefined) return n;
  }
  // A Chinese unit of one to three characters and no numeral: the shortest that leaves a
  // number wins, so 三下 is 3 and 十五 (tried whole above) is never ten with a unit 五.
  const han = HAN_UNIT.exec(s)?.[0] ?? '';
  for (let k = 1; k <= han.length; k++) {
    const unit = han.slice(-k);
    if ([...unit].some((ch) => ch in CHINESE_DIGITS || ch === '十')) break;
    const n = bareNumber(s.slice(0, -k));
    if (n !== undefined) return n;
  }
  return undefined;
}

/** A number with nothing after it: digits (with thousands separators) or Chinese numerals 0–99. */
function bareNumber(text: string): number | undefined {
  let s = text;
  if (s === '') return undefined;
  const chinese = chineseNumber(s);
  if (chinese !== undefined) return chinese;
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(s)) s = s.replace(/,/gu, '');
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/u.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Whether `given` is within `tolerance` of `expected` (a hair of float slack for 0.1 + 0.2). */
export function numberMatches(given: number, expected: number, tolerance = 0): boolean {
  return Math.abs(given - expected) <= tolerance + 1e-9 * Math.max(1, Math.abs(expected));
}
