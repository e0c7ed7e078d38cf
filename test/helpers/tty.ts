import { PassThrough } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { ROOT, testEnv } from './cli.js';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ', ctrlC: '\x03' } as const;

/**
 * Runs kefu against a fake terminal: stdin claims to be a TTY and receives `keys` one entry
 * at a time, each sent once the prompt count in the output has grown (the previous answer
 * was taken and a new prompt drawn). Resolves with the exit code and everything written.
 * The data folder is a fresh one unless `env` gives KEFU_HOME.
 */
export async function kefuInteractive(
  args: readonly string[],
  keys: readonly string[],
  opts: { env?: Record<string, string | undefined>; promptMarker?: RegExp; now?: Date } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean; setRawMode?: (m: boolean) => void };
  stdin.isTTY = true;
  stdin.setRawMode = () => undefined;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const marker = opts.promptMarker ?? /\? /g;
  const now = opts.now;
  const io: Io = { stdin, stdout, stderr, env: testEnv(opts.env), cwd: ROOT, ...(now ? { now: () => new Date(now) } : {}) };
  let sent = 0;
  let seen = 0;
  const timer = setInterval(() => {
    const prompts = (out.match(new RegExp(marker.source, 'g')) ?? []).length;
    if (prompts > seen && sent < keys.length) {
      seen = prompts;
      stdin.write(keys[sent++]!);
    }
  }, 20);
  try {
    const code = await run(args, io);
    return { code, stdout: out, stderr: err };
  } finally {
    clearInterval(timer);
  }
}
