import { error } from '../../model/diagnostic.js';
import { normaliseText } from '../normalise.js';
import type { QuizCheck } from './quiz-check.js';

export const emptyAnswer: QuizCheck = {
  code: 'empty-answer',
  severity: 'error',
  description: 'an accepted `text` answer is nothing but spaces and punctuation, so no input can match it',
  run: ({ quiz }) =>
    quiz.questions.flatMap((q, i) =>
      q.type === 'text'
        ? q.answers.flatMap((a, j) =>
            normaliseText(a) === '' ? [error('empty-answer', `accepted answer ${j + 1} of '${q.id}' is empty once spaces and punctuation are folded away`, ['questions', i, 'answers', j])] : [],
          )
        : [],
    ),
};
