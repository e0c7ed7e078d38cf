import { error } from '../../model/diagnostic.js';
import type { QuizCheck } from './quiz-check.js';

export const answerRange: QuizCheck = {
  code: 'answer-range',
  severity: 'error',
  description: 'a `single` or `multiple` answer names an option that does not exist, or names one twice',
  run: ({ quiz }) =>
    quiz.questions.flatMap((q, i) => {
      if (q.type === 'single') {
        return q.answer > q.options.length
          ? [error('answer-range', `answer ${q.answer} is out of range: question '${q.id}' has ${q.options.length} options (1–${q.options.length})`, ['questions', i, 'answer'])]
          : [];
      }
      if (q.type === 'multiple') {
        const seen = new Set<number>();
        return q.answer.flatMap((a, j) => {
          if (a > q.options.length) {
            return [error('answer-range', `answer ${a} is out of range: question '${q.id}' has ${q.options.length} options (1–${q.options.length})`, ['questions', i, 'answer', j])];
          }
          if (seen.has(a)) return [error('answer-range', `answer ${a} is listed twice`, ['questions', i, 'answer', j])];
          seen.add(a);
          return [];
        });
      }
      return [];
    }),
};
