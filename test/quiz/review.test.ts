import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../../src/quiz/records.js';
import { dueCards } from '../../src/quiz/due.js';
import { ratingFor, reviewCard } from '../../src/quiz/review.js';

const t0 = new Date('2025-03-01T09:00:00.000Z');
const DAY = 86_400_000;
const daysAfter = (from: Date, iso: string): number => (Date.parse(iso) - from.getTime()) / DAY;

describe('ratingFor', () => {
  it.each([
    [1, Rating.Good],
    [0.5, Rating.Hard],
    [0.0001, Rating.Hard],
    [0, Rating.Again],
  ])('credit %d rates %d', (credit, rating) => {
    expect(ratingFor(credit)).toBe(rating);
  });
});

describe('reviewCard', () => {
  it('a new question answered right, partly or wrong: due in days, the wrong one soonest', () => {
    const right = reviewCard(undefined, 'wang', 'q', 1, t0);
    const partly = reviewCard(undefined, 'wang', 'q', 0.5, t0);
    const wrong = reviewCard(undefined, 'wang', 'q', 0, t0);
    expect(right).toMatchObject({ trainee: 'wang', question: 'q', reps: 1, lapses: 0, lastReview: t0.toISOString() });
    expect(daysAfter(t0, wrong.due)).toBeGreaterThanOrEqual(1);
    expect(daysAfter(t0, wrong.due)).toBeLessThan(daysAfter(t0, partly.due));
    expect(daysAfter(t0, partly.due)).toBeLessThan(daysAfter(t0, right.due));
  });

  it('right answers each time it falls due push it further away every time', () => {
    let card: CardRecord | undefined;
    let now = t0;
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      card = reviewCard(card, 'wang', 'q', 1, now);
      intervals.push(daysAfter(now, card.due));
      now = new Date(card.due);
    }
    expect(card!.reps).toBe(5);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
  });

  it('a wrong answer to a learnt question brings it back sooner and counts a lapse', () => {
    let card = reviewCard(undefined, 'wang', 'q', 1, t0);
    card = reviewCard(card, 'wang', 'q', 1, new Date(card.due));
    const at = new Date(card.due);
    const right = reviewCard(card, 'wang', 'q', 1, at);
    const wrong = reviewCard(card, 'wang', 'q', 0, at);
    expect(Date.parse(wrong.due)).toBeLessThan(Date.parse(right.due));
    expect(wrong.lapses).toBe(1);
    expect(right.lapses).toBe(0);
  });

  it('keeps every field through the record and back: the same answers give the same schedule', () => {
    const a = reviewCard(reviewCard(undefined, 'wang', 'q', 1, t0), 'wang', 'q', 0.5, new Date(t0.getTime() + 3 * DAY));
    const b = reviewCard(JSON.parse(JSON.stringify(reviewCard(undefined, 'wang', 'q', 1, t0))) as CardRecord, 'wang', 'q', 0.5, new Date(t0.getTime() + 3 * DAY));
    expect(b).toEqual(a);
  });
});

describe('dueCards', () => {
  it('cards due by now, the most recently due first', () => {
    const card = (question: string, due: string): CardRecord => ({ ...reviewCard(undefined, 'wang', question, 1, t0), due });
    const cards = [card('a', '2025-03-02T00:00:00.000Z'), card('b', '2025-03-04T00:00:00.000Z'), card('c', '2025-03-03T00:00:00.000Z'), card('d', '2025-03-03T00:00:00.000Z'), card('e', '2025-03-05T00:00:00.000Z')];
    expect(dueCards(cards, new Date('2025-03-04T00:00:00.000Z')).map((c) => c.question)).toEqual(['b', 'c', 'd', 'a']);
    expect(dueCards(cards, new Date('2025-03-01T00:00:00.000Z'))).toEqual([]);
  });
});
