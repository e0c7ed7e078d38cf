import { roundTo } from '../model/round.js';
import type { RankedStep } from './mastery.js';
import { stepMastery, stepsWeakestFirst } from './mastery.js';
import type { Named } from './records.js';
import type { SessionSummary } from './summary.js';

/** A scenario that could be recommended: what the catalogue says about it. */
export interface Candidate {
  readonly id: string;
  readonly title: string;
  readonly personality: Named;
  readonly methods: readonly string[];
  readonly difficulty: number;
}

export interface PersonalityScore {
  readonly personality: Named;
  /** Mean score of the completed sessions with this personality, to 1 place. */
  readonly average: number;
  readonly sessions: number;
}

/** What to play next, and why. */
export type Recommendation =
  /** No completed session yet: the easiest scenario, when there is one. */
  | { readonly kind: 'first'; readonly scenario?: Candidate }
  | {
      readonly kind: 'practise';
      /** The weakest step that some candidate grades, or the weakest of all when none does. */
      readonly step: RankedStep;
      /** The personality with the lowest average score. */
      readonly personality: PersonalityScore;
      /** Absent when no candidate grades any step played so far. */
      readonly scenario?: Candidate;
    };

/** Completed sessions' mean score per personality, the worst first (then by id). */
export function personalityScores(sessions: readonly SessionSummary[]): PersonalityScore[] {
  const by = new Map<string, { personality: Named; total: number; n: number }>();
  for (const s of sessions) {
    if (s.status !== 'completed' || s.score === undefined) continue;
    const e = by.get(s.personality.id) ?? { personality: s.personality, total: 0, n: 0 };
    e.total += s.score;
    e.n++;
    by.set(s.personality.id, e);
  }
  return [...by.values()]
    .map((e) => ({ personality: e.personality, average: roundTo(e.total / e.n, 1), sessions: e.n }))
    .sort((a, b) => a.average - b.average || a.personality.id.localeCompare(b.personality.id));
}

/**
 * The next scenario for a trainee. With no completed session: the easiest candidate (lowest
 * difficulty, then id). Otherwise the weakest step (lowest in-order share, ties by place in its
 * method, then id) and the worst personality (lowest average score); among the candidates
 * that grade that step's method, those with the worst personality first, then the one played
 * least, then the lowest best score, then the easiest, then by id. When no candidate grades
 * the weakest step, the next weakest step that one grades is taken.
 */
export function recommend(sessions: readonly SessionSummary[], candidates: readonly Candidate[]): Recommendation {
  const completed = sessions.filter((s) => s.status === 'completed');
  const worst = personalityScores(completed)[0];
  const ranked = stepsWeakestFirst(stepMastery(completed));
  if (!worst || ranked.length === 0) {
    const easiest = [...candidates].sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id))[0];
    return { kind: 'first', ...(easiest ? { scenario: easiest } : {}) };
  }
  const played = new Map<string, number>();
  const best = new Map<string, number>();
  for (const s of sessions) played.set(s.scenario, (played.get(s.scenario) ?? 0) + 1);
  for (const s of completed) best.set(s.scenario, Math.max(best.get(s.scenario) ?? -1, s.score ?? -1));
  for (const step of ranked) {
    const fitting = candidates.filter((c) => c.methods.includes(step.method.id));
    if (fitting.length === 0) continue;
    const pick = [...fitting].sort(
      (a, b) =>
        Number(b.personality.id === worst.personality.id) - Number(a.personality.id === worst.personality.id) ||
        (played.get(a.id) ?? 0) - (played.get(b.id) ?? 0) ||
        (best.get(a.id) ?? -1) - (best.get(b.id) ?? -1) ||
        a.difficulty - b.difficulty ||
        a.id.localeCompare(b.id),
    )[0]!;
    return { kind: 'practise', step, personality: worst, scenario: pick };
  }
  return { kind: 'practise', step: ranked[0]!, personality: worst };
}
