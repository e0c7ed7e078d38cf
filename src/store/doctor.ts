import type { Database } from 'better-sqlite3';
import { schemaVersion } from './migrations.js';

/** What `kefu doctor` found: every problem SQLite's check reports, and what the database holds. */
export interface Checkup {
  /** SQLite's own words, one problem each; empty when every page and index is sound. */
  readonly problems: readonly string[];
  /** Whether the check was SQLite's full one (indexes against their tables too) or the quick one. */
  readonly full: boolean;
  readonly bytes: number;
  readonly schemaVersion: number;
  readonly sessions: number;
  readonly turns: number;
  readonly answers: number;
}

/** At most this many problems are listed: past the first few, more says nothing new. */
export const PROBLEMS_LISTED = 20;

/**
 * Checks every page of the database with SQLite's `integrity_check` (or, `full` false, its
 * `quick_check`), and that every turn belongs to a session. The counts are read only when the
 * check passed: a damaged table may not count.
 */
export function checkup(db: Database, full: boolean): Checkup {
  const rows = db.pragma(`${full ? 'integrity_check' : 'quick_check'}(${PROBLEMS_LISTED})`) as Record<string, string>[];
  const problems = rows.map((r) => Object.values(r)[0] ?? '').filter((p) => p !== 'ok');
  if (problems.length === 0) {
    const orphans = db.prepare('SELECT count(*) AS n FROM turns WHERE session_id NOT IN (SELECT id FROM sessions)').get() as { n: number };
    if (orphans.n > 0) problems.push(`${orphans.n} turns belong to no session`);
  }
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const count = (table: string): number => (problems.length > 0 ? 0 : (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
  return { problems, full, bytes: pageCount * pageSize, schemaVersion: schemaVersion(db), sessions: count('sessions'), turns: count('turns'), answers: count('quiz_answers') };
}
