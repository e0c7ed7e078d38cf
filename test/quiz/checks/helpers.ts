import { expect, it } from 'vitest';
import { quizChecks } from '../../../src/quiz/checks/index.js';
import { loadQuizSource } from '../../../src/quiz/load.js';
import type { QuizSourceContext } from '../../../src/quiz/load.js';
import { parseText, toDiagnostic } from '../../../src/scenario/source.js';

/** Four header lines, so the `questions` text given starts on line 5. */
export function quizText(questions: string, id = 'q'): string {
  return [`id: ${id}`, 'title: t', 'locale: zh-CN', 'questions:', questions.replace(/^\n/, '').replace(/\s+$/, ''), ''].join('\n');
}

export interface QuizCase {
  readonly name: string;
  readonly questions: string;
  readonly id?: string;
  readonly ctx?: QuizSourceContext;
}
export interface InvalidQuizCase extends QuizCase {
  /** Expected [line, column] of each diagnostic, in order. */
  readonly at: [number, number][];
  readonly mentions?: string;
}

/** The scenario checks' table shape, for a quiz check: valid cases report nothing, invalid ones exactly `at`. */
export function quizTable(code: string, valid: readonly QuizCase[], invalid: readonly InvalidQuizCase[]): void {
  const check = quizChecks.find((c) => c.code === code);
  const found = (c: QuizCase): ReturnType<typeof toDiagnostic>[] => {
    const parsed = parseText(quizText(c.questions, c.id), 'q.yaml');
    return loadQuizSource(parsed, { stem: 'q', ...c.ctx })
      .findings.filter((f) => f.code === code)
      .map((f) => toDiagnostic(parsed.source, f));
  };
  it('is registered', () => expect(check).toBeDefined());
  it.each(valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => expect(found(c)).toEqual([]));
  it.each(invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
    const d = found(c);
    expect(d.map((x) => [x.line, x.column])).toEqual(c.at);
    expect(d.every((x) => x.severity === check?.severity)).toBe(true);
    if (c.mentions) expect(d.map((x) => x.message).join('\n')).toContain(c.mentions);
  });
}
