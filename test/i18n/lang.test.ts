import { describe, expect, it } from 'vitest';
import { format } from '../../src/i18n/lang.js';
import { playMessages } from '../../src/i18n/play.js';
import { progressMessages } from '../../src/i18n/progress.js';
import { quizMessages } from '../../src/i18n/quiz.js';

describe('format', () => {
  it.each([
    ['{n} {n:session|sessions}', { n: 1 }, '1 session'],
    ['{n} {n:session|sessions}', { n: 0 }, '0 sessions'],
    ['{n} {n:session|sessions}', { n: 2 }, '2 sessions'],
    ['{a} {a:trainee|trainees} · {b} {b:session|sessions}', { a: 1, b: 3 }, '1 trainee · 3 sessions'],
    ['{n:question that is|questions that are}', { n: 1 }, 'question that is'],
    ['{n} 次', { n: 1 }, '1 次'],
    ['{file} and {missing}', { file: 'a.json' }, 'a.json and {missing}'],
    ['{missing:one|other}', {}, '{missing:one|other}'],
  ])('%s with %j', (template, values, out) => {
    expect(format(template, values)).toBe(out);
  });
});

describe('the English messages', () => {
  const tables = { play: playMessages.en, progress: progressMessages.en, quiz: quizMessages.en };
  /** The placeholders that hold a count; the others hold names and text. */
  const COUNTS = new Set(['n', 'total', 'completed', 'abandoned', 'scenarios', 'due', 'sessions', 'answers', 'trainees', 'correct']);
  it.each(Object.entries(tables).flatMap(([table, messages]) => Object.entries(messages).map(([key, text]) => [`${table}.${key}`, text])))(
    '%s says one thing, not one things',
    (_key, text) => {
      const values = Object.fromEntries([...text.matchAll(/\{(\w+)/g)].map((m) => [m[1]!, COUNTS.has(m[1]!) ? 1 : 'X']));
      expect(format(text, values)).not.toMatch(/\b1 (?!× )[a-z]+s\b/);
    },
  );
});
