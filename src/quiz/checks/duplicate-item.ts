import type { Finding, YamlPath } from '../../model/diagnostic.js';
import { error } from '../../model/diagnostic.js';
import { normaliseText } from '../normalise.js';
import type { QuizCheck } from './quiz-check.js';

/** A finding for each entry that reads the same (after folding) as an earlier one. */
function repeats(values: readonly string[], pathOf: (j: number) => YamlPath, what: string, questionId: string): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  values.forEach((v, j) => {
    const key = normaliseText(v);
    const first = seen.get(key);
    if (first !== undefined) {
      out.push(error('duplicate-item', `${what} ${j + 1} of '${questionId}' reads the same as ${what} ${first + 1}: a trainee cannot tell them apart`, pathOf(j)));
    } else seen.set(key, j);
  });
  return out;
}

export const duplicateItem: QuizCheck = {
  code: 'duplicate-item',
  severity: 'error',
  description: 'two options, two items to order or two sides of pairs read the same',
  run: ({ quiz }) =>
    quiz.questions.flatMap((q, i) => {
      if (q.type === 'single' || q.type === 'multiple') return repeats(q.options, (j) => ['questions', i, 'options', j], 'option', q.id);
      if (q.type === 'order') return repeats(q.items, (j) => ['questions', i, 'items', j], 'item', q.id);
      if (q.type === 'match') {
        return [
          ...repeats(q.pairs.map((p) => p.left), (j) => ['questions', i, 'pairs', j, 'left'], 'left side', q.id),
          ...repeats(q.pairs.map((p) => p.right), (j) => ['questions', i, 'pairs', j, 'right'], 'right side', q.id),
        ];
      }
      return [];
    }),
};
