import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/progress/records.js';
import type { CardRecord } from '../../src/quiz/records.js';
import { StoreError } from '../../src/store/errors.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { ROOT } from '../helpers/cli.js';
import { ending, sessionStart, turnRecord } from './records.js';

const root = mkdtempSync(join(tmpdir(), 'kefu-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** A fresh folder for one test. */
function folder(): string {
  const dir = join(root, String(n++));
  mkdirSync(dir);
  return dir;
}

async function openOrError(file: string, create = true): Promise<StoreError> {
  try {
    const store = await Store.open(file, { create });
    store?.close();
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected the store to refuse the file');
}

describe('opening and migrations', () => {
  it('turns an empty file into a database at the latest schema, in WAL mode', async () => {
    const file = join(folder(), 'kefu.db');
    writeFileSync(file, '');
    expect(await Store.open(file, { create: false })).toBeUndefined();
    expect(readFileSync(file)).toHaveLength(0);
    const store = (await Store.open(file, { create: true }))!;
    store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(['cards', 'quiz_answers', 'sessions', 'turns']);
    const indexes = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(['cards_by_due', 'quiz_answers_by_trainee', 'sessions_by_scenario', 'sessions_by_trainee']);
    // "kefu" in the header's application id: what tells kefu's database from another program's.
    expect(db.pragma('application_id', { simple: true })).toBe(0x6b656675);
    expect(readFileSync(file).subarray(68, 72).toString('latin1')).toBe('kefu');
    db.close();
  });

  it('creates the folder and the file when asked to, and leaves no trace when not', async () => {
    const dir = join(folder(), 'deeper', 'still');
    expect(await Store.open(join(dir, 'kefu.db'), { create: false })).toBeUndefined();
    expect(existsSync(dir)).toBe(false);
    const store = (await Store.open(join(dir, 'kefu.db'), { create: true }))!;
    store.close();
    expect(existsSync(join(dir, 'kefu.db'))).toBe(true);
  });

  it('waits for another kefu switching a new database to WAL at the same moment instead of failing as busy', async () => {
    const file = join(folder(), 'kefu.db');
    // Another process holds the write lock of a new, still empty database for 300 ms.
    const holder = spawn(
      process.execPath,
      ['-e', `const db = new (require('better-sqlite3'))(${JSON.stringify(file)}); db.exec('BEGIN IMMEDIATE'); console.log('held'); setTimeout(() => db.exec('COMMIT'), 300);`],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    const store = (await Store.open(file, { create: true }))!;
    expect(store.sessions('wang')).toEqual([]);
    store.close();
    await new Promise((resolve) => holder.once('close', resolve));
  });

  it('opened only to read, reads a copy: later writes are not in it, and it writes nothing itself', async () => {
    const dir = folder();
    const file = join(dir, 'kefu.db');
    const writer = (await Store.open(file, { create: true }))!;
    const first = writer.startSession(sessionStart());
    const reader = (await Store.open(file, { create: false }))!;
    writer.startSession(sessionStart());
    expect(reader.sessions('wang').map((s) => s.id)).toEqual([first]);
    expect(() => reader.startSession(sessionStart())).toThrow(StoreError);
    reader.close();
    writer.close();
  });

  it('opens an existing database again without migrating twice', async () => {
    const file = join(folder(), 'kefu.db');
    (await Store.open(file, { create: true }))!.close();
    const store = (await Store.open(file, { create: true }))!;
    expect(store.sessions('wang')).toEqual([]);
    store.close();
  });
});

describe('sessions', () => {
  it('are written turn by turn, read as abandoned until completed, and read back whole', async () => {
    const file = join(folder(), 'kefu.db');
    const store = (await Store.open(file, { create: true }))!;
    const id = store.startSession(sessionStart());
    // Each turn is committed as it is written: another process opening the database sees it.
    const read = async (): Promise<SessionRecord> => {
      const reader = (await Store.open(file, { create: false }))!;
      try {
        return reader.session(id)!;
      } finally {
        reader.close();
      }
    };
    expect(await read()).toMatchObject({ status: 'abandoned', turns: [], lastActivityAt: '2025-03-01T09:00:00.000Z' });
    expect((await read()).endedAt).toBeUndefined();
    store.addTurn(id, turnRecord(0));
    expect((await read()).turns).toEqual([turnRecord(0)]);
    store.addTurn(id, turnRecord(1, { feedback: '别甩锅' }));
    expect(await read()).toMatchObject({ status: 'abandoned', lastActivityAt: turnRecord(1).at });
    store.completeSession(id, ending, '2025-03-01T09:05:00.000Z');
    expect(await read()).toEqual({
      ...sessionStart(),
      id,
      lastActivityAt: turnRecord(1).at,
      endedAt: '2025-03-01T09:05:00.000Z',
      status: 'completed',
      result: ending,
      turns: [turnRecord(0), turnRecord(1, { feedback: '别甩锅' })],
    });
    store.close();
  });

  it('lists a trainee’s sessions latest first, each with its own turns, and no one else’s', async () => {
    const store = (await Store.open(join(folder(), 'kefu.db'), { create: true }))!;
    const first = store.startSession(sessionStart({ startedAt: '2025-03-01T09:00:00.000Z' }));
    const other = store.startSession(sessionStart({ trainee: 'li', startedAt: '2025-03-01T09:30:00.000Z' }));
    const second = store.startSession(sessionStart({ startedAt: '2025-03-02T09:00:00.000Z', mode: 'exam' }));
    store.addTurn(first, turnRecord(0));
    store.addTurn(second, turnRecord(0, { reply: 'second' }));
    store.addTurn(second, turnRecord(1));
    store.addTurn(other, turnRecord(0));
    const list = store.sessions('wang');
    expect(list.map((s) => s.id)).toEqual([second, first]);
    expect(list.map((s) => s.turns.length)).toEqual([2, 1]);
    expect(list[0]!.turns[0]!.reply).toBe('second');
    expect(store.sessions('wang', 1).map((s) => s.id)).toEqual([second]);
    expect(store.trainees()).toEqual(['li', 'wang']);
    store.close();
  });

  it('stamps the end of an abandoned session and keeps it abandoned; a completed one is left alone', async () => {
    const store = (await Store.open(join(folder(), 'kefu.db'), { create: true }))!;
    const left = store.startSession(sessionStart());
    store.addTurn(left, turnRecord(0));
    store.stampAbandoned(left, '2025-03-01T09:01:00.000Z');
    expect(store.session(left)).toMatchObject({ status: 'abandoned', endedAt: '2025-03-01T09:01:00.000Z', turns: [turnRecord(0)] });
    expect(store.session(left)!.result).toBeUndefined();
    const done = store.startSession(sessionStart());
    store.completeSession(done, ending, '2025-03-01T09:02:00.000Z');
    store.stampAbandoned(done, '2025-03-01T09:03:00.000Z');
    expect(store.session(done)).toMatchObject({ status: 'completed', endedAt: '2025-03-01T09:02:00.000Z' });
    store.close();
  });

  it('derive the last activity from the turns: the last turn’s time, or the start; nothing apart to keep up to date', async () => {
    const file = join(folder(), 'kefu.db');
    const store = (await Store.open(file, { create: true }))!;
    const id = store.startSession(sessionStart());
    expect(store.session(id)!.lastActivityAt).toBe(sessionStart().startedAt);
    store.addTurn(id, turnRecord(0));
    store.addTurn(id, turnRecord(1));
    store.stampAbandoned(id, '2025-03-01T09:30:00.000Z');
    expect(store.session(id)).toMatchObject({ endedAt: '2025-03-01T09:30:00.000Z', lastActivityAt: turnRecord(1).at });
    const done = store.startSession(sessionStart());
    store.addTurn(done, turnRecord(0));
    store.completeSession(done, ending, '2025-03-01T09:40:00.000Z');
    expect(store.session(done)).toMatchObject({ endedAt: '2025-03-01T09:40:00.000Z', lastActivityAt: turnRecord(0).at });
    store.close();
    const db = new Database(file, { readonly: true });
    const columns = (db.prepare("SELECT name FROM pragma_table_info('sessions')").all() as { name: string }[]).map((c) => c.name);
    db.close();
    expect(columns).not.toContain('last_activity_at');
  });

  it('refuses a second turn with the same number, so a turn is never overwritten', async () => {
    const store = (await Store.open(join(folder(), 'kefu.db'), { create: true }))!;
    const id = store.startSession(sessionStart());
    store.addTurn(id, turnRecord(0));
    expect(() => store.addTurn(id, turnRecord(0, { reply: 'again' }))).toThrow(StoreError);
    expect(store.session(id)!.turns).toEqual([turnRecord(0)]);
    store.close();
  });
});

describe('quiz answers and cards', () => {
  it('records an answer with the card made from the stored one, and replaces the card on the next answer', async () => {
    const store = (await Store.open(join(folder(), 'kefu.db'), { create: true }))!;
    const card = {
      trainee: 'wang',
      question: 'return-days',
      due: '2025-03-04T09:00:00.000Z',
      stability: 2.3,
      difficulty: 2.1,
      elapsedDays: 0,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      lastReview: '2025-03-01T09:00:00.000Z',
    };
    const answer = { trainee: 'wang', quiz: 'mini', question: 'return-days', correct: true, credit: 1, answeredAt: '2025-03-01T09:00:00.000Z' };
    const seen: (CardRecord | undefined)[] = [];
    expect(store.recordAnswer(answer, (previous) => (seen.push(previous), card))).toEqual(card);
    expect(store.card('wang', 'return-days')).toEqual(card);
    const later = { ...card, due: '2025-03-14T09:00:00.000Z', reps: 2, lastReview: '2025-03-04T09:00:00.000Z' };
    store.recordAnswer({ ...answer, answeredAt: '2025-03-04T09:00:00.000Z' }, (previous) => (seen.push(previous), later));
    expect(seen).toEqual([undefined, card]);
    expect(store.cards('wang')).toEqual([later]);
    expect(store.answers('wang').map((a) => a.answeredAt)).toEqual(['2025-03-01T09:00:00.000Z', '2025-03-04T09:00:00.000Z']);
    expect(store.card('li', 'return-days')).toBeUndefined();
    store.close();
  });

  it('records neither the answer nor the card when the next card cannot be made', async () => {
    const store = (await Store.open(join(folder(), 'kefu.db'), { create: true }))!;
    const answer = { trainee: 'wang', quiz: 'mini', question: 'return-days', correct: true, credit: 1, answeredAt: '2025-03-01T09:00:00.000Z' };
    expect(() =>
      store.recordAnswer(answer, () => {
        throw new Error('no card');
      }),
    ).toThrow();
    expect(store.answers('wang')).toEqual([]);
    store.close();
  });
});

describe('files kefu must not touch', () => {
  /** The folder's files and each one's bytes. */
  const snapshot = (dir: string): Record<string, string> =>
    Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

  it.each([
    ['text', Buffer.from('these are my notes, not a database\n'.repeat(50))],
    ['random bytes', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251))],
    ['a truncated header', Buffer.from('SQLite format 3\0')],
    ['a header with a bad page size', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.from([0x03, 0x00]), Buffer.alloc(4094)])],
  ])('a file of %s is reported as corrupt, left byte for byte, with no side files', async (_name, bytes) => {
    const dir = folder();
    const file = join(dir, 'kefu.db');
    writeFileSync(file, bytes);
    const before = snapshot(dir);
    const e = await openOrError(file);
    expect(e).toMatchObject({ problem: 'corrupt', path: file });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a kefu database damaged after its header is reported as corrupt and left byte for byte', async () => {
    const dir = folder();
    const file = join(dir, 'kefu.db');
    (await Store.open(file, { create: true }))!.close();
    const bytes = readFileSync(file);
    bytes.fill(0xee, 100, 4096); // the schema page's b-tree, after the 100-byte header
    writeFileSync(file, bytes);
    const before = snapshot(dir);
    const e = await openOrError(file);
    expect(e).toMatchObject({ problem: 'corrupt', path: file });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a kefu database with a damaged page inside is reported as corrupt before anything is written, and left byte for byte', async () => {
    const dir = folder();
    const file = join(dir, 'kefu.db');
    const store = (await Store.open(file, { create: true }))!;
    for (let i = 0; i < 3; i++) {
      const id = store.startSession(sessionStart());
      store.addTurn(id, turnRecord(0));
      store.addTurn(id, turnRecord(1));
    }
    store.close();
    // The root page of `turns`: page 1 and the header are intact, so only reading further finds it.
    const db = new Database(file, { readonly: true });
    const root = (db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'turns'").get() as { rootpage: number }).rootpage;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    expect(root).toBeGreaterThan(1);
    const bytes = readFileSync(file);
    bytes.fill(0xee, (root - 1) * pageSize, root * pageSize);
    writeFileSync(file, bytes);
    const before = snapshot(dir);
    expect(await openOrError(file)).toMatchObject({ problem: 'corrupt', path: file });
    expect(await openOrError(file, false)).toMatchObject({ problem: 'corrupt', path: file });
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['with tables and no schema version', 'CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)'],
    ['with tables and schema version 1', 'PRAGMA user_version = 1; CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)'],
    ['with schema version 1 and no tables', 'PRAGMA user_version = 1'],
    ['with its own application id and no tables', 'PRAGMA application_id = 42'],
  ])('a database of another program %s is not kefu’s to change: refused, byte for byte, with no side files', async (_name, sql) => {
    const dir = folder();
    const file = join(dir, 'kefu.db');
    const other = new Database(file);
    other.exec(sql);
    other.close();
    const before = snapshot(dir);
    expect(await openOrError(file)).toMatchObject({ problem: 'foreign', path: file });
    expect(await openOrError(file, false)).toMatchObject({ problem: 'foreign', path: file });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a database from a newer kefu is refused, untouched', async () => {
    const dir = folder();
    const file = join(dir, 'kefu.db');
    (await Store.open(file, { create: true }))!.close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = snapshot(dir);
    const e = await openOrError(file);
    expect(e).toMatchObject({ problem: 'newer', path: file, detail: String(SCHEMA_VERSION + 1) });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a folder where the file should be is unreadable', async () => {
    const file = join(folder(), 'kefu.db');
    mkdirSync(file);
    expect(await openOrError(file)).toMatchObject({ problem: 'unreadable', path: file });
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is unreadable, and stays as it was', async () => {
    const dir = folder();
    const file = join(dir, 'kefu.db');
    (await Store.open(file, { create: true }))!.close();
    chmodSync(file, 0o000);
    try {
      expect(await openOrError(file)).toMatchObject({ problem: 'unreadable', path: file });
    } finally {
      chmodSync(file, 0o644);
    }
  });

  it('a data folder that cannot be created is unwritable, named as the folder', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'plain-file'), 'x');
    const data = join(dir, 'plain-file', 'kefu');
    expect(await openOrError(join(data, 'kefu.db'))).toMatchObject({ problem: 'unwritable', path: data });
  });
});
