import { describe, expect, it } from 'vitest';
import { formatResponse, parseAnswer } from '../../src/quiz/answer.js';
import type { Response } from '../../src/quiz/grade.js';
import type { Question } from '../../src/quiz/schema.js';

const single: Question = { id: 's', type: 'single', prompt: 'p', options: ['a', 'b', 'c'], answer: 2 };
const multiple: Question = { id: 'm', type: 'multiple', prompt: 'p', options: ['a', 'b', 'c', 'd'], answer: [1, 3] };
const trueFalse: Question = { id: 't', type: 'true-false', prompt: 'p', answer: false };
const order: Question = { id: 'o', type: 'order', prompt: 'p', items: ['x', 'y', 'z'] };
const match: Question = { id: 'ma', type: 'match', prompt: 'p', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '2' }, { left: 'c', right: '3' }] };
const text: Question = { id: 'te', type: 'text', prompt: 'p', answers: ['耐心'] };
const number: Question = { id: 'n', type: 'number', prompt: 'p', answer: 96 };

const good: [Question, string, Response][] = [
  [single, '2', { type: 'single', choice: 2 }],
  [single, '２', { type: 'single', choice: 2 }],
  [multiple, '1,3', { type: 'multiple', choices: [1, 3] }],
  [multiple, '1，3', { type: 'multiple', choices: [1, 3] }],
  [multiple, '3, 1', { type: 'multiple', choices: [3, 1] }],
  [multiple, '4', { type: 'multiple', choices: [4] }],
  [trueFalse, 'true', { type: 'true-false', value: true }],
  [trueFalse, 'FALSE', { type: 'true-false', value: false }],
  [trueFalse, '对', { type: 'true-false', value: true }],
  [trueFalse, '错', { type: 'true-false', value: false }],
  [order, '2,3,1', { type: 'order', order: [2, 3, 1] }],
  [match, '1-2,2-1,3-3', { type: 'match', pairs: [[1, 2], [2, 1], [3, 3]] }],
  [match, '3-3，1-1，2-2', { type: 'match', pairs: [[3, 3], [1, 1], [2, 2]] }],
  [match, '1-1,2-1,3-1', { type: 'match', pairs: [[1, 1], [2, 1], [3, 1]] }],
  [text, ' 耐心 ', { type: 'text', text: ' 耐心 ' }],
  [number, '９６％', { type: 'number', value: 96 }],
];

const bad: [Question, string][] = [
  [single, '0'],
  [single, '4'],
  [single, '1,2'],
  [single, 'b'],
  [single, ''],
  [multiple, ''],
  [multiple, '1,1'],
  [multiple, '1,5'],
  [multiple, '1;3'],
  [trueFalse, 'maybe'],
  [trueFalse, '1'],
  [order, '1,2'],
  [order, '1,2,2'],
  [order, '1,2,4'],
  [order, '1,2,3,4'],
  [match, '1-2,2-1'],
  [match, '1-2,1-1,3-3'],
  [match, '1-4,2-2,3-3'],
  [match, '1:2:3'],
  [match, '12,21,33'],
  [text, '   '],
  [number, 'about ninety'],
];

describe('parseAnswer', () => {
  it.each(good)('%# reads %j', (q, input, response) => expect(parseAnswer(q, input)).toEqual({ ok: true, response }));

  it.each(bad)('%# rejects %j with the form it takes', (q, input) => {
    const r = parseAnswer(q, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.form.length).toBeGreaterThan(5);
  });

  it('round-trips through formatResponse', () => {
    for (const [q, , response] of good) expect(parseAnswer(q, formatResponse(response))).toEqual({ ok: true, response: response.type === 'text' ? { type: 'text', text: response.text } : response });
  });
});
