import { describe } from 'vitest';
import { quizTable } from './helpers.js';

const question = '  - { id: a, type: true-false, prompt: p, answer: true }';

describe('id-mismatch (quiz)', () => {
  quizTable(
    'id-mismatch',
    [{ name: 'the id is the file name', questions: question }],
    [{ name: 'the id differs from the file name', questions: question, id: 'basics', at: [[1, 5]], mentions: "rename the file to 'basics.yaml' or set id: q" }],
  );
});
