import { numberMatches, textMatches } from './normalise.js';
import type { Question, QuestionType } from './schema.js';

/**
 * A trainee's answer to one question. Positions are 1-based and refer to the authored lists
 * (options, items, pairs), whatever order they were shown in.
 */
export type Response =
  | { readonly type: 'single'; readonly choice: number }
  | { readonly type: 'multiple'; readonly choices: readonly number[] }
  | { readonly type: 'true-false'; readonly value: boolean }
  /** Authored item numbers in the order the trainee put them: right is 1,2,…,n. */
  | { readonly type: 'order'; readonly order: readonly number[] }
  /** Authored (left, right) numbers: right is (i, i) for every pair. */
  | { readonly type: 'match'; readonly pairs: readonly (readonly [number, number])[] }
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'number'; readonly value: number };

export type ResponseOf<T extends QuestionType> = Extract<Response, { type: T }>;

export interface Grade {
  /** 0–1: the share of the question answered right. */
  readonly credit: number;
  /** True only with full credit. */
  readonly correct: boolean;
}

/** Length of the longest strictly increasing subsequence: the items already in relative order. */
export function longestInOrder(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

function grade(credit: number): Grade {
  const c = Math.min(1, Math.max(0, credit));
  return { credit: c, correct: c === 1 };
}

/**
 * Grades one answer. What always holds: credit is within 0–1; `correct` iff credit is 1; the
 * right answer always gets 1; an answer of another type than the question gets 0.
 *
 * - `single`, `true-false`, `text`, `number`: all or nothing.
 * - `multiple`: max(0, (right picks − wrong picks) ÷ number of right options); a pick counted once.
 * - `order`: (k − 1) ÷ (n − 1), where k is the largest number of items placed in the right
 *   relative order (the longest increasing run, gaps allowed) and n the number of items; an
 *   answer that is not an arrangement of all n items gets 0.
 * - `match`: right pairs ÷ number of pairs; a left item answered twice counts as wrong.
 */
export function gradeResponse(question: Question, response: Response): Grade {
  if (question.type !== response.type) return grade(0);
  switch (question.type) {
    case 'single':
      return grade((response as ResponseOf<'single'>).choice === question.answer ? 1 : 0);
    case 'true-false':
      return grade((response as ResponseOf<'true-false'>).value === question.answer ? 1 : 0);
    case 'text':
      return grade(textMatches((response as ResponseOf<'text'>).text, question.answers) ? 1 : 0);
    case 'number':
      return grade(numberMatches((response as ResponseOf<'number'>).value, question.answer, question.tolerance ?? 0) ? 1 : 0);
    case 'multiple': {
      const right = new Set(question.answer);
      const picks = new Set((response as ResponseOf<'multiple'>).choices);
      let hits = 0;
      let misses = 0;
      for (const p of picks) {
        if (right.has(p)) hits++;
        else misses++;
      }
      return grade((hits - misses) / right.size);
    }
    case 'order': {
      const n = question.items.length;
      const order = (response as ResponseOf<'order'>).order;
      const isArrangement = order.length === n && new Set(order).size === n && order.every((i) => Number.isInteger(i) && i >= 1 && i <= n);
      if (!isArrangement) return grade(0);
      if (n === 1) return grade(1);
      return grade((longestInOrder(order) - 1) / (n - 1));
    }
    case 'match': {
      const n = question.pairs.length;
      const answered = new Map<number, number[]>();
      for (const [l, r] of (response as ResponseOf<'match'>).pairs) answered.set(l, [...(answered.get(l) ?? []), r]);
      let right = 0;
      for (let i = 1; i <= n; i++) {
        const rs = answered.get(i);
        if (rs && rs.length === 1 && rs[0] === i) right++;
      }
      return grade(right / n);
    }
  }
}

/** The right answer to a question as a response: grading it always gives full credit. */
export function expectedResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.answer };
    case 'multiple':
      return { type: 'multiple', choices: [...new Set(question.answer)].sort((a, b) => a - b) };
    case 'true-false':
      return { type: 'true-false', value: question.answer };
    case 'order':
      return { type: 'order', order: question.items.map((_, i) => i + 1) };
    case 'match':
      return { type: 'match', pairs: question.pairs.map((_, i) => [i + 1, i + 1] as const) };
    case 'text':
      return { type: 'text', text: question.answers[0]! };
    case 'number':
      return { type: 'number', value: question.answer };
  }
}
