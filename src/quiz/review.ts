import type { Card, Grade } from 'ts-fsrs';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import type { CardRecord } from './records.js';

/**
 * The scheduler: FSRS with its default weights and target retention, without the short-term
 * learning steps (a wrong answer back in one minute, a right one in ten) since a quiz is taken
 * once a day or so, not drilled within the hour; without fuzz, so a schedule can be tested.
 */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false });

/** Right: Good; partly right: Hard; wrong: Again. */
export function ratingFor(credit: number): Grade {
  if (credit >= 1) return Rating.Good;
  if (credit > 0) return Rating.Hard;
  return Rating.Again;
}

function toCard(r: CardRecord): Card {
  return {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: r.elapsedDays,
    scheduled_days: r.scheduledDays,
    learning_steps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    ...(r.lastReview !== undefined ? { last_review: new Date(r.lastReview) } : {}),
  };
}

function toRecord(trainee: string, question: string, c: Card): CardRecord {
  return {
    trainee,
    question,
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.last_review ? { lastReview: c.last_review.toISOString() } : {}),
  };
}

/**
 * The question's card after an answer with `credit` (0–1) at `now`; a question never answered
 * starts from a new card. What always holds: the card is due after `now`; of two answers at
 * the same moment to the same card, the better one is due no sooner.
 */
export function reviewCard(previous: CardRecord | undefined, trainee: string, question: string, credit: number, now: Date): CardRecord {
  const card = previous ? toCard(previous) : createEmptyCard(now);
  return toRecord(trainee, question, scheduler.next(card, now, ratingFor(credit)).card);
}
