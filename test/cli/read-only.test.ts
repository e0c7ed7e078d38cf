import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { BIN, fixture, kefu, ROOT, tempHome, testEnv } from '../helpers/cli.js';
import { sessionStart, turnRecord } from '../store/records.js';

const mini = fixture('engine/duck-blood-mini.yaml');
const quiz = fixture('quiz/quizzes/mini.yaml');
const day = (d: number): Date => new Date(Date.UTC(2025, 2, d, 9));

/** Two games and a quiz of wang's, recorded in `home`. */
async function seed(home: string): Promise<void> {
  const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
  await kefu(['play', mini, '--answers', '2,1'], { env, now: day(1) });
  await kefu(['play', mini, '--answers', '1'], { env, now: day(2) });
  await kefu(['quiz', quiz, ...['1', '1,3', 'true', '1,2,3', '1-1,2-2,3-3', '耐心', '9'].flatMap((a) => ['--answer', a])], { env, now: day(2) });
}

/** The folder's file names, and the database's bytes and modification time to the nanosecond. */
function state(home: string): { files: string[]; bytes: string; mtime: bigint } {
  const file = join(home, 'kefu.db');
  return { files: readdirSync(home).sort(), bytes: readFileSync(file).toString('base64'), mtime: statSync(file, { bigint: true }).mtimeNs };
}

/** The commands that only read, each with what shows it read the history. */
const READERS: readonly (readonly [string[], RegExp])[] = [
  [['progress', '--json'], /"total":2/],
  [['history', '--json'], /"id":2,/],
  [['review', '1', '--json'], /"scenario":"duck-blood-mini"/],
  [['export'], /"format":"kefu-export"/],
  [['export', '--format', 'csv', '--all'], /^trainee,/],
];

describe('commands that only read the history', () => {
  it('progress, history, review and export leave the data folder as it was: no new file, the database’s bytes and time unchanged', async () => {
    const home = tempHome();
    await seed(home);
    const before = state(home);
    expect(before.files).toEqual(['kefu.db']);
    for (const [args, read] of READERS) {
      const r = await kefu(args, { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } });
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(read);
      expect(state(home)).toEqual(before);
    }
  });

  it('read what a kefu still playing has written so far, beside its log, and add nothing', async () => {
    const home = tempHome();
    await seed(home);
    const playing = (await Store.open(join(home, 'kefu.db'), { create: true }))!;
    try {
      const id = playing.startSession(sessionStart({ startedAt: day(3).toISOString() }));
      playing.addTurn(id, turnRecord(0));
      const files = readdirSync(home).sort();
      expect(files).toEqual(['kefu.db', 'kefu.db-shm', 'kefu.db-wal']);
      const r = await kefu(['history', '--json'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { id: number; turns: number }[])[0]).toMatchObject({ id, turns: 1 });
      expect(readdirSync(home).sort()).toEqual(files);
    } finally {
      playing.close();
    }
  });

  describe('on a data folder they may not write to', () => {
    const root = mkdtempSync(join(tmpdir(), 'kefu-read-only-'));
    afterAll(() => {
      chmodSync(join(root, 'home'), 0o755);
      rmSync(root, { recursive: true, force: true });
    });
    const asRoot = process.getuid?.() === 0;
    const setpriv = asRoot && spawnSync('setpriv', ['--version']).status === 0;

    // Root may write anywhere: the commands then run as the unprivileged user `nobody`.
    it.skipIf(process.platform === 'win32' || (asRoot && !setpriv))('work as in a writable one, and create nothing', async () => {
      chmodSync(root, 0o755);
      const home = join(root, 'home');
      mkdirSync(home);
      await seed(home);
      chmodSync(home, 0o555);
      const before = state(home);
      for (const [args, read] of READERS) {
        const command = [BIN, ...args, '--trainee', 'wang'];
        const r = spawnSync(asRoot ? 'setpriv' : process.execPath, asRoot ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...command] : command, {
          cwd: ROOT,
          env: { ...process.env, ...testEnv({ KEFU_HOME: home }) },
          encoding: 'utf8',
          timeout: 20_000,
        });
        expect({ args, code: r.status, stderr: r.stderr }).toEqual({ args, code: 0, stderr: '' });
        expect(r.stdout).toMatch(read);
        expect(state(home)).toEqual(before);
      }
    });
  });
});
