import { quizMessages } from '../../i18n/quiz.js';
import { quizProgress } from '../../progress/progress.js';
import { dueCards } from '../../quiz/due.js';
import type { PlayableQuestion } from '../../quiz/select.js';
import type { Store } from '../../store/store.js';
import { localTime } from '../../ui/time.js';
import type { CommandContext } from '../context.js';
import { nowOf } from '../io.js';

/**
 * The questions due for review among `pool`, the most recently due first, and the message to
 * give when there are none. With `everything` (no quiz named) every card counts, as
 * `kefu progress` counts them, and a due card whose question is not in the pool is `skipped`:
 * never deleted, since the question may come back or belongs to a quiz file given by path.
 * With a quiz named, only that quiz's cards count.
 */
export function dueFrom(
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

