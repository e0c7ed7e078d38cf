import { describe } from 'vitest';
import { quizTable } from './helpers.js';

describe('empty-answer', () => {
  quizTable(
    'empty-answer',
    [{ name: 'accepted answers in words', questions: '  - { id: a, type: text, prompt: p, answers: [谢谢您的耐心, "thank you"] }' }],
    [{ name: 'an accepted answer that is only punctuation', questions: '  - { id: a, type: text, prompt: p, answers: [好的, "？！"] }', at: [[5, 51]], mentions: 'accepted answer 2' }],
  );
});
