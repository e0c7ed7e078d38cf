import type { CommandContext } from '../context.js';

/** Runs a command's action with the context; main.ts records the exit code. */
export type Runner = (action: (ctx: CommandContext) => Promise<number>) => Promise<void>;
