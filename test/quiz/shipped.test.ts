import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuizSources } from '../../src/quiz/load.js';
import { QUESTION_TYPES } from '../../src/quiz/schema.js';
import { expectedResponse, gradeResponse } from '../../src/quiz/grade.js';
import { parseSource } from '../../src/scenario/source.js';
import { ROOT } from '../helpers/cli.js';

const dir = join(ROOT, 'scenarios', 'quizzes');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const checked = loadQuizSources(files.map((f) => ({ parsed: parseSource(readFileSync(join(dir, f)), `quizzes/${f}`), stem: f.replace(/\.yaml$/, '') })));

describe('the shipped quiz bank', () => {
  it.each(files.map((f, i) => [f, i] as const))('%s loads without findings', (_f, i) => {
    expect(checked[i]!.findings).toEqual([]);
    expect(checked[i]!.value).toBeDefined();
  });

  it('holds every question type', () => {
    const types = new Set(checked.flatMap((c) => c.value?.questions.map((q) => q.type) ?? []));
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it("grades every question's own right answer as correct", () => {
    for (const c of checked) for (const q of c.value?.questions ?? []) expect(gradeResponse(q, expectedResponse(q))).toEqual({ credit: 1, correct: true });
  });
});
