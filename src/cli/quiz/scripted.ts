// Usage errors of the quiz command, and scripted answers graded without prompts.
import { parseAnswer } from '../../quiz/answer.js';
import { gradeResponse } from '../../quiz/grade.js';
import type { AnsweredQuestion } from '../../quiz/result.js';
import type { PlayableQuestion } from '../../quiz/select.js';
import { safeText } from '../../ui/text.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';

/** A flag's whole-number value, at least `min`; a usage error otherwise. */
export function wholeNumber(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text) || Number(text) < min) throw new UsageError((m) => m.wholeNumber({ flag, given: safeText(text), min }));
  return Number(text);
}

/** Ids for a message: all of them when few, else the first ten. */
export function idList(ids: readonly string[]): string {
  return ids.length <= 12 ? ids.join(', ') : `${ids.slice(0, 10).join(', ')}, … ${ids.length - 10} more`;
}

/**
 * Grades scripted answers, one per question in the order given. A malformed answer is a usage
 * error naming the question, its type and the form the answer takes.
 */
export function answerScripted(questions: readonly PlayableQuestion[], answers: readonly string[]): AnsweredQuestion[] {
  if (answers.length !== questions.length) {
    throw new UsageError((m) => m.answerCount({ given: answers.length, questions: questions.length, ids: idList(questions.map((q) => q.question.id)) }));
  }
  return questions.map((asked, i) => {
    const text = answers[i]!;
    const parsed = parseAnswer(asked.question, text);
    if (!parsed.ok) {
      throw new UsageError((m) => m.answerMisfit({ n: i + 1, given: safeText(text), question: asked.question.id, type: asked.question.type, form: parsed.form }));
    }
    return { asked, response: parsed.response, grade: gradeResponse(asked.question, parsed.response) };
  });
}

/** A prompt on a closed or piped stdin would hang instead of failing. */
export function refuseWithoutTerminal(ctx: CommandContext): void {
  if (!ctx.io.stdin.isTTY) throw new UsageError((m) => m.notATerminalQuiz);
}
