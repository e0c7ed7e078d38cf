import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import type { LibrarySource } from '../../src/library/source.js';
import { run } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/kefu.js', import.meta.url));

/** A fixture's absolute path: `fixture('engine/duck-blood-mini.yaml')`. */
export function fixture(rel: string): string {
  return fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url));
}

let root: string | undefined;

/**
 * A fresh, empty data folder for kefu, removed after the test file (test/helpers/setup.ts).
 * Every run of kefu from the helpers gets one unless the test gives its own KEFU_HOME, so no
 * test ever reads or writes the real data directory.
 */
export function tempHome(): string {
  root ??= mkdtempSync(join(tmpdir(), 'kefu-test-'));
  return mkdtempSync(join(root, 'home-'));
}

/** Removes every folder {@link tempHome} made. */
export function removeTempHomes(): void {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
}

/** The load cache the runs of one test file share, removed with the data folders: never the user's own. */
export function testCache(): string {
  root ??= mkdtempSync(join(tmpdir(), 'kefu-test-'));
  return join(root, 'cache');
}

/** The environment a test run of kefu sees: English, no colour, its own data folder and load cache, then the test's own. */
export function testEnv(env: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { LANG: 'en_US.UTF-8', NO_COLOR: '1', KEFU_CACHE: testCache(), ...env, KEFU_HOME: env.KEFU_HOME ?? tempHome() };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs kefu in-process with captured streams: stdin is not a terminal, colour is off
 * unless `env` turns it on, the language is English unless `env`/`--lang` says otherwise,
 * the data folder is a fresh one unless `env` gives KEFU_HOME, the clock is `now` when given,
 * the scenarios offered are those of `scenariosDir` when given, the files read from `library` when given.
 */
export async function kefu(
  args: readonly string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string; stdinTTY?: boolean; now?: Date; scenariosDir?: string; library?: LibrarySource } = {},
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = opts.stdinTTY ?? false;
  stdin.end();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const now = opts.now;
  const io: Io = {
    stdin,
    stdout,
    stderr,
    env: testEnv(opts.env),
    cwd: opts.cwd ?? ROOT,
    ...(now ? { now: () => new Date(now) } : {}),
    ...(opts.scenariosDir !== undefined ? { scenariosDir: opts.scenariosDir } : {}),
    ...(opts.library !== undefined ? { library: opts.library } : {}),
  };
  const code = await run(args, io);
  return { code, stdout: out, stderr: err };
}

/** Runs the built bin/kefu.js in a child process (needs `npm run build`); killed after `timeout` ms, the code then -1. */
export function kefuProcess(args: readonly string[], opts: { env?: Record<string, string | undefined>; cwd?: string; input?: string; timeout?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, ...testEnv(opts.env) },
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: opts.timeout ?? 30_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
