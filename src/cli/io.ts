import type { Readable, Writable } from 'node:stream';

/**
 * Everything a command touches of the outside world, passed in so tests can run commands
 * in-process with their own streams and environment.
 */
export interface Io {
  readonly stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  readonly stdout: Writable & { isTTY?: boolean; columns?: number };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Writes one line to a stream. */
export function println(stream: Writable, text = ''): void {
  stream.write(`${text}\n`);
}
