import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';

/**
 * A chalk for one stream. chalk itself ignores NO_COLOR, so it is honoured here: colour only
 * on a terminal, never when NO_COLOR is set (to anything but the empty string), and always
 * when FORCE_COLOR asks for it.
 */
export function colorFor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): ChalkInstance {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return new Chalk({ level: 1 });
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 });
  if (env.TERM === 'dumb') return new Chalk({ level: 0 });
  return new Chalk({ level: stream.isTTY ? 1 : 0 });
}
