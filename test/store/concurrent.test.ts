import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { BIN, fixture, ROOT, testEnv } from '../helpers/cli.js';

const WRITER = fileURLToPath(new URL('./writer.mjs', import.meta.url));
const CARD_WRITER = fileURLToPath(new URL('./card-writer.mjs', import.meta.url));

/** Runs the writer in a child process; resolves with its exit code and what it wrote to stderr. */
function writer(file: string, trainee: string, sessions: number, turns: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WRITER, file, trainee, String(sessions), String(turns)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** Runs the card writer in a child process; resolves with its exit code and what it wrote to stderr. */
function cardWriter(file: string, answers: number, start: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CARD_WRITER, file, String(answers), String(start)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** Runs the built kefu in a child process; resolves with its exit code and stderr. */
function kefuChild(args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...testEnv(env) }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('two processes writing at once (needs npm run build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-concurrent-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('both succeed, from creating the database on, and nothing is lost', async () => {
    const file = join(dir, 'kefu.db');
    const [a, b] = await Promise.all([writer(file, 'wang', 150, 5), writer(file, 'li', 150, 5)]);
    expect(a).toEqual({ code: 0, stderr: '' });
    expect(b).toEqual({ code: 0, stderr: '' });
    const db = new Database(file, { readonly: true });
    const sessions = db.prepare("SELECT trainee, count(*) AS n, sum(status = 'completed') AS done FROM sessions GROUP BY trainee ORDER BY trainee").all();
    expect(sessions).toEqual([
      { trainee: 'li', n: 150, done: 150 },
      { trainee: 'wang', n: 150, done: 150 },
    ]);
    const turns = db.prepare('SELECT s.trainee, count(*) AS n FROM turns t JOIN sessions s ON s.id = t.session_id GROUP BY s.trainee ORDER BY s.trainee').all();
    expect(turns).toEqual([
      { trainee: 'li', n: 750 },
      { trainee: 'wang', n: 750 },
    ]);
    // Each session has exactly its own turns, 0 to 4, with the writer's own replies.
    const mixed = db.prepare("SELECT count(*) AS n FROM turns t JOIN sessions s ON s.id = t.session_id WHERE t.reply NOT LIKE s.trainee || ' %'").get();
    expect(mixed).toEqual({ n: 0 });
    db.close();
  });

  it('two processes answering the same question both move its card on', async () => {
    const file = join(dir, 'cards.db');
    (await Store.open(file, { create: true }))!.close();
    // Both begin a second from now, once both are running.
    const start = Date.now() + 1000;
    const [a, b] = await Promise.all([cardWriter(file, 200, start), cardWriter(file, 200, start)]);
    expect(a).toEqual({ code: 0, stderr: '' });
    expect(b).toEqual({ code: 0, stderr: '' });
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM quiz_answers').get()).toEqual({ n: 400 });
    expect(db.prepare('SELECT reps FROM cards').all()).toEqual([{ reps: 400 }]);
    db.close();
  });

  it('kefu plays started together on a new data folder all record their sessions', async () => {
    const home = join(dir, 'plays');
    const mini = fixture('engine/duck-blood-mini.yaml');
    const runs = await Promise.all(
      ['wang', 'li', 'wang', 'li', 'wang', 'li'].map((trainee) => kefuChild(['play', mini, '--answers', '2,1', '--json', '--trainee', trainee], { KEFU_HOME: home })),
    );
    expect(runs).toEqual(Array.from({ length: 6 }, () => ({ code: 0, stderr: '' })));
    const db = new Database(join(home, 'kefu.db'), { readonly: true });
    expect(db.prepare("SELECT trainee, count(*) AS n FROM sessions WHERE status = 'completed' GROUP BY trainee ORDER BY trainee").all()).toEqual([
      { trainee: 'li', n: 3 },
      { trainee: 'wang', n: 3 },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM turns').get()).toEqual({ n: 12 });
    db.close();
  });
});
