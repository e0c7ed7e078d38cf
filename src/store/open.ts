import type { BigIntStats, Stats } from 'node:fs';
import { accessSync, closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { folderFailure, reasonOf, StoreError, storeFailure } from './errors.js';
import { APPLICATION_ID, checkKefuDatabase, migrate, SCHEMA_VERSION } from './migrations.js';

/** How long a write waits for another process's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

const SQLITE_MAGIC = 'SQLite format 3\0';

type Sqlite = typeof import('better-sqlite3');

/**
 * Looks at the header without SQLite: a file that is not a SQLite database, or whose header
 * already says it is another program's or a newer kefu's, is reported before anything could
 * open it for writing, put side files next to it or copy it whole. Returns whether the file is
 * empty, which is fine: a command that writes makes it a database.
 */
function checkHeader(file: string): { readonly empty: boolean } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw storeFailure(e, file);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new StoreError('is-folder', file);
    if (stat.size === 0) return { empty: true };
    // The 100-byte database header, then page 1's b-tree header: the schema table's root.
    const header = Buffer.alloc(108);
    const n = readSync(fd, header, 0, header.length, 0);
    if (n < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) throw new StoreError('not-sqlite', file);
    const pageSize = header.readUInt16BE(16);
    const validPageSize = pageSize === 1 || (pageSize >= 512 && pageSize <= 32768 && (pageSize & (pageSize - 1)) === 0);
    if (!validPageSize) throw new StoreError('bad-header', file);
    // The file may lag behind its log, but never so that kefu's database looks like another's:
    // kefu's first migration sets the mark together with the tables and the version.
    const id = header.readInt32BE(68);
    const version = header.readInt32BE(60);
    const schemaEntries = n === 108 && (header[100] === 0x05 || (header[100] === 0x0d && header.readUInt16BE(103) > 0));
    if (id !== APPLICATION_ID && (id !== 0 || version !== 0 || schemaEntries)) throw new StoreError('not-kefu', file, `application id ${id}, schema version ${version}`);
    if (version > SCHEMA_VERSION) throw new StoreError('newer-schema', file, String(version));
    return { empty: false };
  } catch (e) {
    throw storeFailure(e, file);
  } finally {
    closeSync(fd);
  }
}

/** Whether SQLite's log or journal lies beside the database: then another connection may be writing, or one left work unfinished. */
function hasLog(file: string): boolean {
  return existsSync(`${file}-wal`) || existsSync(`${file}-journal`);
}

function unchanged(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/**
 * The database's bytes as of one moment, read without writing to it or creating anything
 * beside it. With no log beside it the file is the whole database, and a writer that comes
 * along changes it only when it checkpoints: the file read is good when it has not changed
 * while it was read. With a log, another connection is writing or one left committed work
 * in the log: SQLite reads the database through it, read-only, under its locks, and the side
 * files it needs are there already.
 */
function databaseBytes(Sqlite: Sqlite, file: string): Buffer {
  for (let attempt = 0; attempt < 3 && !hasLog(file); attempt++) {
    const before = statSync(file, { bigint: true });
    const bytes = readFileSync(file);
    if (!hasLog(file) && unchanged(before, statSync(file, { bigint: true }))) return bytes;
  }
  const db = new Sqlite(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    return db.serialize();
  } finally {
    db.close();
  }
}

/** The database in `bytes` as an in-memory database: a copy, so nothing done to it reaches the file. */
function inMemory(Sqlite: Sqlite, bytes: Buffer): Database {
  // Bytes 18 and 19 say WAL; an in-memory database has no log and refuses to open so marked.
  if (bytes.length >= 100 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
  return new Sqlite(bytes);
}

/**
 * Everything kefu checks before it writes, on a copy: the database is kefu's, at a version
 * this kefu knows, and SQLite's quick check of every page passes. Returns the schema version.
 */
function checkCopy(db: Database, file: string): number {
  const version = checkKefuDatabase(db, file);
  const verdict = db.pragma('quick_check(1)', { simple: true });
  if (verdict !== 'ok') throw new StoreError('damaged', file, String(verdict));
  return version;
}

/** `path`'s stat, or `undefined` when nothing is there (ENOENT) or a file above it is not a folder (ENOTDIR). */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/**
 * Creates `dir` one level at a time, from the first missing one down. Node's recursive
 * `mkdirSync` retries a parent on ENOENT and never ends where the parent exists yet refuses
 * children (`/proc`); here the first level that cannot be made is the answer.
 * A file on the way is named: `folder-blocked`, with the file as the detail.
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  let d = dir;
  for (;;) {
    const found = statOrNothing(d);
    if (found) {
      if (!found.isDirectory()) throw new StoreError('folder-blocked', dir, d);
      break;
    }
    missing.push(d);
    if (dirname(d) === d) break;
    d = dirname(d);
  }
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (e) {
      // Another kefu made it meanwhile.
      if ((e as { code?: unknown }).code === 'EEXIST' && statSync(m).isDirectory()) continue;
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
    throw e instanceof StoreError ? e : folderFailure(e, dir);
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
      if (reasonOf(e) !== 'busy' || Date.now() >= deadline) throw e;
      // Nothing else runs while kefu opens its database: blocking the thread briefly is fine.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/**
 * Opens the database at `file`. An existing database is checked first on a copy in memory, so
 * that a file that is not a kefu database, one from a newer kefu or a damaged one is a
 * {@link StoreError} and stays byte for byte as it was, with nothing new beside it.
 *
 * With `create`, for commands that write: the file (and its folder) is made when missing; then
 * WAL mode, a busy timeout, and the migrations up to the current schema.
 *
 * Without `create`, for commands that only read: the checked copy is what they read, so they
 * write nothing, create nothing beside the file and need no write permission anywhere. A
 * missing or empty database gives `undefined` (nothing recorded yet). A database at an older
 * schema is migrated in the copy only: the file keeps its version until a command that writes
 * opens it, and reading it needs nothing else.
 */
export async function openDatabase(file: string, options: { readonly create: boolean }): Promise<Database | undefined> {
  const header = existsSync(file) ? checkHeader(file) : undefined;
  if ((!header || header.empty) && !options.create) return undefined;

  // A CommonJS module: loaded from ESM its exports arrive as `default`.
  const loaded = (await import('better-sqlite3')) as unknown as { default: Sqlite };
  const Sqlite = loaded.default;
  if (header && !header.empty) {
    let copy: Database | undefined;
    try {
      copy = inMemory(Sqlite, databaseBytes(Sqlite, file));
      const version = checkCopy(copy, file);
      if (!options.create) {
        // Version 0 with nothing in it: a file kefu created and never got to migrate.
        if (version === 0) return undefined;
        migrate(copy, file);
        copy.pragma('query_only = ON');
        const read = copy;
        copy = undefined;
        return read;
      }
    } catch (e) {
      throw storeFailure(e, file);
    } finally {
      copy?.close();
    }
  }

  ensureWritableFolder(dirname(file));
  let db: Database;
  try {
    db = new Sqlite(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    throw storeFailure(e, file);
  }
  try {
    // Again on the file itself, before anything writes to it: it may have been created, by
    // another kefu or anyone, since it was looked at.
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
