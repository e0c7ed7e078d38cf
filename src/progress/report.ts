import { roundTo } from '../model/round.js';
import type { FaultCount } from './faults.js';
import { faultCounts } from './faults.js';
import type { MethodMastery } from './mastery.js';
import { stepMastery } from './mastery.js';
import type { MethodSnapshot } from './records.js';
import type { SessionSummary } from './summary.js';

export interface TraineeReport {
  readonly trainee: string;
  readonly sessions: number;
  readonly completed: number;
  /** Mean score of the completed sessions, to 1 place; absent when none completed. */
  readonly averageScore?: number;
  /** Step mastery per method the trainee was graded on. */
  readonly methods: readonly MethodMastery[];
  /** Most frequent first. */
  readonly faults: readonly FaultCount[];
}

/** What `kefu report` shows, and prints with `--json`. */
export interface TeamReport {
  /** Sessions counted, duplicates once. */
  readonly sessions: number;
  /** Every method any trainee was graded on, steps in order: the table's columns. */
  readonly methods: readonly MethodSnapshot[];
  /** By trainee name. */
  readonly trainees: readonly TraineeReport[];
}

/**
 * Merges the sessions of several exports into one report. A session is the same session when
 * its trainee, id and start time are: given twice (the same export passed twice, or exports that
 * overlap) it counts once. What always holds: each trainee's figures are those progress shows
 * for the same sessions.
 */
export function teamReport(sessions: readonly SessionSummary[]): TeamReport {
  const seen = new Set<string>();
  const unique = sessions.filter((s) => {
    const key = JSON.stringify([s.trainee, s.id, s.startedAt]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const byTrainee = new Map<string, SessionSummary[]>();
  for (const s of unique) byTrainee.set(s.trainee, [...(byTrainee.get(s.trainee) ?? []), s]);
  const trainees = [...byTrainee.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([trainee, list]): TraineeReport => {
      const scores = list.flatMap((s) => (s.status === 'completed' && s.score !== undefined ? [s.score] : []));
      return {
        trainee,
        sessions: list.length,
        completed: scores.length,
        ...(scores.length > 0 ? { averageScore: roundTo(scores.reduce((a, b) => a + b, 0) / scores.length, 1) } : {}),
        methods: stepMastery(list),
        faults: faultCounts(list),
      };
    });
  const methods = stepMastery(unique).map((m) => ({ id: m.id, name: m.name, name_en: m.name_en, steps: m.steps.map((s) => ({ id: s.id, name: s.name, name_en: s.name_en })) }));
  return { sessions: unique.length, methods, trainees };
}
