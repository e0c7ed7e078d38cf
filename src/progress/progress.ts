import { dueCards } from '../quiz/due.js';
import type { FaultCount } from './faults.js';
import { faultCounts } from './faults.js';
import type { MethodMastery } from './mastery.js';
import { stepMastery } from './mastery.js';
import type { CardRecord } from '../quiz/records.js';
import { byStart } from './records.js';
import type { Candidate, Recommendation } from './recommend.js';
import { recommend } from './recommend.js';
import type { SessionSummary } from './summary.js';

/** The scores shown in the trend: the latest this many completed sessions. */
export const TREND_LENGTH = 20;

export interface ScenarioProgress {
  readonly id: string;
  /** The latest session's title. */
  readonly title: string;
  /** Sessions started, abandoned ones included. */
  readonly played: number;
  readonly completed: number;
  /** Over completed sessions; absent when none completed. */
  readonly best?: number;
  readonly last?: number;
}

export interface QuizProgress {
  /** Questions answered at least once: one card each. */
  readonly answered: number;
  /** Questions due for review now: what `kefu quiz --due` asks, or names as no longer found. */
  readonly due: number;
  /** When the next question not yet due falls due, ISO 8601. */
  readonly nextDue?: string;
}

/** What `kefu progress` shows, and prints with `--json`. */
export interface Progress {
  readonly trainee: string;
  readonly sessions: { readonly total: number; readonly completed: number; readonly abandoned: number };
  /** Most recently played first. */
  readonly scenarios: readonly ScenarioProgress[];
  readonly methods: readonly MethodMastery[];
  readonly faults: readonly FaultCount[];
  /** Scores of the latest completed sessions, oldest first. */
  readonly trend: readonly number[];
  readonly quiz: QuizProgress;
  readonly recommendation: Recommendation;
}

/**
 * The review figures from the stored cards alone: due as {@link dueCards} has it, which is what
 * `kefu quiz --due` asks, and when the first card not yet due falls due. No question is looked
 * up: a card whose question is gone still counts, and `kefu quiz --due` says it skips it.
 */
export function quizProgress(cards: readonly CardRecord[], now: Date): QuizProgress {
  const due = dueCards(cards, now);
  const later = cards.filter((c) => !due.includes(c)).map((c) => c.due).sort();
  return { answered: cards.length, due: due.length, ...(later[0] ? { nextDue: later[0] } : {}) };
}

/** Scenarios tried, most recently played first, with best and last score over completed sessions. */
export function scenarioProgress(sessions: readonly SessionSummary[]): ScenarioProgress[] {
  const chronological = [...sessions].sort(byStart);
  const by = new Map<string, { title: string; played: number; completed: number; best?: number; last?: number; order: number }>();
  chronological.forEach((s, i) => {
    const e = by.get(s.scenario) ?? { title: s.title, played: 0, completed: 0, order: i };
    e.title = s.title;
    e.played++;
    e.order = i;
    if (s.status === 'completed' && s.score !== undefined) {
      e.completed++;
      e.best = Math.max(e.best ?? 0, s.score);
      e.last = s.score;
    }
    by.set(s.scenario, e);
  });
  return [...by.entries()]
    .sort(([, a], [, b]) => b.order - a.order)
    .map(([id, e]) => ({ id, title: e.title, played: e.played, completed: e.completed, ...(e.best !== undefined ? { best: e.best } : {}), ...(e.last !== undefined ? { last: e.last } : {}) }));
}

/** Scores of the latest `length` completed sessions, oldest first. */
export function scoreTrend(sessions: readonly SessionSummary[], length = TREND_LENGTH): number[] {
  return [...sessions]
    .filter((s) => s.status === 'completed' && s.score !== undefined)
    .sort(byStart)
    .map((s) => s.score!)
    .slice(-length);
}

/** Everything `kefu progress` says about one trainee. Pure: records in, plain data out. */
export function progressOf(trainee: string, sessions: readonly SessionSummary[], candidates: readonly Candidate[], quiz: QuizProgress): Progress {
  const completed = sessions.filter((s) => s.status === 'completed').length;
  return {
    trainee,
    sessions: { total: sessions.length, completed, abandoned: sessions.length - completed },
    scenarios: scenarioProgress(sessions),
    methods: stepMastery(sessions),
    faults: faultCounts(sessions),
    trend: scoreTrend(sessions),
    quiz,
    recommendation: recommend(sessions, candidates),
  };
}
