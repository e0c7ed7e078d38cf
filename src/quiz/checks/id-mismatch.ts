import { warning } from '../../model/diagnostic.js';
import type { QuizCheck } from './quiz-check.js';

export const quizIdMismatch: QuizCheck = {
  code: 'id-mismatch',
  severity: 'warning',
  description: "a quiz's `id` differs from its file name, so `kefu quiz <id>` cannot find it",
  run: ({ quiz, stem }) =>
    stem !== undefined && quiz.id !== stem
      ? [warning('id-mismatch', `id '${quiz.id}' differs from the file name '${stem}': rename the file to '${quiz.id}.yaml' or set id: ${stem}`, ['id'])]
      : [],
};
