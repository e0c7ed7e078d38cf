import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/progress/records.js';
import { fixture, ROOT, tempHome, testEnv } from '../helpers/cli.js';
import { recordedSessions } from '../helpers/store.js';
import { KEY } from '../helpers/tty.js';

const CHILD = fileURLToPath(new URL('../helpers/play-child.mjs', import.meta.url));
const mini = fixture('engine/duck-blood-mini.yaml');

/** Polls `check` every 20 ms until it gives a value; fails after `ms`. */
async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Plays the mini scenario in a child process, takes the second reply, waits until that turn
 * is in the database and the next prompt is on screen, then sends `signal`.
 */
async function playAndSignal(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; sessions: SessionRecord[] }> {
  const home = tempHome();
  const child = spawn(process.execPath, [CHILD, 'play', mini, '--fast', '--in-order'], { cwd: ROOT, env: { ...process.env, ...testEnv({ KEFU_HOME: home }) }, stdio: 'pipe' });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
  try {
    await until('the first prompt', async () => (stdout.includes('How do you reply?') ? true : undefined));
    child.stdin.write(KEY.down + KEY.enter);
    await until('the first turn in the database', async () => {
      const [session] = await recordedSessions(home);
      return session && session.turns.length === 1 ? true : undefined;
    });
    await until('the second prompt', async () => ((stdout.match(/How do you reply\?/g) ?? []).length >= 2 ? true : undefined));
    child.kill(signal);
    const end = await exited;
    return { ...end, stdout, sessions: await recordedSessions(home) };
  } finally {
    child.kill('SIGKILL');
  }
}

describe('a play stopped mid-session (needs npm run build)', () => {
  it('SIGINT: exit 130, the session abandoned with its turn and an end time', async () => {
    const r = await playAndSignal('SIGINT');
    expect(r.code).toBe(130);
    expect(r.sessions).toHaveLength(1);
    const [session] = r.sessions;
    expect(session).toMatchObject({ status: 'abandoned', scenario: 'duck-blood-mini', mode: 'practice' });
    expect(session!.endedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    expect(session!.result).toBeUndefined();
    expect(session!.turns).toMatchObject([{ seq: 0, node: 'complaint', choice: 2, mood: 41 }]);
  });

  it('SIGKILL: the process dies at once, and the session is still there, abandoned, with its turn', async () => {
    const r = await playAndSignal('SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    expect(r.sessions).toHaveLength(1);
    const [session] = r.sessions;
    expect(session).toMatchObject({ status: 'abandoned', scenario: 'duck-blood-mini' });
    // Nothing ran after the kill: no end time, but the last activity is the turn's.
    expect(session!.endedAt).toBeUndefined();
    expect(session!.lastActivityAt).toBe(session!.turns[0]!.at);
    expect(session!.turns).toMatchObject([{ seq: 0, node: 'complaint', choice: 2, mood: 41 }]);
  });
});
