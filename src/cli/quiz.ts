import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { quizMessages } from '../i18n/quiz.js';
import { seededRandom, shuffled } from '../model/random.js';
import { parseAnswer } from '../quiz/answer.js';
import type { Response } from '../quiz/grade.js';
import { gradeResponse } from '../quiz/grade.js';
import { GENERATED_QUIZ, generateQuestions } from '../quiz/generate.js';
import { loadQuizSource, loadQuizSources } from '../quiz/load.js';
import type { AnsweredQuestion, QuizResult } from '../quiz/result.js';
import { quizResult } from '../quiz/result.js';
import type { Question, Quiz } from '../quiz/schema.js';
import type { PlayableQuestion } from '../quiz/select.js';
import { quizProgress } from '../progress/progress.js';
import { dueCards } from '../quiz/due.js';
import { selectQuestions, tagsOf } from '../quiz/select.js';
import { parseNumber } from '../quiz/normalise.js';
import type { CompiledScenario } from '../scenario/compile.js';
import { stemOf } from '../scenario/library.js';
import type { ParsedSource } from '../scenario/source.js';
import { colorFor } from '../ui/color.js';
import type { Prompter } from '../ui/prompter.js';
import { inquirerPrompter } from '../ui/prompter.js';
import { renderQuestionHeading, renderQuizEnd, renderVerdict } from '../ui/quiz.js';
import { safeText } from '../ui/text.js';
import { localTime } from '../ui/time.js';
import type { Store } from '../store/store.js';
import type { QuizOptions } from './commands/quiz.js';
import type { CommandContext } from './context.js';
import { EXIT, InvalidInputError, UsageError } from './errors.js';
import { bundledDir, bundledScenarioIds, catalogueLibrary, diagnosticsOf, displayPath, listYamlFiles, loadPlayableScenario, parseFile, readCatalogue } from './files.js';
import { nowOf, println } from './io.js';
import { openStore, traineeName } from './store.js';

/** The quiz id `--all` reports in its result. */
export const ALL_QUIZ = 'all';
/** The quiz id `--due` reports in its result. */
export const DUE_QUIZ = 'due';

/**
 * What a caller can add to a quiz run without touching its flow: `only` restricts the
 * questions to these ids (e.g. the ones due for review); `onAnswer` hears every graded answer,
 * scripted or interactive, in the order given.
 */
export interface QuizHooks {
  readonly only?: readonly string[];
  readonly onAnswer?: (questionId: string, correct: boolean, answered: AnsweredQuestion) => void | Promise<void>;
}

/** A quiz file as loaded: its value when valid, its diagnostics either way. */
interface QuizFile {
  readonly id: string;
  readonly path: string;
  readonly parsed: ParsedSource;
  readonly value?: Quiz;
  readonly findings: ReturnType<typeof loadQuizSource>['findings'];
}

/** The bundled quizzes, `scenarios/quizzes/*.yaml`, checked together so question ids stay unique. */
export function bundledQuizzes(cwd: string): QuizFile[] {
  const dir = join(bundledDir(), 'quizzes');
  if (!existsSync(dir)) return [];
  const files = listYamlFiles(dir).map((path) => ({ path, parsed: parseFile(path, displayPath(path, cwd)), stem: stemOf(path) }));
  const results = loadQuizSources(files);
  return files.map((f, i) => ({ id: f.stem, path: f.path, parsed: f.parsed, ...results[i]! }));
}

function invalid(file: QuizFile, cwd: string): InvalidInputError {
  return new InvalidInputError((m) => m.invalidQuiz({ file: safeText(displayPath(file.path, cwd)) }), diagnosticsOf(file.parsed.source, file.findings));
}

function asPlayable(quiz: Quiz): PlayableQuestion[] {
  return quiz.questions.map((question) => ({ quiz: quiz.id, question }));
}

/** A quiz argument: a path to a quiz file, or the id of a bundled one. */
function loadQuizArgument(arg: string, cwd: string): { id: string; title: string; questions: PlayableQuestion[] } {
  const asPath = resolve(cwd, arg);
  if (/[\\/]/.test(arg) || /\.ya?ml$/i.test(arg) || (existsSync(asPath) && statSync(asPath).isFile())) {
    if (!existsSync(asPath)) throw new UsageError((m) => m.noSuchFile({ file: safeText(arg) }));
    const parsed = parseFile(asPath, displayPath(asPath, cwd));
    const loaded = loadQuizSource(parsed, { stem: stemOf(asPath) });
    const file: QuizFile = { id: stemOf(asPath), path: asPath, parsed, ...loaded };
    if (!file.value) throw invalid(file, cwd);
    return { id: file.value.id, title: file.value.title, questions: asPlayable(file.value) };
  }
  const bundled = bundledQuizzes(cwd);
  const file = bundled.find((f) => f.id === arg);
  if (!file) {
    throw new UsageError((m) => m.unknownQuiz({ given: safeText(arg), known: bundled.map((f) => f.id) }));
  }
  if (!file.value) throw invalid(file, cwd);
  return { id: file.value.id, title: file.value.title, questions: asPlayable(file.value) };
}

/** The bundled scenarios that load and check cleanly; the others are `kefu validate`'s business. */
function playableScenarios(cwd: string): CompiledScenario[] {
  return bundledScenarioIds().flatMap((id) => {
    try {
      return [loadPlayableScenario(join(bundledDir(), `${id}.yaml`), cwd).compiled];
    } catch (e) {
      if (e instanceof InvalidInputError) return [];
      throw e;
    }
  });
}

/** Questions generated from the bundled library, in the interface's language. */
export function bundledGeneratedQuestions(cwd: string, random: () => number, lang: Lang): PlayableQuestion[] {
  const { library } = catalogueLibrary(readCatalogue(bundledDir(), cwd));
  return generateQuestions({ library, scenarios: playableScenarios(cwd) }, { random, lang });
}

/**
 * Every question review can bring back: the bundled quizzes that load and the generated
 * questions. A broken quiz file leaves its questions out rather than stopping the review.
 */
export function reviewableQuestions(cwd: string, random: () => number, lang: Lang): PlayableQuestion[] {
  return [...bundledQuizzes(cwd).flatMap((f) => (f.value ? asPlayable(f.value) : [])), ...bundledGeneratedQuestions(cwd, random, lang)];
}

function allQuestions(cwd: string, random: () => number, lang: Lang): PlayableQuestion[] {
  const bundled = bundledQuizzes(cwd);
  const broken = bundled.find((f) => !f.value);
  if (broken) throw invalid(broken, cwd);
  return [...bundled.flatMap((f) => asPlayable(f.value!)), ...bundledGeneratedQuestions(cwd, random, lang)];
}

function wholeNumber(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text) || Number(text) < min) throw new UsageError((m) => m.wholeNumber({ flag, given: safeText(text), min }));
  return Number(text);
}

/** Ids for a message: all of them when few, else the first ten. */
function idList(ids: readonly string[]): string {
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

/** What was chosen to play: the questions (before selection) and how to name them. */
interface Pool {
  readonly id: string;
  readonly title: string;
  readonly questions: PlayableQuestion[];
}

async function pickPool(ctx: CommandContext, prompter: Prompter, generationRandom: () => number): Promise<Pool> {
  const { io, lang } = ctx;
  const m = quizMessages[lang];
  const bundled = bundledQuizzes(io.cwd).filter((f) => f.value);
  const generatedTitle = m.generatedTitle;
  const choices = [
    ...bundled.map((f) => ({
      name: `${safeText(f.value!.title)}  ${m.questionCount({ n: f.value!.questions.length })}`,
      value: f.id,
      ...(f.value!.description ? { description: safeText(f.value!.description) } : {}),
    })),
    { name: generatedTitle, value: GENERATED_QUIZ },
    { name: m.allTitle, value: ALL_QUIZ },
  ];
  const picked = await prompter.select(m.pickQuiz, choices);
  if (picked === GENERATED_QUIZ) return { id: GENERATED_QUIZ, title: generatedTitle, questions: bundledGeneratedQuestions(io.cwd, generationRandom, lang) };
  if (picked === ALL_QUIZ) return { id: ALL_QUIZ, title: m.allTitle, questions: allQuestions(io.cwd, generationRandom, lang) };
  const file = bundled.find((f) => f.id === picked)!;
  return { id: file.id, title: file.value!.title, questions: asPlayable(file.value!) };
}

export async function quizCommand(ctx: CommandContext, args: readonly string[], options: QuizOptions, hooks: QuizHooks = {}): Promise<number> {
  const answers = options.answer;
  const scripted = answers !== undefined;
  if (options.json && !scripted) throw new UsageError((m) => m.quizJsonNeedsAnswers);
  if (options.generated && options.all) throw new UsageError((m) => m.generatedOrAll);
  if (args[0] !== undefined && (options.generated || options.all)) throw new UsageError((m) => m.idWithPool({ flag: options.generated ? '--generated' : '--all' }));
  if (options.due && options.save === false) throw new UsageError((m) => m.dueWithoutSaving);
  if (scripted && args[0] === undefined && !options.generated && !options.all && !options.due) {
    throw new UsageError((m) => m.answersNeedQuestions);
  }
  const seed = wholeNumber('--seed', options.seed, 0);
  const count = wholeNumber('--count', options.count, 1);
  // Without --seed a scripted run keeps authored order and fixed generated options, so the
  // same answer sheet always fits; an interactive run is shuffled afresh each time.
  const base = seed ?? (scripted ? undefined : Date.now() >>> 0);
  const orderRandom = base !== undefined ? seededRandom(base) : undefined;
  const generationRandom = seededRandom((base ?? 0) + 1);
  const displayRandom = seededRandom((base ?? 0) + 2);

  // --due checks later: with nothing due it asks nothing, wherever its input comes from.
  if (!scripted && !options.due) refuseWithoutTerminal(ctx);
  const save = options.save !== false;
  const trainee = save ? traineeName(ctx, options) : undefined;
  // Before the first prompt: a store that cannot be used is said now, not after the quiz.
  const store = save ? await openStore(ctx, options, { create: true, noSaveHint: !options.due }) : undefined;
  try {
    return await runQuiz(ctx, args, options, hooks, { orderRandom, generationRandom, displayRandom, count, ...(store && trainee !== undefined ? { store, trainee } : {}) });
  } finally {
    store?.close();
  }
}

/** A prompt on a closed or piped stdin would hang instead of failing. */
function refuseWithoutTerminal(ctx: CommandContext): void {
  if (!ctx.io.stdin.isTTY) throw new UsageError((m) => m.notATerminalQuiz);
}

interface QuizRun {
  readonly orderRandom: (() => number) | undefined;
  readonly generationRandom: () => number;
  readonly displayRandom: () => number;
  readonly count: number | undefined;
  readonly store?: Store;
  readonly trainee?: string;
}

/**
 * The questions due for review among `pool`, the most recently due first, and the message to
 * give when there are none. With `everything` (no quiz named) every card counts, as
 * `kefu progress` counts them, and a due card whose question is not in the pool is `skipped`:
 * never deleted, since the question may come back or belongs to a quiz file given by path.
 * With a quiz named, only that quiz's cards count.
 */
function dueFrom(
  ctx: CommandContext,
  pool: readonly PlayableQuestion[],
  store: Store,
  trainee: string,
  everything: boolean,
): { questions: PlayableQuestion[]; skipped: string[]; message: string } {
  const m = quizMessages[ctx.lang];
  const byId = new Map(pool.map((q) => [q.question.id, q]));
  const stored = store.cards(trainee);
  const cards = everything ? stored : stored.filter((c) => byId.has(c.question));
  const now = nowOf(ctx.io);
  const due = dueCards(cards, now);
  const questions = due.flatMap((c) => byId.get(c.question) ?? []);
  const skipped = due.filter((c) => !byId.has(c.question)).map((c) => c.question);
  const next = quizProgress(cards, now).nextDue;
  const message = cards.length === 0 ? m.dueNever : next === undefined ? m.dueNone : `${m.dueNone} ${m.dueNext({ when: localTime(next) })}`;
  return { questions, skipped, message };
}

async function runQuiz(ctx: CommandContext, args: readonly string[], options: QuizOptions, hooks: QuizHooks, run: QuizRun): Promise<number> {
  const { io, lang } = ctx;
  const m = quizMessages[lang];
  const answers = options.answer;
  const scripted = answers !== undefined;
  const prompter = inquirerPrompter(io, { lang });
  let pool: Pool;
  if (args[0] !== undefined) pool = loadQuizArgument(args[0], io.cwd);
  else if (options.generated) pool = { id: GENERATED_QUIZ, title: m.generatedTitle, questions: bundledGeneratedQuestions(io.cwd, run.generationRandom, lang) };
  else if (options.all) pool = { id: ALL_QUIZ, title: m.allTitle, questions: allQuestions(io.cwd, run.generationRandom, lang) };
  else if (options.due) pool = { id: DUE_QUIZ, title: m.dueTitle, questions: reviewableQuestions(io.cwd, run.generationRandom, lang) };
  else pool = await pickPool(ctx, prompter, run.generationRandom);

  let order = run.orderRandom;
  if (options.due && run.store && run.trainee !== undefined) {
    const due = dueFrom(ctx, pool.questions, run.store, run.trainee, pool.id === DUE_QUIZ);
    if (due.skipped.length > 0) println(io.stderr, m.dueSkipped({ n: due.skipped.length, ids: safeText(idList(due.skipped)) }));
    if (due.questions.length === 0) {
      println(options.json ? io.stderr : io.stdout, due.message);
      return EXIT.ok;
    }
    pool = { ...pool, title: pool.id === DUE_QUIZ ? pool.title : `${pool.title}  ·  ${m.dueTitle}`, questions: due.questions };
    order = undefined;
  }

  const tags = options.tag ?? [];
  const known = tagsOf(pool.questions);
  const unknownTag = tags.find((t) => !known.includes(t));
  if (unknownTag !== undefined) {
    throw new UsageError((m) => m.unknownTag({ quiz: pool.id, tag: safeText(unknownTag), known }));
  }
  const questions = selectQuestions(pool.questions, {
    ...(hooks.only ? { only: hooks.only } : {}),
    tags,
    ...(order ? { random: order } : {}),
    ...(run.count !== undefined ? { count: run.count } : {}),
  });
  if (questions.length === 0) throw new UsageError((m) => m.noQuestions({ quiz: pool.id }));

  // The scheduler, and ts-fsrs with it, is loaded only by a run that records its answers.
  const scheduler = run.store ? await import('../quiz/review.js') : undefined;

  // Each answer is recorded as it is given, with the question's next review.
  const { store, trainee } = run;
  const onAnswer: QuizHooks['onAnswer'] = async (id, correct, answered) => {
    if (store && scheduler && trainee !== undefined) {
      const now = nowOf(io);
      const credit = answered.grade.credit;
      store.recordAnswer({ trainee, quiz: answered.asked.quiz, question: id, correct, credit, answeredAt: now.toISOString() }, (previous) =>
        scheduler.reviewCard(previous, trainee, id, credit, now),
      );
    }
    await hooks.onAnswer?.(id, correct, answered);
  };

  if (scripted) {
    const answered = answerScripted(questions, answers);
    for (const a of answered) await onAnswer(a.asked.question.id, a.grade.correct, a);
    const result = quizResult(pool.id, answered);
    if (options.json) io.stdout.write(`${JSON.stringify(result)}\n`);
    else println(io.stdout, renderQuizEnd(colorFor(io.stdout, io.env), pool.title, result, answered, lang));
    return EXIT.ok;
  }
  refuseWithoutTerminal(ctx);
  await runQuizSession(ctx, pool, questions, prompter, { exam: options.exam === true, random: run.displayRandom, onAnswer });
  return EXIT.ok;
}

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
