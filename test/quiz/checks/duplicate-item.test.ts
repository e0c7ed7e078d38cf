import { describe } from 'vitest';
import { quizTable } from './helpers.js';

describe('duplicate-item', () => {
  quizTable(
    'duplicate-item',
    [{ name: 'options that read differently', questions: '  - { id: a, type: single, prompt: p, options: [稍等, 请稍候], answer: 1 }' }],
    [
      { name: 'two options the same once width is folded', questions: '  - { id: a, type: single, prompt: p, options: [ＯＫ, ok], answer: 1 }', at: [[5, 53]], mentions: 'option 2' },
      { name: 'two items to order the same', questions: '  - { id: a, type: order, prompt: p, items: [x, y, x] }', at: [[5, 52]], mentions: 'item 3' },
    ],
  );
});
