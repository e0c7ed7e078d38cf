import { accessSync, closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { problemOf, StoreError, storeFailure } from './errors.js';
import { checkKefuDatabase, migrate } from './migrations.js';

/** How long a write waits for another process's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Looks at the first 100 bytes without SQLite: a file that is not a SQLite database is
 * reported before anything could open it for writing or put side files next to it.
 * An empty file is fine: SQLite makes it a database.
 */
function checkHeader(file: string): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw storeFailure(e, file);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new StoreError('unreadable', file, 'it is a folder, not a file');
    if (stat.size === 0) return;
    const header = Buffer.alloc(100);
    const n = readSync(fd, header, 0, header.length, 0);
    if (n < header.length || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) throw new StoreError('corrupt', file, 'not a SQLite database');
    const pageSize = header.readUInt16BE(16);
    const validPageSize = pageSize === 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) === 0);
    if (!validPageSize) throw new StoreError('corrupt', file, 'damaged header');
  } catch (e) {
    throw storeFailure(e, file);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates `dir` one level at a time, from the first missing one down. Node's recursive
 * `mkdirSync` retries a parent on ENOENT and never ends where the parent exists yet refuses
 * children (`/proc`); here the first level that cannot be made is the answer.
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; statSync(d, { throwIfNoEntry: false }) === undefined; d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      // Another kefu made it meanwhile.
      if ((e as { code?: unknown }).code === 'EEXIST' && statSync(d).isDirectory()) continue;
      throw e;
    }
  }
}

/** The folder must take new files: SQLite keeps its write-ahead log beside the database. */
function ensureWritableFolder(dir: string): void {
  try {
    makeFolder(dir);
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new StoreError('unwritable', dir, e instanceof Error ? e.message : String(e));
  }
}

/**
 * Switches the database to WAL, waiting for another kefu switching it at the same moment. The
 * switch takes the write lock while the connection already reads, so SQLite answers
 * SQLITE_BUSY at once instead of waiting (waiting there could deadlock two readers); here it
 * is tried again until the busy timeout has passed.
 */
function switchToWal(db: Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if (problemOf(e) !== 'busy' || Date.now() >= deadline) throw e;
      // Nothing else runs while kefu opens its database: blocking the thread briefly is fine.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/**
 * Opens the database at `file`, creating it (and its folder) when `create` is set and it does
 * not exist; without `create` a missing file gives `undefined`. The database is checked before
 * anything is written: a file that is not a kefu database, or one from a newer kefu, is a
 * {@link StoreError} and stays byte for byte as it was. Then: WAL mode, a busy timeout, and the
 * migrations up to the current schema.
 */
export async function openDatabase(file: string, options: { readonly create: boolean }): Promise<Database | undefined> {
  if (existsSync(file)) checkHeader(file);
  else if (!options.create) return undefined;
  ensureWritableFolder(dirname(file));

  // A CommonJS module: loaded from ESM its exports arrive as `default`.
  const loaded = (await import('better-sqlite3')) as unknown as { default: typeof import('better-sqlite3') };
  const Sqlite = loaded.default;
  let db: Database;
  try {
    db = new Sqlite(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    throw storeFailure(e, file);
  }
  try {
    // Reads first: a damaged file, or one that is not kefu's, fails here, before a pragma or
    // a migration writes to it.
    checkKefuDatabase(db, file);
    switchToWal(db);
    // With WAL, NORMAL loses no committed transaction when kefu is killed; only a power cut
    // can take back the last ones.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    return db;
  } catch (e) {
    db.close();
    throw storeFailure(e, file);
  }
}
