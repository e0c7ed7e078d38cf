import { describe } from 'vitest';
import { quizTable } from './helpers.js';

describe('too-few-items', () => {
  quizTable(
    'too-few-items',
    [
      { name: 'two options', questions: '  - { id: a, type: single, prompt: p, options: [x, y], answer: 1 }' },
      { name: 'three items to order', questions: '  - { id: a, type: order, prompt: p, items: [x, y, z] }' },
    ],
    [
      { name: 'one option', questions: '  - { id: a, type: single, prompt: p, options: [x], answer: 1 }', at: [[5, 48]], mentions: 'at least 2 options' },
      { name: 'two items to order', questions: '  - { id: a, type: order, prompt: p, items: [x, y] }', at: [[5, 45]], mentions: 'an order question needs at least 3 items' },
      { name: 'one pair to match', questions: '  - { id: a, type: match, prompt: p, pairs: [{ left: x, right: y }] }', at: [[5, 45]] },
    ],
  );
});
