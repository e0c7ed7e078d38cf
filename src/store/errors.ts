/**
 * Why the store cannot be used. `corrupt`: not a SQLite database, or a damaged one;
 * `foreign`: a SQLite database that is not kefu's; `newer`: written by a later kefu;
 * `unreadable`: the file cannot be opened; `unwritable`: the data folder cannot be written;
 * `busy`: another process kept it locked; `failed`: anything else SQLite reports.
 */
export type StoreProblem = 'corrupt' | 'foreign' | 'newer' | 'unreadable' | 'unwritable' | 'busy' | 'failed';

/** The store cannot be used; `path` is the database file or, for `unwritable`, the folder. */
export class StoreError extends Error {
  constructor(
    readonly problem: StoreProblem,
    readonly path: string,
    /** What the system or SQLite said, or for `newer` the schema version found. */
    readonly detail: string,
  ) {
    super(`${path}: ${problem}: ${detail}`);
  }
}

/** SQLite's and Node's error codes, mapped to what they mean for the user. */
export function problemOf(e: unknown): StoreProblem {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return 'failed';
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return 'unreadable';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_FULL' || code === 'EROFS' || code === 'ENOSPC') return 'unwritable';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  return 'failed';
}

/** A StoreError for any failure: StoreErrors pass through, others are classified by their code. */
export function storeFailure(e: unknown, path: string): StoreError {
  if (e instanceof StoreError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new StoreError(problemOf(e), path, detail);
}
