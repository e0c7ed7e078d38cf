import { describe } from 'vitest';
import { quizTable } from './helpers.js';

describe('answer-range', () => {
  quizTable(
    'answer-range',
    [
      { name: 'a single answer among the options', questions: '  - { id: a, type: single, prompt: p, options: [x, y, z], answer: 3 }' },
      { name: 'multiple answers, each once', questions: '  - { id: a, type: multiple, prompt: p, options: [x, y, z], answer: [1, 3] }' },
    ],
    [
      { name: 'a single answer past the last option', questions: '  - { id: a, type: single, prompt: p, options: [x, y, z], answer: 4 }', at: [[5, 67]], mentions: 'has 3 options (1–3)' },
      { name: 'a multiple answer past the last option', questions: '  - { id: a, type: multiple, prompt: p, options: [x, y], answer: [1, 5] }', at: [[5, 70]] },
      { name: 'an answer listed twice', questions: '  - { id: a, type: multiple, prompt: p, options: [x, y], answer: [2, 2] }', at: [[5, 70]], mentions: 'listed twice' },
    ],
  );
});
