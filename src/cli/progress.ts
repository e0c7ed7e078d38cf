import type { Candidate } from '../progress/recommend.js';
import { progressOf, quizProgress } from '../progress/progress.js';
import type { CardRecord } from '../quiz/records.js';
import type { SessionSummary } from '../progress/summary.js';
import { colorFor } from '../ui/color.js';
import { renderProgress } from '../ui/progress.js';
import { offeredCatalog } from './catalog.js';
import type { ProgressOptions } from './commands/progress.js';
import type { CommandContext } from './context.js';
import { EXIT } from './errors.js';
import { nowOf, println } from './io.js';
import { readStore, traineeName } from './store.js';
import { jsonText } from '../ui/escape.js';

/** The scenarios that could be recommended (see {@link offeredCatalog}), with their personality's names. */
export async function offeredCandidates(ctx: CommandContext): Promise<Candidate[]> {
  const { entries, personalities } = await offeredCatalog(ctx);
  return entries.flatMap((e) => {
    if (!e.scenario) return [];
    const id = e.scenario.customer.personality;
    const p = personalities.find((x) => x.id === id);
    return [
      {
        id: e.id,
        title: e.scenario.title,
        personality: { id, name: p?.name ?? id, name_en: p?.name_en ?? id },
        methods: e.scenario.methods,
        difficulty: e.scenario.difficulty,
      },
    ];
  });
}

export async function progressCommand(ctx: CommandContext, _args: readonly string[], options: ProgressOptions): Promise<number> {
  const { io, lang } = ctx;
  const trainee = traineeName(ctx, options);
  const { sessions, cards } = await readStore(
    ctx,
    options,
    (store) => ({ sessions: store.summaries(trainee), cards: store.cards(trainee) }),
    { sessions: [] as SessionSummary[], cards: [] as CardRecord[] },
  );
  const progress = progressOf(trainee, sessions, await offeredCandidates(ctx), quizProgress(cards, nowOf(io)));
  if (options.json) {
    io.stdout.write(`${jsonText(progress)}\n`);
    return EXIT.ok;
  }
  println(io.stdout, renderProgress(colorFor(io.stdout, io.env), progress, lang));
  return EXIT.ok;
}
