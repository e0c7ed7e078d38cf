import { userInfo } from 'node:os';
import { join } from 'node:path';
import { storeMessages, traineeMessages } from '../store/messages.js';
import { StoreError } from '../store/errors.js';
import { DATABASE_FILE, dataDirectory } from '../store/paths.js';
import { Store } from '../store/store.js';
import type { StoreOptions } from './commands/store-options.js';
import type { CommandContext } from './context.js';
import { KefuError, UsageError } from './errors.js';
import { storeErrorMessage } from './report-error.js';

/** The database file: `kefu.db` in the data folder. */
export function databaseFile(ctx: CommandContext, options: StoreOptions): string {
  return join(dataDirectory(options.dataDir, ctx.io.env, ctx.io.cwd), DATABASE_FILE);
}

function osUser(env: CommandContext['io']['env']): string {
  try {
    return userInfo().username;
  } catch {
    // No passwd entry (some containers): the login variables, or a plain word.
    return env.USER || env.USERNAME || 'trainee';
  }
}

/** Whose history: `--trainee`, else KEFU_TRAINEE, else the user logged in. */
export function traineeName(ctx: CommandContext, options: StoreOptions): string {
  if (options.trainee !== undefined && options.trainee.trim() === '') throw new UsageError(traineeMessages[ctx.lang].traineeEmpty);
  const given = options.trainee ?? ctx.io.env.KEFU_TRAINEE;
  const name = given !== undefined && given.trim() !== '' ? given.trim() : osUser(ctx.io.env);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name) || name.length > 100) {
    throw new UsageError(traineeMessages[ctx.lang].traineeInvalid);
  }
  return name;
}

/**
 * Reads what a command needs from the history and closes it again; `empty` when nothing has
 * been recorded yet (no database file).
 */
export async function readStore<T>(ctx: CommandContext, options: StoreOptions, read: (store: Store) => T, empty: T): Promise<T> {
  const store = await openStore(ctx, options, { create: false });
  if (!store) return empty;
  try {
    return read(store);
  } finally {
    store.close();
  }
}

/**
 * Opens the store for a command. `create`: make the folder and file when missing (commands
 * that write); without it a missing database gives `undefined` (nothing recorded yet).
 * `noSaveHint`: the command can run without the store, and the message says how.
 */
export async function openStore(ctx: CommandContext, options: StoreOptions, how: { readonly create: boolean; readonly noSaveHint?: boolean }): Promise<Store | undefined> {
  try {
    return await Store.open(databaseFile(ctx, options), { create: how.create });
  } catch (e) {
    if (e instanceof StoreError) throw new KefuError(storeErrorMessage(e, ctx.lang, how.noSaveHint ? storeMessages[ctx.lang].noSave : undefined));
    throw e;
  }
}
