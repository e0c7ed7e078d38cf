import type { Response } from './grade.js';
import { parseNumber } from './normalise.js';
import type { Question } from './schema.js';

export type ParsedAnswer = { readonly ok: true; readonly response: Response } | { readonly ok: false; readonly form: string };

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '对', '是', '正确', '√', '✓']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '错', '否', '错误', '×', '✗']);

/** The number of options, items or pairs a question's answer numbers refer to. */
export function answerSize(question: Question): number {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.length;
    case 'order':
      return question.items.length;
    case 'match':
      return question.pairs.length;
    default:
      return 0;
  }
}

/**
 * The form a scripted answer to this question takes, in words, for usage errors:
 * what `--answer` expects for its type and size.
 */
export function answerForm(question: Question): string {
  const n = answerSize(question);
  switch (question.type) {
    case 'single':
      return `one option number from 1 to ${n}, e.g. 2`;
    case 'multiple':
      return `option numbers from 1 to ${n} joined by commas, each at most once, e.g. 1,3`;
    case 'true-false':
      return 'true or false (also 对 or 错)';
    case 'order':
      return `the item numbers 1 to ${n} as authored, each once, in your order, joined by commas, e.g. ${[2, 1, ...Array.from({ length: n - 2 }, (_, i) => i + 3)].join(',')}`;
    case 'match':
      return `left-right number pairs as authored, every left from 1 to ${n} once, joined by commas, e.g. ${Array.from({ length: n }, (_, i) => `${i + 1}-${((i + 1) % n) + 1}`).join(',')}`;
    case 'text':
      return 'the answer as text (not empty)';
    case 'number':
      return 'a number, e.g. 15 (full-width digits and units such as % or 倍 are fine)';
  }
}

function numbers(text: string): number[] | undefined {
  const parts = text
    .normalize('NFKC')
    .split(/[,、]/u)
    .map((p) => p.trim());
  if (parts.some((p) => !/^\d{1,4}$/u.test(p))) return undefined;
  return parts.map(Number);
}

const inRange = (values: readonly number[], n: number): boolean => values.every((v) => v >= 1 && v <= n);
const distinct = (values: readonly number[]): boolean => new Set(values).size === values.length;

/**
 * Reads a scripted answer (`--answer`) for a question. Never throws: a malformed answer is
 * `{ ok: false, form }` with the form it should take. A well-formed answer can still be wrong;
 * numbers always refer to the authored lists.
 */
export function parseAnswer(question: Question, text: string): ParsedAnswer {
  const bad: ParsedAnswer = { ok: false, form: answerForm(question) };
  const n = answerSize(question);
  switch (question.type) {
    case 'single': {
      const v = numbers(text);
      return v && v.length === 1 && inRange(v, n) ? { ok: true, response: { type: 'single', choice: v[0]! } } : bad;
    }
    case 'multiple': {
      const v = numbers(text);
      return v && v.length >= 1 && inRange(v, n) && distinct(v) ? { ok: true, response: { type: 'multiple', choices: v } } : bad;
    }
    case 'true-false': {
      const w = text.normalize('NFKC').trim().toLowerCase();
      if (TRUE_WORDS.has(w)) return { ok: true, response: { type: 'true-false', value: true } };
      if (FALSE_WORDS.has(w)) return { ok: true, response: { type: 'true-false', value: false } };
      return bad;
    }
    case 'order': {
      const v = numbers(text);
      return v && v.length === n && inRange(v, n) && distinct(v) ? { ok: true, response: { type: 'order', order: v } } : bad;
    }
    case 'match': {
      const parts = text
        .normalize('NFKC')
        .split(/[,、]/u)
        .map((p) => p.trim());
      const pairs: [number, number][] = [];
      for (const p of parts) {
        const m = /^(\d{1,4})\s*[-–—~:=>]+\s*(\d{1,4})$/u.exec(p);
        if (!m) return bad;
        pairs.push([Number(m[1]), Number(m[2])]);
      }
      const lefts = pairs.map(([l]) => l);
      const rights = pairs.map(([, r]) => r);
      return pairs.length === n && inRange(lefts, n) && inRange(rights, n) && distinct(lefts)
        ? { ok: true, response: { type: 'match', pairs } }
        : bad;
    }
    case 'text':
      return text.trim() === '' ? bad : { ok: true, response: { type: 'text', text } };
    case 'number': {
      const v = parseNumber(text);
      return v === undefined ? bad : { ok: true, response: { type: 'number', value: v } };
    }
  }
}

/** A response in the form `--answer` takes: feeding it back as an answer gives the same response. */
export function formatResponse(response: Response): string {
  switch (response.type) {
    case 'single':
      return String(response.choice);
    case 'multiple':
      return response.choices.join(',');
    case 'true-false':
      return String(response.value);
    case 'order':
      return response.order.join(',');
    case 'match':
      return response.pairs.map(([l, r]) => `${l}-${r}`).join(',');
    case 'text':
      return response.text;
    case 'number':
      return String(response.value);
  }
}
