import { dirname } from 'node:path';

/**
 * Why the store cannot be used. `corrupt`: not a SQLite database, or a damaged one;
 * `foreign`: a SQLite database that is not kefu's; `newer`: written by a later kefu;
 * `unreadable`: the file cannot be opened; `unwritable`: the data folder or the file cannot be
 * written; `busy`: another process kept it locked; `failed`: anything else SQLite reports.
 */
export type StoreProblem = 'corrupt' | 'foreign' | 'newer' | 'unreadable' | 'unwritable' | 'busy' | 'failed';

/** What exactly is wrong, each with its problem; each has its message in both languages (messages.ts). */
const REASONS = {
  /** The file does not start as a SQLite database does. */
  'not-sqlite': 'corrupt',
  /** SQLite's 100-byte header is damaged. */
  'bad-header': 'corrupt',
  /** Pages inside are damaged: SQLite's quick check or a read found it. */
  damaged: 'corrupt',
  /** Another program's database: another application id, or none with tables in it. */
  'not-kefu': 'foreign',
  /** A schema version this kefu does not know; `detail` is the version. */
  'newer-schema': 'newer',
  /** A folder where the database file should be. */
  'is-folder': 'unreadable',
  /** The system denies kefu the file. */
  'no-permission': 'unreadable',
  /** The file cannot be opened for another reason; `code` says which. */
  'cannot-open': 'unreadable',
  /** The system denies kefu new files in the data folder. */
  'folder-denied': 'unwritable',
  /** The data folder takes no new files: its permissions or its file system. */
  'folder-read-only': 'unwritable',
  /** A file stands where the data folder, or a folder above it, should be; `detail` is that file. */
  'folder-blocked': 'unwritable',
  /** The system refuses the data folder for another reason (under /proc, say); `code` says which. */
  'folder-refused': 'unwritable',
  /** The database file cannot be written. */
  'file-read-only': 'unwritable',
  'disk-full': 'unwritable',
  /** Another process held the lock for the whole busy timeout. */
  busy: 'busy',
  /** Anything else; `code` and `detail` are SQLite's or the system's own. */
  failed: 'failed',
} as const satisfies Record<string, StoreProblem>;

export type StoreReason = keyof typeof REASONS;

/** Every reason, in the order above. */
export const STORE_REASONS = Object.keys(REASONS) as StoreReason[];

/** The store cannot be used; `path` is the database file or, for the `folder-…` reasons, the data folder. */
export class StoreError extends Error {
  readonly problem: StoreProblem;

  constructor(
    readonly reason: StoreReason,
    readonly path: string,
    /** What the system or SQLite said, or for `newer-schema` the schema version found. */
    readonly detail = '',
    /** The system's or SQLite's error code, when there is one. */
    readonly code = '',
  ) {
    super(`${path}: ${reason}${code ? ` (${code})` : ''}${detail ? `: ${detail}` : ''}`);
    this.problem = REASONS[reason];
  }
}

/** The error code Node or SQLite gave, or the error's name. */
function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return e instanceof Error ? e.name : '';
}

/** SQLite's and Node's error codes about the database file, mapped to what they mean for the user. */
export function reasonOf(e: unknown): StoreReason {
  const code = codeOf(e);
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return 'damaged';
  if (code === 'EISDIR') return 'is-folder';
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM') return 'no-permission';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT') return 'cannot-open';
  // SQLite could not create its journal or log beside the file.
  if (code === 'SQLITE_READONLY_DIRECTORY') return 'folder-read-only';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'file-read-only';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'disk-full';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  return 'failed';
}

/** What a failure to make or write into the data folder means. */
export function folderReasonOf(e: unknown): StoreReason {
  const code = codeOf(e);
  if (code === 'EACCES' || code === 'EPERM') return 'folder-denied';
  if (code === 'EROFS') return 'folder-read-only';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'folder-blocked';
  if (code === 'ENOSPC') return 'disk-full';
  return 'folder-refused';
}

function detailOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * A StoreError for any failure about the database `file`: StoreErrors pass through, others
 * are classified by their code. One that is about the folder names the folder.
 */
export function storeFailure(e: unknown, file: string): StoreError {
  if (e instanceof StoreError) return e;
  const reason = reasonOf(e);
  return new StoreError(reason, reason.startsWith('folder-') ? dirname(file) : file, detailOf(e), codeOf(e));
}

/** A StoreError for a failure to make the data folder `dir` or to write in it. */
export function folderFailure(e: unknown, dir: string): StoreError {
  const reason = folderReasonOf(e);
  // Which file is in the way is not known here: the folder itself, as far as can be said.
  return new StoreError(reason, dir, reason === 'folder-blocked' ? dir : detailOf(e), codeOf(e));
}
