import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/model/random.js';
import { gradeResponse } from '../../src/quiz/grade.js';
import type { Response } from '../../src/quiz/grade.js';
import { quizResult, scoreOf } from '../../src/quiz/result.js';
import type { Question } from '../../src/quiz/schema.js';
import type { PlayableQuestion } from '../../src/quiz/select.js';
import { selectQuestions, tagsOf } from '../../src/quiz/select.js';

const q = (id: string, tags?: string[]): PlayableQuestion => ({ quiz: 'q', question: { id, type: 'true-false', prompt: 'p', answer: true, ...(tags ? { tags } : {}) } });
const list = [q('a', ['x']), q('b', ['y']), q('c', ['x', 'y']), q('d'), q('e', ['z'])];

describe('scoreOf', () => {
  it.each([
    [[], 0],
    [[1, 1, 1], 100],
    [[1, 1, 0.9999], 99],
    [[1 / 3, 1 / 3, 1 / 3], 33],
    [[1, 0.5], 75],
    [[1 / 3, 2 / 3, 1], 66],
  ])('%j → %i', (credits, score) => expect(scoreOf(credits)).toBe(score));
});

describe('quizResult', () => {
  it('counts full credit only as correct, and gives each tag its own figures', () => {
    const multiple: Question = { id: 'm', type: 'multiple', prompt: 'p', options: ['a', 'b'], answer: [1, 2], tags: ['x'] };
    const tf = list[0]!.question;
    const answered = [
      { asked: { quiz: 'q', question: multiple }, response: { type: 'multiple', choices: [1] } as Response },
      { asked: { quiz: 'q', question: tf }, response: { type: 'true-false', value: true } as Response },
    ].map((a) => ({ ...a, grade: gradeResponse(a.asked.question, a.response) }));
    const r = quizResult('q', answered);
    expect(r).toMatchObject({ quiz: 'q', score: 75, total: 2, correct: 1, tags: { x: { score: 75, correct: 1, total: 2 } } });
    expect(r.questions[0]).toEqual({ id: 'm', type: 'multiple', correct: false, credit: 0.5, given: '1', expected: '1,2' });
  });
});

describe('selectQuestions', () => {
  it('keeps authored order without a random source', () => {
    expect(selectQuestions(list).map((p) => p.question.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('filters by tags (any of them), by ids, then cuts to count', () => {
    expect(selectQuestions(list, { tags: ['x'] }).map((p) => p.question.id)).toEqual(['a', 'c']);
    expect(selectQuestions(list, { tags: ['x', 'z'] }).map((p) => p.question.id)).toEqual(['a', 'c', 'e']);
    expect(selectQuestions(list, { only: ['e', 'b', 'nope'] }).map((p) => p.question.id)).toEqual(['b', 'e']);
    expect(selectQuestions(list, { count: 2 }).map((p) => p.question.id)).toEqual(['a', 'b']);
  });
  it('shuffles the same way for the same seed, and adds nothing', () => {
    const a = selectQuestions(list, { random: seededRandom(5) }).map((p) => p.question.id);
    expect(selectQuestions(list, { random: seededRandom(5) }).map((p) => p.question.id)).toEqual(a);
    expect([...a].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('lists the tags in use', () => {
    expect(tagsOf(list)).toEqual(['x', 'y', 'z']);
  });
});
