import type { Named } from './records.js';
import { byStart } from './records.js';
import type { SessionSummary } from './summary.js';

export interface FaultCount extends Named {
  /** Times committed. */
  readonly count: number;
  /** Sessions in which it was committed at least once. */
  readonly sessions: number;
}

/**
 * Every fault committed, most frequent first (then id), counted over all sessions, abandoned
 * ones too: a fault is recorded the moment it is made. Names are the latest session's.
 */
export function faultCounts(sessions: readonly SessionSummary[]): FaultCount[] {
  const latestFirst = [...sessions].sort((a, b) => byStart(b, a));
  const counts = new Map<string, { fault: Named; count: number; sessions: number }>();
  for (const s of latestFirst) {
    const seen = new Set<string>();
    for (const f of s.faults) {
      const entry = counts.get(f.id) ?? { fault: { id: f.id, name: f.name, name_en: f.name_en }, count: 0, sessions: 0 };
      entry.count++;
      if (!seen.has(f.id)) entry.sessions++;
      seen.add(f.id);
      counts.set(f.id, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.fault.id.localeCompare(b.fault.id)).map((e) => ({ ...e.fault, count: e.count, sessions: e.sessions }));
}
