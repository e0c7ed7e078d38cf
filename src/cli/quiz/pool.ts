// Which questions a quiz run draws from: a quiz file given by path, a bundled quiz by id, the
// generated questions, all of them, or those review can bring back.
import { resolve } from 'node:path';
import type { Lang } from '../../i18n/lang.js';
import { quizMessages } from '../../i18n/quiz.js';
import type { LibraryReader } from '../../library/library.js';
import type { QuizFile } from '../../library/types.js';
import { displayPath } from '../../library/reading.js';
import { GENERATED_QUIZ, generateQuestions } from '../../quiz/generate.js';
import type { Quiz } from '../../quiz/schema.js';
import type { PlayableQuestion } from '../../quiz/select.js';
import type { Prompter } from '../../ui/prompter.js';
import { safeText } from '../../ui/text.js';
import type { CommandContext } from '../context.js';
import { InvalidInputError, UsageError } from '../errors.js';
import { libraryOf } from '../library.js';

/** The quiz id `--all` reports in its result. */
export const ALL_QUIZ = 'all';
/** The quiz id `--due` reports in its result. */
export const DUE_QUIZ = 'due';

/** What was chosen to play: the questions (before selection) and how to name them. */
export interface Pool {
  readonly id: string;
  readonly title: string;
  readonly questions: PlayableQuestion[];
}

function invalid(file: QuizFile, reader: LibraryReader): InvalidInputError {
  return new InvalidInputError((m) => m.invalidQuiz({ file: safeText(displayPath(file.path, reader.cwd)) }), file.diagnostics);
}

function asPlayable(quiz: Quiz): PlayableQuestion[] {
  return quiz.questions.map((question) => ({ quiz: quiz.id, question }));
}

/** A quiz argument: a path to a quiz file, or the id of a bundled one. */
export async function quizArgument(ctx: CommandContext, arg: string): Promise<Pool> {
  const reader = libraryOf(ctx.io);
  const asPath = resolve(ctx.io.cwd, arg);
  const there = reader.source.entry(asPath);
  const missing = typeof there === 'object' && there.reason === 'missing';
  if (/[\\/]/.test(arg) || /\.ya?ml$/i.test(arg) || there === 'file') {
    if (missing) throw new UsageError((m) => m.noSuchFile({ file: safeText(arg) }));
    const file = await reader.quizFile(asPath);
    if (!file.value) throw invalid(file, reader);
    return { id: file.value.id, title: file.value.title, questions: asPlayable(file.value) };
  }
  const bundled = await reader.bundledQuizzes();
  const file = bundled.find((f) => f.id === arg);
  if (!file) {
    throw new UsageError((m) => m.unknownQuiz({ given: safeText(arg), known: bundled.map((f) => f.id) }));
  }
  if (!file.value) throw invalid(file, reader);
  return { id: file.value.id, title: file.value.title, questions: asPlayable(file.value) };
}

/** Questions generated from the bundled library, in the interface's language. */
export async function generatedQuestions(ctx: CommandContext, random: () => number): Promise<PlayableQuestion[]> {
  const reader = libraryOf(ctx.io);
  const { library } = await reader.catalogueFor(reader.bundledDir);
  const scenarios = (await reader.playableScenarios()).map((s) => s.compiled);
  return generateQuestions({ library, scenarios }, { random, lang: ctx.lang });
}

/**
 * Every question review can bring back: the bundled quizzes that load and the generated
 * questions. A broken quiz file leaves its questions out rather than stopping the review.
 */
export async function reviewableQuestions(ctx: CommandContext, random: () => number): Promise<PlayableQuestion[]> {
  const quizzes = await libraryOf(ctx.io).bundledQuizzes();
  return [...quizzes.flatMap((f) => (f.value ? asPlayable(f.value) : [])), ...(await generatedQuestions(ctx, random))];
}

/** Every bundled quiz and the generated questions; a broken quiz file stops it, naming the file. */
export async function allQuestions(ctx: CommandContext, random: () => number): Promise<PlayableQuestion[]> {
  const reader = libraryOf(ctx.io);
  const bundled = await reader.bundledQuizzes();
  const broken = bundled.find((f) => !f.value);
  if (broken) throw invalid(broken, reader);
  return [...bundled.flatMap((f) => asPlayable(f.value!)), ...(await generatedQuestions(ctx, random))];
}

/** Asks which quiz to play: each bundled quiz that loads, the generated questions, or all. */
export async function pickPool(ctx: CommandContext, prompter: Prompter, generationRandom: () => number): Promise<Pool> {
  const m = quizMessages[ctx.lang];
  const bundled = (await libraryOf(ctx.io).bundledQuizzes()).filter((f) => f.value);
  const choices = [
    ...bundled.map((f) => ({
      name: `${safeText(f.value!.title)}  ${m.questionCount({ n: f.value!.questions.length })}`,
      value: f.id,
      ...(f.value!.description ? { description: safeText(f.value!.description) } : {}),
    })),
    { name: m.generatedTitle, value: GENERATED_QUIZ },
    { name: m.allTitle, value: ALL_QUIZ },
  ];
  const picked = await prompter.select(m.pickQuiz, choices);
  if (picked === GENERATED_QUIZ) return { id: GENERATED_QUIZ, title: m.generatedTitle, questions: await generatedQuestions(ctx, generationRandom) };
  if (picked === ALL_QUIZ) return { id: ALL_QUIZ, title: m.allTitle, questions: await allQuestions(ctx, generationRandom) };
  const file = bundled.find((f) => f.id === picked)!;
  return { id: file.id, title: file.value!.title, questions: asPlayable(file.value!) };
}

/** The pool the arguments name, or the one the trainee picks. */
export async function poolOf(
  ctx: CommandContext,
  arg: string | undefined,
  options: { readonly generated?: boolean; readonly all?: boolean; readonly due?: boolean },
  prompter: Prompter,
  random: () => number,
  lang: Lang,
): Promise<Pool> {
  const m = quizMessages[lang];
  if (arg !== undefined) return quizArgument(ctx, arg);
  if (options.generated) return { id: GENERATED_QUIZ, title: m.generatedTitle, questions: await generatedQuestions(ctx, random) };
  if (options.all) return { id: ALL_QUIZ, title: m.allTitle, questions: await allQuestions(ctx, random) };
  if (options.due) return { id: DUE_QUIZ, title: m.dueTitle, questions: await reviewableQuestions(ctx, random) };
  return pickPool(ctx, prompter, random);
}
