import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/kefu.js', import.meta.url));

/** A fixture's absolute path: `fixture('engine/duck-blood-mini.yaml')`. */
export function fixture(rel: string): string {
  return fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url));
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs kefu in-process with captured streams: stdin is not a terminal, colour is off
 * unless `env` turns it on, the language is English unless `env`/`--lang` says otherwise.
 */
export async function kefu(args: readonly string[], opts: { env?: Record<string, string | undefined>; cwd?: string; stdinTTY?: boolean } = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = opts.stdinTTY ?? false;
  stdin.end();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const io: Io = { stdin, stdout, stderr, env: { LANG: 'en_US.UTF-8', NO_COLOR: '1', ...opts.env }, cwd: opts.cwd ?? ROOT };
  const code = await run(args, io);
  return { code, stdout: out, stderr: err };
}

/** Runs the built bin/kefu.js in a child process (needs `npm run build`). */
export function kefuProcess(args: readonly string[], opts: { env?: Record<string, string | undefined>; cwd?: string; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1', ...opts.env },
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
