import { describe } from 'vitest';
import { quizTable } from './helpers.js';

const two = (first: string, second: string): string =>
  `  - { id: ${first}, type: true-false, prompt: p, answer: true }\n  - { id: ${second}, type: true-false, prompt: q, answer: false }`;

describe('duplicate-question-id', () => {
  quizTable(
    'duplicate-question-id',
    [
      { name: 'two ids', questions: two('a', 'b') },
      { name: 'an id another quiz does not use', questions: two('a', 'b'), ctx: { knownQuestionIds: new Map([['c', 'quizzes/other.yaml']]) } },
    ],
    [
      { name: 'one id twice in the file', questions: two('a', 'a'), at: [[6, 11]], mentions: 'question 1 of this quiz' },
      { name: 'an id another quiz file uses', questions: two('a', 'b'), ctx: { knownQuestionIds: new Map([['b', 'quizzes/other.yaml']]) }, at: [[6, 11]], mentions: 'quizzes/other.yaml' },
    ],
  );
});
