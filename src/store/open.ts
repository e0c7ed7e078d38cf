import type { BigIntStats, Stats } from 'node:fs';
import { accessSync, chmodSync, closeSync, constants, copyFileSync, fstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { folderFailure, reasonOf, StoreError, storeFailure } from './errors.js';
import { APPLICATION_ID, checkKefuDatabase, migrate, SCHEMA_VERSION } from './migrations.js';

/** How long a write waits for another process's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Up to this size SQLite's quick check of every page runs at each open: a few milliseconds.
 * Above it the checks at open are those of the header and the file's size, and `kefu doctor`
 * checks every page when asked.
 */
export const QUICK_CHECK_MAX_BYTES = 2 * 1024 * 1024;

const SQLITE_MAGIC = 'SQLite format 3\0';
/** A write-ahead log's header: its magic number (either byte order of its checksums) and format version. */
const WAL_MAGIC = [0x377f0682, 0x377f0683];
const WAL_VERSION = 3007000;

type Sqlite = typeof import('better-sqlite3');

/** What the header says, read without SQLite. */
interface Header {
  /** A file of no bytes: a command that writes makes it a database. */
  readonly empty: boolean;
  readonly pageSize: number;
  /** Bytes 18 and 19 say WAL: SQLite then reads through a log and its index, creating them when missing. */
  readonly wal: boolean;
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

/** Waits `ms` milliseconds; nothing else runs while kefu opens its database, so blocking the thread briefly is fine. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Opens `file` for reading only if it is a regular file. A FIFO would block the open until a
 * writer came, so the kind is taken from `stat` first, and the open itself does not wait
 * (O_NONBLOCK) in case something else was put there in between.
 */
function openRegular(file: string): number {
  const stat = statSync(file);
  if (stat.isDirectory()) throw new StoreError('is-folder', file);
  if (!stat.isFile()) throw new StoreError('not-a-file', file);
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw new StoreError('not-a-file', file);
  }
  return fd;
}

/** Whether a rollback journal or a write-ahead log lies beside the database: then the file alone may lag behind. */
function hasLog(file: string): boolean {
  return statOrNothing(`${file}-wal`) !== undefined || statOrNothing(`${file}-journal`) !== undefined;
}

/**
 * Looks at the header without SQLite: a file that is not a SQLite database, whose header
 * already says it is another program's or a newer kefu's, or whose size is not what its header
 * says (cut short, or with bytes added at its end) is reported before anything could open it for
 * writing, put side files next to it or read it further.
 */
function checkHeader(file: string): Header {
  let fd: number;
  try {
    fd = openRegular(file);
  } catch (e) {
    throw storeFailure(e, file);
  }
  try {
    // A checkpoint writes page 1 first and the pages after it next: while a log is there the
    // size may be short of the header's for a moment, so it is looked at again before judging.
    for (let attempt = 0; ; attempt++) {
      const header = readHeader(fd, file);
      if (header.empty || header.sizeProblem === undefined) return header;
      if (attempt >= 50 || !hasLog(file)) throw new StoreError(header.sizeProblem, file);
      sleep(20);
    }
  } catch (e) {
    throw storeFailure(e, file);
  } finally {
    closeSync(fd);
  }
}

function readHeader(fd: number, file: string): Header & { readonly sizeProblem?: 'cut-short' | 'overlong' } {
  const size = fstatSync(fd).size;
  if (size === 0) return { empty: true, pageSize: 0, wal: false };
  // The 100-byte database header, then page 1's b-tree header: the schema table's root.
  const header = Buffer.alloc(108);
  const n = readSync(fd, header, 0, header.length, 0);
  if (n < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) throw new StoreError('not-sqlite', file);
  const rawPageSize = header.readUInt16BE(16);
  const validPageSize = rawPageSize === 1 || (rawPageSize >= 512 && rawPageSize <= 32768 && (rawPageSize & (rawPageSize - 1)) === 0);
  if (!validPageSize) throw new StoreError('bad-header', file);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // The file may lag behind its log, but never so that kefu's database looks like another's:
  // kefu's first migration sets the mark together with the tables and the version.
  const id = header.readInt32BE(68);
  const version = header.readInt32BE(60);
  const schemaEntries = n === 108 && (header[100] === 0x05 || (header[100] === 0x0d && header.readUInt16BE(103) > 0));
  if (id !== APPLICATION_ID && (id !== 0 || version !== 0 || schemaEntries)) throw new StoreError('not-kefu', file, `application id ${id}, schema version ${version}`);
  if (version > SCHEMA_VERSION) throw new StoreError('newer-schema', file, String(version));
  const wal = header[18] === 2 || header[19] === 2;
  // The page count in the header counts only when the change counter and its "valid for" copy
  // agree (SQLite has written both since 3.7.0); a whole number of pages is always required.
  const pages = header.readUInt32BE(28);
  const countValid = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  if (countValid && size < pages * pageSize) return { empty: false, pageSize, wal, sizeProblem: 'cut-short' };
  if (countValid && size > pages * pageSize) return { empty: false, pageSize, wal, sizeProblem: 'overlong' };
  if (size % pageSize !== 0) return { empty: false, pageSize, wal, sizeProblem: 'cut-short' };
  return { empty: false, pageSize, wal };
}

/** What lies beside the database: SQLite's log, its index and a rollback journal, each only when it is a regular file. */
interface SideFiles {
  /** The write-ahead log, when there is one with something in it or none at all. */
  readonly wal: boolean;
  readonly shm: boolean;
  readonly journal: boolean;
}

/**
 * The side files, each checked to be what SQLite would make: a regular file, and a log that
 * starts as SQLite's logs do, for pages of the database's size. Anything else there (a log of
 * another database, a damaged one, a FIFO) is a {@link StoreError} naming it, `stray-log`: kefu
 * would otherwise read it as part of the database or, writing, drop it.
 */
function sideFiles(file: string, pageSize: number): SideFiles {
  const regular = (path: string): boolean => {
    const stat = statOrNothing(path);
    if (stat && !stat.isFile()) throw new StoreError('stray-log', path);
    return stat !== undefined;
  };
  const walPath = `${file}-wal`;
  const wal = regular(walPath);
  if (wal) {
    let fd: number | undefined;
    try {
      fd = openSync(walPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      const size = fstatSync(fd).size;
      if (size > 0) {
        const head = Buffer.alloc(32);
        const n = readSync(fd, head, 0, 32, 0);
        const valid = n === 32 && WAL_MAGIC.includes(head.readUInt32BE(0)) && head.readUInt32BE(4) === WAL_VERSION && head.readUInt32BE(8) === pageSize;
        if (!valid) throw new StoreError('stray-log', walPath);
      }
    } catch (e) {
      throw storeFailure(e, walPath);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return { wal, shm: regular(`${file}-shm`), journal: regular(`${file}-journal`) };
}

function unchanged(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** The database in `bytes` as an in-memory database: a copy, so nothing done to it reaches the file. */
function inMemory(Sqlite: Sqlite, bytes: Buffer): Database {
  // Bytes 18 and 19 say WAL; an in-memory database has no log and refuses to open so marked.
  if (bytes.length >= 100 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
  return new Sqlite(bytes);
}

/**
 * A copy in memory of the database as of one moment, with what its log or journal holds, for
 * the few cases SQLite cannot read in place without creating files beside it or writing to it:
 * a log without its index (the folder of a kefu that was killed, copied), a database an older
 * kefu wrote that must be read at the current schema, a WAL database where kefu may not write.
 * The side files are copied with it into a private folder, where SQLite applies them; the
 * copies are good when no file changed while they were made.
 */
function readCopy(Sqlite: Sqlite, file: string): Database {
  for (let attempt = 0; ; attempt++) {
    const sides = ['-wal', '-journal'].filter((s) => statOrNothing(`${file}${s}`) !== undefined);
    const before = [file, ...sides.map((s) => `${file}${s}`)].map((f) => statSync(f, { bigint: true }));
    if (sides.length === 0) {
      const bytes = readFileSync(file);
      if (unchanged(before[0]!, statSync(file, { bigint: true })) && !hasLog(file)) return inMemory(Sqlite, bytes);
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'kefu-read-'));
      try {
        const copy = join(dir, basename(file));
        copyFileSync(file, copy);
        for (const s of sides) copyFileSync(`${file}${s}`, `${copy}${s}`);
        // The copies are kefu's own, to write, whatever the originals' permissions.
        for (const f of [copy, ...sides.map((s) => `${copy}${s}`)]) chmodSync(f, 0o600);
        const after = [file, ...sides.map((s) => `${file}${s}`)].map((f) => statOrNothing(f) && statSync(f, { bigint: true }));
        if (after.every((a, i) => a !== undefined && unchanged(before[i]!, a))) {
          // SQLite applies the log (or rolls back the journal) in the private copy and folds it
          // into the file, which is then the whole database.
          const db = new Sqlite(copy);
          try {
            db.pragma('journal_mode = DELETE');
          } finally {
            db.close();
          }
          return inMemory(Sqlite, readFileSync(copy));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    if (attempt >= 2) throw new StoreError('busy', file);
    sleep(20);
  }
}

/**
 * Everything kefu checks on an open connection before it reads or writes: the database is
 * kefu's, at a version this kefu knows, and, when the file is small enough for it to be quick,
 * SQLite's quick check of every page passes. Returns the schema version.
 */
function checkOpen(db: Database, file: string, size: number): number {
  const version = checkKefuDatabase(db, file);
  if (size <= QUICK_CHECK_MAX_BYTES) {
    const verdict = db.pragma('quick_check(1)', { simple: true });
    if (verdict !== 'ok') throw new StoreError('damaged', file, String(verdict));
  }
  return version;
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

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
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
      sleep(20);
    }
  }
}

/** How a command that only reads reaches the database. */
type ReadWay = 'in-place' | 'in-place-shared' | 'copy';

/**
 * How to read without writing and without leaving anything beside the file. SQLite reads a
 * database in rollback mode in place, read-only, and one in WAL mode in place when its log and
 * index are there. A WAL database alone (as every kefu leaves it) needs them made: that takes
 * a connection that may write, which, being the last to close, removes them again, and whose
 * SQL is refused every write (`query_only`). What SQLite cannot read in place without creating
 * something that stays is read from a copy.
 */
function readWay(file: string, header: Header, sides: SideFiles): ReadWay {
  if (sides.journal) return 'copy';
  if (sides.wal) return sides.shm ? 'in-place' : 'copy';
  if (!header.wal) return 'in-place';
  return writable(file) && writable(dirname(file)) ? 'in-place-shared' : 'copy';
}

/** Opens for reading the way {@link readWay} chose, holding one snapshot until it closes. */
function openForReading(Sqlite: Sqlite, file: string, way: ReadWay, size: number): { readonly db: Database; readonly version: number } {
  const db = way === 'copy' ? readCopy(Sqlite, file) : new Sqlite(file, { readonly: way === 'in-place', fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma('query_only = ON');
    // One read transaction for the command's every query: what it shows is one moment of the
    // history, whatever another kefu writes meanwhile.
    db.exec('BEGIN');
    const version = checkOpen(db, file, size);
    return { db, version };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Opens the database at `file`, in place. Before SQLite opens it, the header and the size are
 * checked (a file that is not a kefu database, one from a newer kefu, one cut short or with
 * bytes added, a FIFO, a stray log beside it is a {@link StoreError}); then, on the open
 * connection, kefu's mark and version, and every page with SQLite's quick check when the file
 * is small enough for that to be quick. A database refused is left byte for byte as it was,
 * with nothing new beside it.
 *
 * With `create`, for commands that write: the file (and its folder) is made when missing; then
 * WAL mode, a busy timeout, and the migrations up to the current schema. A file kefu may not
 * write is refused before SQLite opens it, so nothing is left beside it.
 *
 * Without `create`, for commands that only read: the database is opened so that nothing is
 * written and nothing stays beside it (see {@link readWay}), and every query reads one
 * snapshot. A missing or empty database gives `undefined` (nothing recorded yet). A database
 * at an older schema is read from a copy migrated in memory: the file keeps its version until
 * a command that writes opens it.
 */
export async function openDatabase(file: string, options: { readonly create: boolean }): Promise<Database | undefined> {
  let found: Stats | undefined;
  try {
    found = statOrNothing(file);
  } catch (e) {
    throw storeFailure(e, file);
  }
  const header = found ? checkHeader(file) : undefined;
  if ((!header || header.empty) && !options.create) return undefined;
  const sides = header && !header.empty ? sideFiles(file, header.pageSize) : undefined;

  // A CommonJS module: loaded from ESM its exports arrive as `default`.
  const loaded = (await import('better-sqlite3')) as unknown as { default: Sqlite };
  const Sqlite = loaded.default;
  const size = found?.size ?? 0;

  if (!options.create) {
    try {
      let { db, version } = openForReading(Sqlite, file, readWay(file, header!, sides!), size);
      if (version < SCHEMA_VERSION && version > 0) {
        db.close();
        ({ db, version } = openForReading(Sqlite, file, 'copy', size));
        db.exec('COMMIT');
        db.pragma('query_only = OFF');
        migrate(db, file);
        db.pragma('query_only = ON');
        db.exec('BEGIN');
      }
      // Version 0 with nothing in it: a file kefu created and never got to migrate.
      if (version === 0) {
        db.close();
        return undefined;
      }
      return db;
    } catch (e) {
      throw storeFailure(e, file);
    }
  }

  ensureWritableFolder(dirname(file));
  // SQLite would open a file it may not write read-only and still make its log beside it.
  if (found && !writable(file)) throw new StoreError('file-read-only', file);
  let db: Database;
  try {
    db = new Sqlite(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    throw storeFailure(e, file);
  }
  try {
    // On the file itself, before anything writes to it: it may have been created, by another
    // kefu or anyone, since it was looked at.
    checkOpen(db, file, size);
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
