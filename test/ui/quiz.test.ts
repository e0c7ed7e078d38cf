import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../src/quiz/grade.js';
import { gradeResponse } from '../../src/quiz/grade.js';
import { quizResult } from '../../src/quiz/result.js';
import type { Question } from '../../src/quiz/schema.js';
import { describeResponse, renderQuizEnd, renderVerdict, scoreBar, scoreColor } from '../../src/ui/quiz.js';

const c = new Chalk({ level: 0 });
const order: Question = { id: 'steps', type: 'order', prompt: '排序', items: ['甲', '乙', '丙'], explain: '甲乙丙。', tags: ['methods'] };
const match: Question = { id: 'pairs', type: 'match', prompt: '配对\n第二行', pairs: [{ left: 'a', right: 'x' }, { left: 'b', right: 'y' }] };

describe('quiz rendering', () => {
  it('describes answers by their texts, not their numbers', () => {
    expect(describeResponse(order, { type: 'order', order: [2, 1, 3] }, 'zh')).toBe('乙 → 甲 → 丙');
    expect(describeResponse(match, { type: 'match', pairs: [[1, 2], [2, 1]] }, 'en')).toBe('a → y; b → x');
  });

  it('says partly right with the credit, the answer given in exam review, the right answer and why', () => {
    const r: Response = { type: 'order', order: [1, 3, 2] };
    const text = renderVerdict(c, order, r, gradeResponse(order, r), 'en', true);
    expect(text.split('\n')).toEqual(['  ◐ Partly right (50%)', '  Your answer: 甲 → 丙 → 乙', '  Right answer: 甲 → 乙 → 丙', '  Why: 甲乙丙。']);
  });

  it('draws ten-cell bars', () => {
    expect(scoreBar(c, 0)).toBe('░'.repeat(10));
    expect(scoreBar(c, 66)).toBe('███████░░░');
    expect(scoreBar(c, 100)).toBe('█'.repeat(10));
  });

  it('ends with the score, a bar per tag and the missed questions on one line each', () => {
    const answered = [
      { asked: { quiz: 'q', question: order }, response: { type: 'order', order: [1, 2, 3] } as Response },
      { asked: { quiz: 'q', question: match }, response: { type: 'match', pairs: [[1, 2], [2, 1]] } as Response },
    ].map((a) => ({ ...a, grade: gradeResponse(a.asked.question, a.response) }));
    const text = renderQuizEnd(c, '小测', quizResult('q', answered), answered, 'en');
    expect(text).toBe(
      [
        'Finished: 小测',
        'Score: 50  █████░░░░░  1 of 2 fully right',
        '',
        'By topic',
        '  methods  ██████████ 100  1/1',
        '',
        'Not fully right',
        '  ✗ 配对 第二行 (pairs)',
        '    Right answer:',
        '      a → x',
        '      b → y',
      ].join('\n'),
    );
  });
});

describe('scoreColor', () => {
  const colour = new Chalk({ level: 1 });
  it.each([
    [100, 'green'],
    [80, 'green'],
    [79.5, 'yellow'],
    [60, 'yellow'],
    [59, 'red'],
    [0, 'red'],
  ] as const)('%d is %s', (score, name) => {
    expect(scoreColor(colour, score)('x')).toBe(colour[name]('x'));
  });
});
