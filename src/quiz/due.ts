import type { CardRecord } from './records.js';

/**
 * Which review cards are due, from their stored due times alone: no scheduler is needed to
 * know what is due, only to schedule an answer (see review.ts).
 */

/** The cards due at `now` (due time not after it), the most recently due first, then by question id. */
export function dueCards(cards: readonly CardRecord[], now: Date): CardRecord[] {
  const t = now.getTime();
  return cards
    .filter((c) => Date.parse(c.due) <= t)
    .sort((a, b) => Date.parse(b.due) - Date.parse(a.due) || a.question.localeCompare(b.question));
}
