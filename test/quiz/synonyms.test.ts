import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuizSources } from '../../src/quiz/load.js';
import { parseAnswer } from '../../src/quiz/answer.js';
import { gradeResponse } from '../../src/quiz/grade.js';
import { parseSource } from '../../src/scenario/source.js';
import { ROOT } from '../helpers/cli.js';

const dir = join(ROOT, 'scenarios', 'quizzes');
const questions = loadQuizSources(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ parsed: parseSource(readFileSync(join(dir, f)), `quizzes/${f}`), stem: f.replace(/\.yaml$/, '') })),
).flatMap((c) => c.value?.questions ?? []);

const graded = (id: string, typed: string): boolean => {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  const parsed = parseAnswer(q, typed);
  return parsed.ok && gradeResponse(q, parsed.response).correct;
};

describe('the shipped text and number answers accept what a trainee who knows the answer types', () => {
  it.each([
    ['satisfaction-promise-kept', '信赖'],
    ['personality-arrogant', '傲慢型客户'],
    ['complaint-authority-principle', '独立权威性原则'],
    ['methods-objection-first', '停顿一下'],
    ['vanke-one-rule', '成就 客户'],
    ['home-visit-knock', '3下'],
  ])('%s accepts 「%s」', (id, typed) => {
    expect(graded(id, typed)).toBe(true);
  });

  it.each([
    ['satisfaction-promise-kept', '反应度'],
    ['personality-arrogant', '活跃型'],
    ['home-visit-knock', '4下'],
  ])('%s still rejects 「%s」', (id, typed) => {
    expect(graded(id, typed)).toBe(false);
  });
});
