import { quizMessages } from '../i18n/quiz.js';
import { seededRandom } from '../model/random.js';
import { quizResult } from '../quiz/result.js';
import { selectQuestions, tagsOf } from '../quiz/select.js';
import type { PlayableQuestion } from '../quiz/select.js';
import { colorFor } from '../ui/color.js';
import { inquirerPrompter } from '../ui/prompter.js';
import { renderQuizEnd } from '../ui/quiz.js';
import { safeText } from '../ui/text.js';
import type { Store } from '../store/store.js';
import type { QuizOptions } from './commands/quiz.js';
import type { CommandContext } from './context.js';
import { EXIT, UsageError } from './errors.js';
import { bundledScenarios, fullLoader } from './files.js';
import { println } from './io.js';
import { runQuizSession } from './quiz/ask.js';
import { dueFrom } from './quiz/due.js';
import type { Pool } from './quiz/pool.js';
import { DUE_QUIZ, poolOf } from './quiz/pool.js';
import type { QuizHooks } from './quiz/record.js';
import { recorder } from './quiz/record.js';
import { answerScripted, idList, refuseWithoutTerminal, wholeNumber } from './quiz/scripted.js';
import { openStore, traineeName } from './store.js';
import { jsonText } from '../ui/escape.js';
import type { Lang } from '../i18n/lang.js';
import { generateQuestions } from '../quiz/generate.js';

export { askQuestion, runQuizSession } from './quiz/ask.js';
export type { QuizSessionOptions } from './quiz/ask.js';
export { ALL_QUIZ, DUE_QUIZ } from './quiz/pool.js';
export type { QuizHooks } from './quiz/record.js';
export { answerScripted } from './quiz/scripted.js';

/** Questions generated from the bundled library read in full from `cwd`, without the load cache. */
export function bundledGeneratedQuestions(cwd: string, random: () => number, lang: Lang): PlayableQuestion[] {
  const loader = fullLoader(cwd);
  const { library } = loader.catalogueFor(loader.source.bundledDir);
  const scenarios = bundledScenarios(loader.source.bundledDir).flatMap((f) => {
      const r = loader.playable(f.path);
      return r.ok ? [r.loaded.compiled] : [];
    });
  return generateQuestions({ library, scenarios }, { random, lang });
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

interface QuizRun {
  readonly orderRandom: (() => number) | undefined;
  readonly generationRandom: () => number;
  readonly displayRandom: () => number;
  readonly count: number | undefined;
  readonly store?: Store;
  readonly trainee?: string;
}

async function runQuiz(ctx: CommandContext, args: readonly string[], options: QuizOptions, hooks: QuizHooks, run: QuizRun): Promise<number> {
  const { io, lang } = ctx;
  const m = quizMessages[lang];
  const answers = options.answer;
  const scripted = answers !== undefined;
  const prompter = inquirerPrompter(io, { lang });
  let pool: Pool = await poolOf(ctx, args[0], options, prompter, run.generationRandom, lang);

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

  const onAnswer = await recorder(ctx, run.store, run.trainee, hooks);
  if (scripted) {
    const answered = answerScripted(questions, answers);
    for (const a of answered) await onAnswer(a.asked.question.id, a.grade.correct, a);
    const result = quizResult(pool.id, answered);
    if (options.json) io.stdout.write(`${jsonText(result)}\n`);
    else println(io.stdout, renderQuizEnd(colorFor(io.stdout, io.env), pool.title, result, answered, lang));
    return EXIT.ok;
  }
  refuseWithoutTerminal(ctx);
  await runQuizSession(ctx, pool, questions, prompter, { exam: options.exam === true, random: run.displayRandom, onAnswer });
  return EXIT.ok;
}
