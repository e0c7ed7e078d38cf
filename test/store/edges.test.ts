import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.js';
import { Store } from '../../src/store/store.js';
import { BIN, fixture, kefu, ROOT, testEnv } from '../helpers/cli.js';
import { ending, sessionStart, turnRecord } from './records.js';

const root = mkdtempSync(join(tmpdir(), 'kefu-store-edges-'));
// Another user runs kefu in some tests: it must reach the folders inside.
chmodSync(root, 0o755);
afterAll(() => {
  chmodSync(root, 0o755);
  for (const d of readdirSync(root)) chmodSync(join(root, d), 0o755);
  rmSync(root, { recursive: true, force: true });
});
let n = 0;
function folder(): string {
  const dir = join(root, String(n++));
  mkdirSync(dir);
  return dir;
}

/** The folder's files and each one's bytes. */
const snapshot = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

async function openOrError(file: string, create: boolean): Promise<StoreError> {
  try {
    (await Store.open(file, { create }))?.close();
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected the store to refuse the file');
}

/** A closed kefu database with three sessions of two turns each. */
async function database(dir: string): Promise<string> {
  const file = join(dir, 'kefu.db');
  const store = (await Store.open(file, { create: true }))!;
  for (let i = 0; i < 3; i++) {
    const id = store.startSession(sessionStart());
    store.addTurn(id, turnRecord(0));
    store.addTurn(id, turnRecord(1));
    store.completeSession(id, ending, '2025-03-01T09:05:00.000Z');
  }
  store.close();
  return file;
}

const asRoot = process.getuid?.() === 0;
const setpriv = asRoot && spawnSync('setpriv', ['--version']).status === 0;
/** Runs the built kefu as an unprivileged user when kefu runs as root, so permissions count. */
function kefuAsUser(args: readonly string[], home: string): { code: number | null; stdout: string; stderr: string } {
  const command = [BIN, ...args];
  const r = spawnSync(asRoot ? 'setpriv' : process.execPath, asRoot ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...command] : command, {
    cwd: ROOT,
    env: { ...process.env, ...testEnv({ KEFU_HOME: home }) },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('a database whose size is not what its header says', () => {
  it.each([1, 37, 100, 4096, 4097])('cut short by %d bytes: refused before anything writes, byte for byte, with no side files', async (cut) => {
    const dir = folder();
    const file = await database(dir);
    const bytes = readFileSync(file);
    truncateSync(file, bytes.length - cut);
    const before = snapshot(dir);
    expect(await openOrError(file, true)).toMatchObject({ reason: 'cut-short', problem: 'corrupt', path: file });
    expect(await openOrError(file, false)).toMatchObject({ reason: 'cut-short', problem: 'corrupt', path: file });
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([1, 100, 4096])('with %d bytes of garbage added at its end: refused, byte for byte', async (extra) => {
    const dir = folder();
    const file = await database(dir);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.alloc(extra, 0x41)]));
    const before = snapshot(dir);
    expect(await openOrError(file, true)).toMatchObject({ reason: 'overlong', problem: 'corrupt', path: file });
    expect(await openOrError(file, false)).toMatchObject({ reason: 'overlong', problem: 'corrupt', path: file });
    expect(snapshot(dir)).toEqual(before);
  });

  it('kefu play says so and what to do, and the file is unchanged', async () => {
    const home = folder();
    const file = await database(home);
    truncateSync(file, readFileSync(file).length - 10);
    const before = snapshot(home);
    const r = await kefu(['play', fixture('engine/duck-blood-mini.yaml'), '--answers', '2,1'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${file} is damaged: it is shorter than its header says, its end cut off. kefu has left it as it is: move it aside (rename it to kefu.db.bad, say) and kefu will start a new one; a backup of it, if you have one, can take its place. Or run without saving: --no-save.\n`);
    expect(snapshot(home)).toEqual(before);
  });
});

describe.skipIf(process.platform === 'win32')('kefu.db as a FIFO', () => {
  it('is refused at once by every command that uses the store, without being opened', async () => {
    const home = folder();
    expect(spawnSync('mkfifo', [join(home, 'kefu.db')]).status).toBe(0);
    expect(await openOrError(join(home, 'kefu.db'), false)).toMatchObject({ reason: 'not-a-file', problem: 'unreadable' });
    expect(await openOrError(join(home, 'kefu.db'), true)).toMatchObject({ reason: 'not-a-file', problem: 'unreadable' });
    const commands = [
      ['history'],
      ['progress'],
      ['export'],
      ['review', '1'],
      ['doctor'],
      ['play', fixture('engine/duck-blood-mini.yaml'), '--answers', '2,1'],
      ['quiz', fixture('quiz/quizzes/mini.yaml'), '--answer', '1', '--answer', '1,3', '--answer', 'true', '--answer', '1,2,3', '--answer', '1-1,2-2,3-3', '--answer', '耐心', '--answer', '9'],
    ];
    for (const args of commands) {
      // In a child process: a FIFO opened for reading would block it, and the timeout would say so.
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...testEnv({ KEFU_HOME: home }) }, encoding: 'utf8', timeout: 15_000 });
      expect({ args, code: r.status }).toEqual({ args, code: 1 });
      expect(r.stderr).toContain(`${join(home, 'kefu.db')} is not a regular file (a pipe, socket or device), so kefu has not opened it`);
    }
  });

  it('a FIFO named kefu.db-wal is a stray log, named, and not opened', async () => {
    const dir = folder();
    const file = await database(dir);
    expect(spawnSync('mkfifo', [`${file}-wal`]).status).toBe(0);
    expect(await openOrError(file, false)).toMatchObject({ reason: 'stray-log', path: `${file}-wal` });
    expect(await openOrError(file, true)).toMatchObject({ reason: 'stray-log', path: `${file}-wal` });
  });
});

describe('side files', () => {
  /** A database with a session whose turns are only in the log, and the log copied as a killed kefu leaves it: no index beside it. */
  async function killedCopy(): Promise<{ dir: string; id: number }> {
    const live = folder();
    const store = (await Store.open(join(live, 'kefu.db'), { create: true }))!;
    const id = store.startSession(sessionStart());
    store.addTurn(id, turnRecord(0));
    store.addTurn(id, turnRecord(1));
    const dir = folder();
    copyFileSync(join(live, 'kefu.db'), join(dir, 'kefu.db'));
    copyFileSync(join(live, 'kefu.db-wal'), join(dir, 'kefu.db-wal'));
    store.close();
    return { dir, id };
  }

  it('a killed session’s folder copied without its index reads, turns in the log included, and nothing is created beside it', async () => {
    const { dir, id } = await killedCopy();
    const before = snapshot(dir);
    const reader = (await Store.open(join(dir, 'kefu.db'), { create: false }))!;
    expect(reader.session(id)).toMatchObject({ status: 'abandoned', turns: [turnRecord(0), turnRecord(1)] });
    reader.close();
    expect(snapshot(dir)).toEqual(before);
  });

  it.skipIf(process.platform === 'win32' || (asRoot && !setpriv))('the same copy, read-only, reads through kefu history as another user', async () => {
    const { dir, id } = await killedCopy();
    chmodSync(join(dir, 'kefu.db'), 0o444);
    chmodSync(join(dir, 'kefu.db-wal'), 0o444);
    chmodSync(dir, 0o555);
    const before = snapshot(dir);
    const r = kefuAsUser(['history', '--json', '--trainee', 'wang'], dir);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toMatchObject([{ id, status: 'abandoned', turns: 2 }]);
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['garbage', Buffer.from('not a log at all, just some bytes\n'.repeat(40))],
    ['a log for pages of another size', Buffer.concat([Buffer.from([0x37, 0x7f, 0x06, 0x82, 0x00, 0x2d, 0xe2, 0x18, 0x00, 0x00, 0x02, 0x00]), Buffer.alloc(20)])],
    ['a few bytes', Buffer.from([0x37, 0x7f])],
  ])('a -wal of %s: read and write commands say which file and what to do, and create no index beside it', async (_name, bytes) => {
    const dir = folder();
    const file = await database(dir);
    writeFileSync(`${file}-wal`, bytes);
    const before = snapshot(dir);
    expect(await openOrError(file, false)).toMatchObject({ reason: 'stray-log', path: `${file}-wal` });
    expect(await openOrError(file, true)).toMatchObject({ reason: 'stray-log', path: `${file}-wal` });
    const r = await kefu(['history'], { env: { KEFU_HOME: dir } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: ${file}-wal is not the log or index SQLite keeps for this database (one left from elsewhere, a damaged one, or not a regular file). kefu has left it and the database as they are: when no kefu is running, move it aside and try again.\n`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('an index left without its log (a stale -shm) does not stop reading, and reading adds nothing', async () => {
    const dir = folder();
    const file = await database(dir);
    writeFileSync(`${file}-shm`, Buffer.alloc(32768));
    const before = Object.keys(snapshot(dir)).sort();
    const reader = (await Store.open(file, { create: false }))!;
    expect(reader.sessions('wang')).toHaveLength(3);
    reader.close();
    expect(readdirSync(dir).filter((f) => !before.includes(f))).toEqual([]);
  });

  it.skipIf(process.platform === 'win32' || (asRoot && !setpriv))('a play on a read-only kefu.db fails before the first prompt and leaves nothing beside it', async () => {
    const home = folder();
    const file = await database(home);
    chmodSync(file, 0o444);
    // The folder takes new files: only the database itself is read-only.
    chmodSync(home, 0o777);
    const before = snapshot(home);
    const r = kefuAsUser(['play', fixture('engine/duck-blood-mini.yaml'), '--answers', '2,1', '--trainee', 'wang'], home);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot write to ${file}: the file is read-only`);
    expect(snapshot(home)).toEqual(before);
    // Reading it still works, and leaves nothing either.
    expect(kefuAsUser(['history', '--json', '--trainee', 'wang'], home)).toMatchObject({ code: 0, stderr: '' });
    expect(snapshot(home)).toEqual(before);
  });
});
