import { error } from '../../model/diagnostic.js';
import type { QuizCheck } from './quiz-check.js';

/** Below these a question is no question: one option cannot be chosen wrongly, two items barely ordered. */
export const MIN_OPTIONS = 2;
export const MIN_ORDER_ITEMS = 3;
export const MIN_MATCH_PAIRS = 2;

export const tooFewItems: QuizCheck = {
  code: 'too-few-items',
  severity: 'error',
  description: `fewer than ${MIN_OPTIONS} options, ${MIN_ORDER_ITEMS} items to order or ${MIN_MATCH_PAIRS} pairs to match`,
  run: ({ quiz }) =>
    quiz.questions.flatMap((q, i) => {
      const few = (field: string, have: number, need: number, what: string): ReturnType<QuizCheck['run']> =>
        have < need ? [error('too-few-items', `a${q.type === 'order' ? 'n' : ''} ${q.type} question needs at least ${need} ${what}; '${q.id}' has ${have}`, ['questions', i, field])] : [];
      if (q.type === 'single' || q.type === 'multiple') return few('options', q.options.length, MIN_OPTIONS, 'options');
      if (q.type === 'order') return few('items', q.items.length, MIN_ORDER_ITEMS, 'items');
      if (q.type === 'match') return few('pairs', q.pairs.length, MIN_MATCH_PAIRS, 'pairs');
      return [];
    }),
};
