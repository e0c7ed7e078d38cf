import type { Readable, Writable } from 'node:stream';
import type { LibrarySource } from '../library/source.js';

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
  /** The time now; tests move it. Without it, the system clock. */
  readonly now?: () => Date;
  /**
   * The folder of scenarios offered to the trainee: listed by `kefu list`, picked from by
   * `kefu play`, recommended by `kefu progress`. Tests give their own; without it, the
   * bundled `scenarios/`.
   */
  readonly scenariosDir?: string;
  /** Where scenario, catalogue and quiz files are read from; without it, the file system. */
  readonly library?: LibrarySource;
  /**
   * Calls `handler` when the process is asked to stop (SIGINT) instead of letting it die at
   * once; returns the function that stops listening. Without it, nothing is listened for.
   */
  readonly onInterrupt?: (handler: () => void) => () => void;
}

let pipesWatched = false;

export function processIo(): Io {
  if (!pipesWatched) {
    pipesWatched = true;
    // A reader that stops early (`kefu list | head`) closes the pipe: what is left has nowhere
    // to go, so stop quietly instead of dying on an unhandled EPIPE with a stack trace.
    for (const stream of [process.stdout, process.stderr]) {
      stream.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 1));
    }
  }
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
  };
}

/** The time now, from the Io's clock when it has one. */
export function nowOf(io: Io): Date {
  return io.now ? io.now() : new Date();
}

/** Writes one line to a stream. */
export function println(stream: Writable, text = ''): void {
  stream.write(`${text}\n`);
}
