// The interactive quiz: one prompt per question, the verdict after each (practice) or all at
// the end (exam), then the end screen.
import type { Lang } from '../../i18n/lang.js';
import { quizMessages } from '../../i18n/quiz.js';
import { shuffled } from '../../model/random.js';
import type { Response } from '../../quiz/grade.js';
import { gradeResponse } from '../../quiz/grade.js';
import { parseNumber } from '../../quiz/normalise.js';
import type { AnsweredQuestion, QuizResult } from '../../quiz/result.js';
import { quizResult } from '../../quiz/result.js';
import type { Question } from '../../quiz/schema.js';
import type { PlayableQuestion } from '../../quiz/select.js';
import { colorFor } from '../../ui/color.js';
import type { Prompter } from '../../ui/prompter.js';
import { renderQuestionHeading, renderQuizEnd, renderVerdict } from '../../ui/quiz.js';
import { safeText } from '../../ui/text.js';
import type { CommandContext } from '../context.js';
import { println } from '../io.js';
import type { QuizHooks } from './record.js';

/** Asks one question with the prompt that suits its type; positions in the response are as authored. */
export async function askQuestion(question: Question, prompter: Prompter, random: () => number, lang: Lang): Promise<Response> {
  const m = quizMessages[lang];
  switch (question.type) {
    case 'single': {
      const choice = await prompter.select(
        m.pickOne,
        question.options.map((o, i) => ({ name: `${i + 1}. ${safeText(o)}`, value: i + 1 })),
      );
      return { type: 'single', choice };
    }
    case 'multiple': {
      const choices = await prompter.checkbox(
        m.pickAll,
        question.options.map((o, i) => ({ name: `${i + 1}. ${safeText(o)}`, value: i + 1 })),
        { help: m.pickAllHelp },
      );
      return { type: 'multiple', choices: [...choices].sort((a, b) => a - b) };
    }
    case 'true-false': {
      const value = await prompter.select(m.trueOrFalse, [
        { name: m.true, value: true },
        { name: m.false, value: false },
      ]);
      return { type: 'true-false', value };
    }
    case 'order': {
      let shown = shuffled(
        question.items.map((_, i) => i),
        random,
      );
      // Shown already in order, the question would answer itself.
      if (shown.every((v, i) => v === i)) shown = [...shown.slice(1), shown[0]!];
      const picked = await prompter.order(
        m.putInOrder,
        shown.map((i) => safeText(question.items[i]!)),
        { help: m.orderHelp },
      );
      return { type: 'order', order: picked.map((j) => shown[j]! + 1) };
    }
    case 'match': {
      const rights = shuffled(
        question.pairs.map((_, i) => i),
        random,
      );
      const pairs: [number, number][] = [];
      for (const [l, pair] of question.pairs.entries()) {
        const r = await prompter.select(
          m.matchLeft({ left: safeText(pair.left) }),
          rights.map((i, k) => ({ name: `${String.fromCharCode(65 + (k % 26))}. ${safeText(question.pairs[i]!.right)}`, value: i + 1 })),
        );
        pairs.push([l + 1, r]);
      }
      return { type: 'match', pairs };
    }
    case 'text': {
      const text = await prompter.input(m.yourAnswer, { validate: (v) => (v.trim() === '' ? m.emptyAnswer : true) });
      return { type: 'text', text };
    }
    case 'number': {
      const text = await prompter.input(m.yourNumber, { validate: (v) => (parseNumber(v) === undefined ? m.notANumber : true) });
      return { type: 'number', value: parseNumber(text)! };
    }
  }
}

export interface QuizSessionOptions {
  /** Keep right answers and explanations for the end. */
  readonly exam: boolean;
  /** Shuffles what a question shows (items to order, right sides to match). */
  readonly random: () => number;
  readonly onAnswer?: QuizHooks['onAnswer'];
}

/**
 * The interactive loop: each question in turn, right/wrong and the explanation after each in
 * practice mode or all together at the end in exam mode, then the end screen.
 */
export async function runQuizSession(
  ctx: CommandContext,
  pool: { readonly id: string; readonly title: string },
  questions: readonly PlayableQuestion[],
  prompter: Prompter,
  options: QuizSessionOptions,
): Promise<QuizResult> {
  const { io, lang } = ctx;
  const m = quizMessages[lang];
  const c = colorFor(io.stdout, io.env);
  println(io.stdout, c.bold(safeText(pool.title)) + c.dim(`  ·  ${options.exam ? m.exam : m.practice}  ·  ${m.questionCount({ n: questions.length })}`));
  const answered: AnsweredQuestion[] = [];
  for (const [i, asked] of questions.entries()) {
    println(io.stdout);
    println(io.stdout, renderQuestionHeading(c, asked.question, i + 1, questions.length, lang));
    const response = await askQuestion(asked.question, prompter, options.random, lang);
    const a: AnsweredQuestion = { asked, response, grade: gradeResponse(asked.question, response) };
    answered.push(a);
    await options.onAnswer?.(asked.question.id, a.grade.correct, a);
    if (!options.exam) println(io.stdout, renderVerdict(c, asked.question, response, a.grade, lang));
  }
  const result = quizResult(pool.id, answered);
  if (options.exam) {
    println(io.stdout);
    println(io.stdout, c.bold(m.review));
    for (const [i, a] of answered.entries()) {
      println(io.stdout);
      println(io.stdout, renderQuestionHeading(c, a.asked.question, i + 1, answered.length, lang));
      println(io.stdout, renderVerdict(c, a.asked.question, a.response, a.grade, lang, true));
    }
  }
  println(io.stdout);
  println(io.stdout, renderQuizEnd(c, pool.title, result, answered, lang));
  return result;
}
