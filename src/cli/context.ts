import type { Lang } from '../i18n/lang.js';
import type { Io } from './io.js';

/** What every command's implementation receives. */
export interface CommandContext {
  readonly io: Io;
  readonly lang: Lang;
}

/** A command's implementation: resolves to the exit code. */
export type CommandAction<O> = (ctx: CommandContext, args: readonly string[], options: O) => Promise<number>;
