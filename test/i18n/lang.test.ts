import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/lang.js';
import { LANGS, listOf, nameIn, plural } from '../../src/i18n/lang.js';
import { playMessages } from '../../src/i18n/play.js';
import { progressMessages } from '../../src/i18n/progress.js';
import { promptKeyWords } from '../../src/i18n/prompt.js';
import { quizMessages } from '../../src/i18n/quiz.js';
import { sourceMessages } from '../../src/i18n/source.js';
import { validateMessages } from '../../src/i18n/validate.js';
import { storeMessages, traineeMessages } from '../../src/store/messages.js';

describe('plural', () => {
  it.each([
    ['en', 1, 'session'],
    ['en', 0, 'sessions'],
    ['en', 2, 'sessions'],
    ['en', 1.5, 'sessions'],
    ['zh', 1, '次'],
    ['zh', 2, '次'],
  ] as const)('%s %d takes %s', (lang, n, form) => {
    const forms = lang === 'en' ? { one: 'session', other: 'sessions' } : { one: '次', other: '次' };
    expect(plural(lang, n, forms)).toBe(form);
  });
});

describe('listOf', () => {
  it.each([
    ['en', ['a'], 'conjunction', 'a'],
    ['en', ['a', 'b'], 'conjunction', 'a and b'],
    ['en', ['a', 'b', 'c'], 'conjunction', 'a, b, and c'],
    ['en', ['a', 'b', 'c'], 'disjunction', 'a, b, or c'],
    ['zh', ['甲', '乙', '丙'], 'conjunction', '甲、乙和丙'],
    ['zh', ['甲', '乙'], 'disjunction', '甲或乙'],
    ['en', ['a', 'b', 'c'], 'unit', 'a, b, c'],
    ['zh', ['甲', '乙', '丙'], 'unit', '甲、乙、丙'],
  ] as const)('%s %j (%s) is %s', (lang, items, type, out) => {
    expect(listOf(lang, items, type)).toBe(out);
  });
});

describe('nameIn', () => {
  it.each([
    ['zh', '推卸责任'],
    ['en', 'Shifting blame'],
  ] as const)('%s', (lang, name) => {
    expect(nameIn({ name: '推卸责任', name_en: 'Shifting blame' }, lang)).toBe(name);
  });
});

/** Every catalogue of interface messages, by area. */
const CATALOGUES: Record<string, Readonly<Record<Lang, object>>> = {
  play: playMessages,
  progress: progressMessages,
  quiz: quizMessages,
  prompt: promptKeyWords,
  validate: validateMessages,
  source: sourceMessages,
  store: storeMessages,
  trainee: traineeMessages,
};

/** The values a message is given: counts are 1 (to catch "1 things"), everything else X. */
const COUNTS = new Set(['n', 'total', 'completed', 'abandoned', 'scenarios', 'due', 'sessions', 'answers', 'trainees', 'correct', 'known', 'seconds', 'files', 'done', 'errors', 'warnings', 'worst', 'best']);
const sample = new Proxy({}, { get: (_t, key) => (typeof key === 'string' && COUNTS.has(key) ? 1 : 'X') });

/** Validate's messages take their values in order: these are the ones that are not counts. */
const POSITIONAL: Readonly<Record<string, readonly unknown[]>> = {
  'validate.summary': ['X', 'Y'],
  'validate.endings': ['X'],
  'validate.outcome': [1, 'satisfied'],
  'validate.paths': ['1'],
};

/** A message's text: a string as it is, a function called with sample values. */
function textOf(name: string, message: unknown): string {
  if (typeof message === 'string') return message;
  if (typeof message === 'function') {
    const fn = message as (...args: unknown[]) => unknown;
    const positional = name.startsWith('validate.');
    return String(positional ? fn(...(POSITIONAL[name] ?? Array.from({ length: fn.length }, () => 1))) : fn(sample));
  }
  throw new Error(`not a message: ${typeof message}`);
}

describe('every interface message', () => {
  const entries = Object.entries(CATALOGUES).flatMap(([area, catalogue]) =>
    Object.keys({ ...catalogue.zh, ...catalogue.en }).map((key) => [`${area}.${key}`, catalogue, key] as const),
  );

  it('has catalogues to check', () => {
    expect(entries.length).toBeGreaterThan(150);
  });

  it.each(entries)('%s exists in both languages, of the same kind, and says something', (name, catalogue, key) => {
    const texts = LANGS.map((lang) => (catalogue[lang] as Record<string, unknown>)[key]);
    expect(texts.every((t) => t !== undefined)).toBe(true);
    expect(typeof texts[0]).toBe(typeof texts[1]);
    for (const text of texts.map((t) => textOf(name, t))) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN|\{\w+\}/);
    }
  });

  it.each(entries)('%s in English says one thing, not one things', (name, catalogue, key) => {
    expect(textOf(name, (catalogue.en as Record<string, unknown>)[key])).not.toMatch(/\b1 (?!× )[a-z]+s\b/);
  });
});
