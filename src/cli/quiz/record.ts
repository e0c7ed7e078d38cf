// Recording a quiz's answers as they are given, each with the question's next review.
import type { AnsweredQuestion } from '../../quiz/result.js';
import type { Store } from '../../store/store.js';
import type { CommandContext } from '../context.js';
import { nowOf } from '../io.js';

/**
 * What a caller can add to a quiz run without touching its flow: `only` restricts the
 * questions to these ids (e.g. the ones due for review); `onAnswer` hears every graded answer,
 * scripted or interactive, in the order given.
 */
export interface QuizHooks {
  readonly only?: readonly string[];
  readonly onAnswer?: (questionId: string, correct: boolean, answered: AnsweredQuestion) => void | Promise<void>;
}

/**
 * The answer hook of a run: records each answer in the store (when there is one) with its
 * card's next review, then tells the caller's hook.
 */
export async function recorder(ctx: CommandContext, store: Store | undefined, trainee: string | undefined, hooks: QuizHooks): Promise<NonNullable<QuizHooks['onAnswer']>> {
  // The scheduler, and ts-fsrs with it, is loaded only by a run that records its answers.
  const scheduler = store ? await import('../../quiz/review.js') : undefined;
  return async (id, correct, answered) => {
    if (store && scheduler && trainee !== undefined) {
      const now = nowOf(ctx.io);
      const credit = answered.grade.credit;
      store.recordAnswer({ trainee, quiz: answered.asked.quiz, question: id, correct, credit, answeredAt: now.toISOString() }, (previous) =>
        scheduler.reviewCard(previous, trainee, id, credit, now),
      );
    }
    await hooks.onAnswer?.(id, correct, answered);
  };
}
