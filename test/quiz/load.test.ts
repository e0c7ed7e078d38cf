import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadQuizSource, loadQuizSources } from '../../src/quiz/load.js';
import { parseSource, parseText, toDiagnostic } from '../../src/scenario/source.js';
import { fixture } from '../helpers/cli.js';

function check(name: string, ctx: Parameters<typeof loadQuizSource>[1] = {}) {
  const path = fixture(`quiz/broken/quizzes/${name}.yaml`);
  const parsed = parseSource(readFileSync(path), `${name}.yaml`);
  const r = loadQuizSource(parsed, { stem: name, ...ctx });
  return { ...r, diagnostics: r.findings.map((f) => toDiagnostic(parsed.source, f)) };
}

const at = (d: { code: string; line: number; column: number }): string => `${d.code}@${d.line}:${d.column}`;

describe('loadQuizSource', () => {
  it('loads the mini quiz without findings', () => {
    const parsed = parseSource(readFileSync(fixture('quiz/quizzes/mini.yaml')), 'mini.yaml');
    const r = loadQuizSource(parsed, { stem: 'mini' });
    expect(r.findings).toEqual([]);
    expect(r.value?.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'true-false', 'order', 'match', 'text', 'number']);
  });

  it.each([
    ['answer-out-of-range', ['answer-range@9:13', 'answer-range@14:17']],
    ['duplicate-question-id', ['duplicate-question-id@9:9']],
    ['order-too-few', ['too-few-items@8:12']],
    ['unknown-type', ['invalid-value@6:11']],
    ['unknown-field', ['unknown-field@9:5']],
    ['missing-field', ['missing-field@5:5']],
    ['duplicate-item', ['duplicate-item@10:27']],
    ['id-mismatch', ['id-mismatch@1:5']],
  ])('%s', (name, expected) => {
    const r = check(name);
    expect(r.diagnostics.map(at)).toEqual(expected);
    expect(r.value === undefined).toBe(r.diagnostics.some((d) => d.severity === 'error'));
  });

  it('names the allowed types and the nearest one for an unknown type', () => {
    const r = check('unknown-type');
    expect(r.findings[0]?.message).toMatch(/one of single, multiple, true-false, order, match, text, number/);
    expect(r.findings[0]?.message).toMatch(/did you mean 'multiple'/);
  });

  it('reports a missing type as a missing field', () => {
    const parsed = parseText('id: x\ntitle: t\nlocale: zh-CN\nquestions:\n  - id: q\n    prompt: p\n', 'x.yaml');
    expect(loadQuizSource(parsed).findings.map((f) => [f.code, f.path])).toEqual([['missing-field', ['questions', 0]]]);
  });

  it('reports a question id another quiz already uses, and where', () => {
    const r = check('id-mismatch', { knownQuestionIds: new Map([['q1', 'quizzes/other.yaml']]) });
    expect(r.findings.map((f) => f.code)).toEqual(['duplicate-question-id', 'id-mismatch']);
    expect(r.findings[0]?.message).toContain('quizzes/other.yaml');
  });

  it('turns YAML that is not a mapping into a finding, never a throw', () => {
    expect(loadQuizSource(parseText('- a\n- b\n', 'x.yaml')).findings.map((f) => f.code)).toEqual(['invalid-value']);
    expect(loadQuizSource(parseText('id: [\n', 'x.yaml')).findings.every((f) => f.code === 'yaml-syntax')).toBe(true);
  });
});

describe('loadQuizSources', () => {
  it('reports a question id shared by two files once, at the second file', () => {
    const a = parseText('id: a\ntitle: t\nlocale: zh-CN\nquestions:\n  - { id: same, type: true-false, prompt: p, answer: true }\n', 'a.yaml');
    const b = parseText('id: b\ntitle: t\nlocale: zh-CN\nquestions:\n  - { id: same, type: true-false, prompt: p, answer: true }\n', 'b.yaml');
    const [ra, rb] = loadQuizSources([{ parsed: a, stem: 'a' }, { parsed: b, stem: 'b' }]);
    expect(ra?.findings).toEqual([]);
    expect(rb?.findings.map((f) => [f.code, f.path])).toEqual([['duplicate-question-id', ['questions', 0, 'id']]]);
    expect(rb?.findings[0]?.message).toContain('a.yaml');
  });
});
