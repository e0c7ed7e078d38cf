import { progressMessages } from '../i18n/progress.js';
import type { SessionRecord } from '../progress/records.js';
import { colorFor } from '../ui/color.js';
import { renderHistory } from '../ui/history.js';
import { safeText } from '../ui/text.js';
import type { HistoryOptions } from './commands/history.js';
import type { CommandContext } from './context.js';
import { EXIT, UsageError } from './errors.js';
import { println } from './io.js';
import { readStore, traineeName } from './store.js';

/** A session as `kefu history --json` lists it: the record without its turns, with their count. */
export function historyEntry(s: SessionRecord): Record<string, unknown> {
  return {
    id: s.id,
    trainee: s.trainee,
    scenario: s.scenario,
    title: s.title,
    mode: s.mode,
    status: s.status,
    startedAt: s.startedAt,
    ...(s.endedAt ? { endedAt: s.endedAt } : {}),
    ...(s.result ? { score: s.result.score, grade: s.result.grade, outcome: s.result.outcome } : {}),
    turns: s.turns.length,
  };
}

export async function historyCommand(ctx: CommandContext, _args: readonly string[], options: HistoryOptions): Promise<number> {
  const { io, lang } = ctx;
  const limit = options.limit ?? '20';
  if (!/^\d{1,6}$/.test(limit)) throw new UsageError(progressMessages[lang].historyLimit({ limit: safeText(limit) }));
  const trainee = traineeName(ctx, options);
  const sessions: SessionRecord[] = await readStore(ctx, options, (store) => store.sessions(trainee, Number(limit) === 0 ? undefined : Number(limit)), []);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(sessions.map(historyEntry))}\n`);
    return EXIT.ok;
  }
  if (sessions.length === 0) {
    println(io.stderr, progressMessages[lang].historyEmpty({ trainee: safeText(trainee) }));
    return EXIT.ok;
  }
  println(io.stdout, renderHistory(colorFor(io.stdout, io.env), trainee, sessions, lang));
  return EXIT.ok;
}
