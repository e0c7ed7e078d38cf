import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../../src/quiz/records.js';
import { progressOf, quizProgress, scenarioProgress, scoreTrend, TREND_LENGTH } from '../../src/progress/progress.js';
import { dueCards } from '../../src/quiz/due.js';
import { candidate, session } from './sessions.js';

const card = (question: string, due: string): CardRecord => ({
  trainee: 'wang',
  question,
  due,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
});

describe('scenarioProgress', () => {
  it('best and last over completed sessions, most recently played first; abandoned ones count as played', () => {
    const rows = scenarioProgress([
      session({ scenario: 'a', score: 70, day: 1 }),
      session({ scenario: 'b', score: 40, day: 2 }),
      session({ scenario: 'a', score: 90, day: 3 }),
      session({ scenario: 'a', score: 60, day: 4 }),
      session({ scenario: 'c', day: 5 }),
    ]);
    expect(rows).toEqual([
      { id: 'c', title: 'c title', played: 1, completed: 0 },
      { id: 'a', title: 'a title', played: 3, completed: 3, best: 90, last: 60 },
      { id: 'b', title: 'b title', played: 1, completed: 1, best: 40, last: 40 },
    ]);
  });
});

describe('scoreTrend', () => {
  it('completed scores oldest first, the latest ones only', () => {
    const many = Array.from({ length: TREND_LENGTH + 5 }, (_, i) => session({ score: i, day: i + 1 }));
    expect(scoreTrend([...many].reverse())).toEqual(Array.from({ length: TREND_LENGTH }, (_, i) => i + 5));
    expect(scoreTrend([session({ score: 50, day: 2 }), session({ day: 3 }), session({ score: 70, day: 1 })])).toEqual([70, 50]);
  });
});

describe('quizProgress', () => {
  it('counts the cards dueCards gives, from their due dates alone, and says when the next one falls due', () => {
    const now = new Date('2025-03-10T12:00:00.000Z');
    const cards = [card('a', '2025-03-10T12:00:00.000Z'), card('b', '2025-03-01T00:00:00.000Z'), card('gone', '2025-03-01T00:00:00.000Z'), card('c', '2025-03-12T00:00:00.000Z'), card('d', '2025-03-11T00:00:00.000Z')];
    expect(quizProgress(cards, now)).toEqual({ answered: 5, due: 3, nextDue: '2025-03-11T00:00:00.000Z' });
    expect(quizProgress(cards, now).due).toBe(dueCards(cards, now).length);
    expect(quizProgress(cards, new Date('2025-03-12T00:00:00.000Z'))).toEqual({ answered: 5, due: 5 });
    expect(quizProgress([], now)).toEqual({ answered: 0, due: 0 });
  });
});

describe('progressOf', () => {
  it('puts the figures together', () => {
    const p = progressOf(
      'wang',
      [session({ scenario: 'a', score: 80, methods: { emotional: 'imi' }, faults: ['cold'] }), session({ scenario: 'b', faults: ['cold', 'argue'] })],
      [candidate('hotpot', 'plain', ['emotional'])],
      { answered: 0, due: 0 },
    );
    expect(p.sessions).toEqual({ total: 2, completed: 1, abandoned: 1 });
    expect(p.scenarios.map((s) => s.id)).toEqual(['b', 'a']);
    expect(p.faults.map((f) => [f.id, f.count])).toEqual([
      ['cold', 2],
      ['argue', 1],
    ]);
    expect(p.trend).toEqual([80]);
    expect(p.recommendation).toMatchObject({ kind: 'practise', step: { step: { id: 'empathy' } }, scenario: { id: 'hotpot' } });
  });
});
