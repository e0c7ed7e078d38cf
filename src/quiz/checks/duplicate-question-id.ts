import { error } from '../../model/diagnostic.js';
import type { QuizCheck } from './check.js';

export const duplicateQuestionId: QuizCheck = {
  id: 'duplicate-question-id',
  code: 'duplicate-question-id',
  severity: 'error',
  description: 'a question id is used twice, in this file or in another quiz file (progress is stored by question id)',
  run: ({ quiz, knownQuestionIds }) => {
    const seen = new Map<string, number>();
    return quiz.questions.flatMap((q, i) => {
      const path = ['questions', i, 'id'];
      const first = seen.get(q.id);
      if (first !== undefined) return [error('duplicate-question-id', `question id '${q.id}' is already used by question ${first + 1} of this quiz`, path)];
      seen.set(q.id, i);
      if (knownQuestionIds?.has(q.id)) {
        const where = 'get' in knownQuestionIds ? knownQuestionIds.get(q.id) : undefined;
        return [error('duplicate-question-id', `question id '${q.id}' is already used${where ? ` in ${where}` : ' by another quiz'}`, path)];
      }
      return [];
    });
  },
};
