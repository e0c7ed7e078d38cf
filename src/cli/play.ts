import { randomInt } from 'node:crypto';
import type { PlayState, Turn } from '../engine/engine.js';
import { choose, currentNode, playAnswers, start } from '../engine/engine.js';
import { sessionResult } from '../grading/result.js';
import { faultReports } from '../grading/grade.js';
import { playMessages } from '../i18n/play.js';
import { seededRandom, shuffled } from '../model/random.js';
import type { CompiledScenario } from '../scenario/compile.js';
import { colorFor } from '../ui/color.js';
import type { Prompter } from '../ui/prompter.js';
import { inquirerPrompter } from '../ui/prompter.js';
import { renderEndScreen, renderNode, renderTurnFeedback } from '../ui/render.js';
import { safeText } from '../ui/text.js';
import type { PlayOptions } from './commands/play.js';
import type { CommandContext } from './context.js';
import { EXIT, Interrupted, UsageError } from './errors.js';
import type { LoadedScenario } from '../library/types.js';
import { playableScenario, scenarioPath } from './library.js';
import { nowOf, println } from './io.js';
import { pickScenario } from './picker.js';
import { SessionLog } from './session-log.js';
import { openStore, traineeName } from './store.js';
import { jsonText } from '../ui/escape.js';

/** Scripted answers one play takes at most: far more than any conversation needs. */
export const MAX_ANSWERS = 10_000;

/** Parses `--answers 2,1,3`: positive whole numbers separated by commas, at most {@link MAX_ANSWERS}. */
export function parseAnswers(text: string): number[] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length > MAX_ANSWERS) {
    throw new UsageError((m) => m.answersCap({ max: MAX_ANSWERS, given: parts.length }));
  }
  if (parts.length === 0 || parts.some((p) => !/^[1-9]\d{0,3}$/.test(p))) {
    throw new UsageError((m) => m.answersFormat({ given: safeText(text) }));
  }
  return parts.map(Number);
}

/** Plays scripted answers, with a usage error that names the node whenever they do not fit. */
export function playScripted(scenario: CompiledScenario, answers: readonly number[]): PlayState {
  const { state, used, misfit } = playAnswers(scenario, answers);
  if (misfit !== undefined) {
    const node = currentNode(scenario, state);
    throw new UsageError((m) => m.answerOutOfRange({ n: misfit + 1, answer: answers[misfit]!, node: node.id, replies: node.choices.length }));
  }
  if (used < answers.length) {
    throw new UsageError((m) => m.answersTooMany({ node: state.node, used, given: answers.length }));
  }
  if (!state.outcome) {
    const node = currentNode(scenario, state);
    throw new UsageError((m) => m.answersRanOut({ given: answers.length, node: node.id, replies: node.choices.length }));
  }
  return state;
}

export async function playCommand(ctx: CommandContext, args: readonly string[], options: PlayOptions): Promise<number> {
  const { io } = ctx;
  if (options.json && options.answers === undefined) throw new UsageError((m) => m.jsonNeedsAnswers);
  if (options.answers !== undefined && args[0] === undefined) throw new UsageError((m) => m.answersNeedScenario);
  if (options.seed !== undefined && !/^\d{1,10}$/.test(options.seed)) throw new UsageError((m) => m.wholeNumber({ flag: '--seed', given: safeText(options.seed!), min: 0 }));
  if (options.inOrder && options.exam) throw new UsageError(playMessages[ctx.lang].inOrderExam);
  if (options.inOrder && options.seed !== undefined) throw new UsageError(playMessages[ctx.lang].inOrderSeed);
  const scripted = options.answers !== undefined ? parseAnswers(options.answers) : undefined;

  const given = args[0] !== undefined ? scenarioPath(io, args[0]) : undefined;
  const loadedGiven = given !== undefined ? await playableScenario(ctx, given) : undefined;
  if (!scripted && !io.stdin.isTTY) {
    // A prompt on a closed or piped stdin would hang instead of failing.
    throw new UsageError((m) => m.notATerminalPlay);
  }
  const save = options.save !== false;
  const trainee = save ? traineeName(ctx, options) : undefined;

  if (scripted) {
    const loaded = loadedGiven!;
    const state = playScripted(loaded.compiled, scripted);
    const { result, report } = sessionResult(loaded.compiled, state);
    if (save) {
      const store = (await openStore(ctx, options, { create: true, noSaveHint: true }))!;
      try {
        const log = SessionLog.start(store, loaded, trainee!, 'scripted', () => nowOf(io));
        log.turns(state);
        log.complete(result);
      } finally {
        store.close();
      }
    }
    if (options.json) {
      io.stdout.write(`${jsonText(result)}\n`);
    } else {
      const c = colorFor(io.stdout, io.env);
      println(io.stdout, renderEndScreen(c, loaded.compiled, report, result.mood.trace, currentNode(loaded.compiled, state), ctx.lang));
    }
    return EXIT.ok;
  }

  // Before the first prompt: a store that cannot be used is said now, not after the game.
  const store = save ? await openStore(ctx, options, { create: true, noSaveHint: true }) : undefined;
  // SIGINT (Ctrl-C outside a prompt, or a signal) ends the game like Ctrl-C at a prompt.
  const interrupt = new AbortController();
  const stopListening = io.onInterrupt?.(() => interrupt.abort()) ?? ((): void => undefined);
  try {
    const prompter = inquirerPrompter(io, { signal: interrupt.signal, lang: ctx.lang });
    const loaded = loadedGiven ?? (await playableScenario(ctx, await pickScenario(ctx, prompter)));
    const log = store ? SessionLog.start(store, loaded, trainee!, options.exam ? 'exam' : 'practice', () => nowOf(io)) : undefined;
    return await playInteractive(ctx, loaded, prompter, options, { ...(log ? { log } : {}), signal: interrupt.signal });
  } finally {
    stopListening();
    store?.close();
  }
}

async function pause(ctx: CommandContext, name: string, enabled: boolean, signal: AbortSignal | undefined): Promise<void> {
  if (!enabled || signal?.aborted) return;
  const { default: ora } = await import('ora');
  const spinner = ora({ text: playMessages[ctx.lang].typing({ name: safeText(name) }), stream: ctx.io.stdout, discardStdin: false }).start();
  await new Promise<void>((done) => {
    const timer = setTimeout(done, 700);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        done();
      },
      { once: true },
    );
  });
  spinner.stop();
}

/** Where an interactive game is recorded, and what stops it early. */
export interface PlayHooks {
  readonly log?: SessionLog;
  readonly signal?: AbortSignal;
}

/**
 * The interactive loop: the customer speaks, the trainee picks, feedback (practice) or not
 * (exam). Each reply is recorded the moment it is chosen; a game that does not reach an
 * ending is stamped as given up and the error goes on.
 */
export async function playInteractive(ctx: CommandContext, loaded: LoadedScenario, prompter: Prompter, options: PlayOptions, hooks: PlayHooks = {}): Promise<number> {
  const { log } = hooks;
  try {
    return await playGame(ctx, loaded, prompter, options, hooks);
  } catch (e) {
    log?.abandon();
    throw e;
  }
}

async function playGame(ctx: CommandContext, loaded: LoadedScenario, prompter: Prompter, options: PlayOptions, { log, signal }: PlayHooks): Promise<number> {
  const { io, lang } = ctx;
  const m = playMessages[lang];
  const c = colorFor(io.stdout, io.env);
  const scenario = loaded.compiled;
  const exam = options.exam === true;
  // A fresh order each session: where the best reply sits must teach nothing.
  const random = seededRandom(options.seed !== undefined ? Number(options.seed) : randomInt(0, 2 ** 32 - 1));
  const shuffle = options.inOrder !== true;
  const shownOrders: number[][] = [];
  const typing = io.stdout.isTTY === true && options.fast !== true && io.env.CI === undefined;

  println(io.stdout, c.bold(safeText(scenario.source.title)) + c.dim(`  ·  ${exam ? m.exam : m.practice}`));
  println(io.stdout, c.dim(safeText(scenario.source.summary)));
  let state = start(scenario);
  const notes: { turn: Turn; seen: number; feedback?: string }[] = [];
  while (!state.outcome) {
    const node = currentNode(scenario, state);
    println(io.stdout);
    println(io.stdout, renderNode(c, scenario, node, state.mood, lang));
    const order = shuffle ? shuffled(node.choices, random) : [...node.choices];
    const choices = order.map((ch, i) => ({ name: `${i + 1}. ${safeText(ch.reply)}`, value: ch.index }));
    const hintValue = -1;
    if (!exam && node.hint) choices.push({ name: c.dim(m.hintChoice), value: hintValue });
    let picked = await prompter.select(m.pickReply, choices);
    while (picked === hintValue) {
      println(io.stdout, c.yellow(m.hint({ hint: safeText(node.hint ?? '') })));
      picked = await prompter.select(m.pickReply, choices.filter((x) => x.value !== hintValue));
    }
    state = choose(scenario, state, picked);
    // The order offered goes with the turn, so review numbers each reply as it was seen.
    shownOrders[state.turns.length - 1] = order.map((ch) => ch.index + 1);
    log?.turns(state, shownOrders);
    const turn = state.turns[state.turns.length - 1]!;
    const feedback = node.choices[picked]?.feedback;
    notes.push({ turn, seen: order.findIndex((ch) => ch.index === picked) + 1, ...(feedback !== undefined ? { feedback } : {}) });
    if (!exam) {
      const faults = faultReports(scenario, state.turns).filter((f) => f.turn === state.turns.length - 1);
      println(io.stdout, renderTurnFeedback(c, scenario, turn, faults, feedback, lang));
    }
    if (!state.outcome) await pause(ctx, scenario.source.customer.name, typing, signal);
    if (signal?.aborted) throw new Interrupted();
  }
  const { result, report } = sessionResult(scenario, state);
  log?.complete(result);
  const endNode = currentNode(scenario, state);
  println(io.stdout);
  println(io.stdout, renderNode(c, scenario, endNode, state.mood, lang));
  if (exam) {
    println(io.stdout);
    notes.forEach((n, i) => {
      const faults = report.faults.filter((f) => f.turn === i);
      println(io.stdout, c.bold(m.turnFeedbackTitle({ n: i + 1 })) + c.dim(`  ${n.seen}. ${safeText(n.turn.reply)}`));
      println(io.stdout, renderTurnFeedback(c, scenario, n.turn, faults, n.feedback, lang));
    });
  }
  println(io.stdout);
  println(io.stdout, renderEndScreen(c, scenario, report, result.mood.trace, endNode, lang));
  return EXIT.ok;
}
