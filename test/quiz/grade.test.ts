import { describe, expect, it } from 'vitest';
import type { Response } from '../../src/quiz/grade.js';
import { expectedResponse, gradeResponse, longestInOrder } from '../../src/quiz/grade.js';
import type { Question } from '../../src/quiz/schema.js';

const single: Question = { id: 's', type: 'single', prompt: 'p', options: ['a', 'b', 'c'], answer: 2 };
const multiple: Question = { id: 'm', type: 'multiple', prompt: 'p', options: ['a', 'b', 'c', 'd'], answer: [1, 3] };
const trueFalse: Question = { id: 't', type: 'true-false', prompt: 'p', answer: false };
const order: Question = { id: 'o', type: 'order', prompt: 'p', items: ['w', 'x', 'y', 'z'] };
const order3: Question = { id: 'o3', type: 'order', prompt: 'p', items: ['x', 'y', 'z'] };
const match: Question = { id: 'ma', type: 'match', prompt: 'p', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '2' }, { left: 'c', right: '3' }, { left: 'd', right: '4' }] };
const text: Question = { id: 'te', type: 'text', prompt: 'p', answers: ['耐心', 'Patience'] };
const number: Question = { id: 'n', type: 'number', prompt: 'p', answer: 96 };
const tolerant: Question = { id: 'nt', type: 'number', prompt: 'p', answer: 5, tolerance: 1 };

const cases: [string, Question, Response, number][] = [
  ['single right', single, { type: 'single', choice: 2 }, 1],
  ['single wrong', single, { type: 'single', choice: 1 }, 0],
  ['multiple right', multiple, { type: 'multiple', choices: [3, 1] }, 1],
  ['multiple: one of two right picks', multiple, { type: 'multiple', choices: [1] }, 0.5],
  ['multiple: both right and one wrong', multiple, { type: 'multiple', choices: [1, 2, 3] }, 0.5],
  ['multiple: one right, one wrong', multiple, { type: 'multiple', choices: [1, 2] }, 0],
  ['multiple: wrong picks only never go below 0', multiple, { type: 'multiple', choices: [2, 4] }, 0],
  ['multiple: every option', multiple, { type: 'multiple', choices: [1, 2, 3, 4] }, 0],
  ['multiple: a pick repeated counts once', multiple, { type: 'multiple', choices: [1, 1] }, 0.5],
  ['true-false right', trueFalse, { type: 'true-false', value: false }, 1],
  ['true-false wrong', trueFalse, { type: 'true-false', value: true }, 0],
  ['order right', order, { type: 'order', order: [1, 2, 3, 4] }, 1],
  ['order: one item moved to the front keeps 3 of 4 in order', order, { type: 'order', order: [4, 1, 2, 3] }, 2 / 3],
  ['order: two pairs swapped keeps 2 of 4', order, { type: 'order', order: [2, 1, 4, 3] }, 1 / 3],
  ['order reversed', order, { type: 'order', order: [4, 3, 2, 1] }, 0],
  ['order of 3: last two swapped', order3, { type: 'order', order: [1, 3, 2] }, 0.5],
  ['order of 3: rotated', order3, { type: 'order', order: [2, 3, 1] }, 0.5],
  ['order: not every item', order, { type: 'order', order: [1, 2, 3] }, 0],
  ['order: an item twice', order, { type: 'order', order: [1, 2, 3, 3] }, 0],
  ['match right', match, { type: 'match', pairs: [[1, 1], [2, 2], [3, 3], [4, 4]] }, 1],
  ['match: two swapped', match, { type: 'match', pairs: [[1, 2], [2, 1], [3, 3], [4, 4]] }, 0.5],
  ['match: one of four', match, { type: 'match', pairs: [[1, 1], [2, 3], [3, 4], [4, 2]] }, 0.25],
  ['match: a left answered twice is wrong', match, { type: 'match', pairs: [[1, 1], [1, 2], [2, 2], [3, 3], [4, 4]] }, 0.75],
  ['match: pairs given in another order', match, { type: 'match', pairs: [[4, 4], [3, 3], [2, 2], [1, 1]] }, 1],
  ['text right', text, { type: 'text', text: '耐心' }, 1],
  ['text: second accepted answer, other case, full stop', text, { type: 'text', text: ' patience。' }, 1],
  ['text: full-width letters', text, { type: 'text', text: 'ＰＡＴＩＥＮＣＥ！' }, 1],
  ['text wrong', text, { type: 'text', text: '着急' }, 0],
  ['text: empty is wrong', text, { type: 'text', text: '  ' }, 0],
  ['number right', number, { type: 'number', value: 96 }, 1],
  ['number wrong', number, { type: 'number', value: 95 }, 0],
  ['number within tolerance', tolerant, { type: 'number', value: 6 }, 1],
  ['number outside tolerance', tolerant, { type: 'number', value: 6.5 }, 0],
  ['answer of another type', single, { type: 'number', value: 2 }, 0],
];

describe('gradeResponse', () => {
  it.each(cases)('%s', (_name, q, r, credit) => {
    const g = gradeResponse(q, r);
    expect(g.credit).toBeCloseTo(credit, 10);
    expect(g.correct).toBe(credit === 1);
  });

  it.each([single, multiple, trueFalse, order, match, text, number, tolerant])('gives full credit to the expected answer of $id', (q) => {
    expect(gradeResponse(q, expectedResponse(q))).toEqual({ credit: 1, correct: true });
  });
});

describe('longestInOrder', () => {
  it.each([
    [[], 0],
    [[1], 1],
    [[1, 2, 3], 3],
    [[3, 2, 1], 1],
    [[2, 4, 1, 3, 5], 3],
  ])('%j → %i', (values, n) => expect(longestInOrder(values)).toBe(n));
});
