import { resolve } from 'node:path';
import envPaths from 'env-paths';

/** The database's file name inside the data folder. */
export const DATABASE_FILE = 'kefu.db';

/**
 * The data folder: `--data-dir`, else `KEFU_HOME`, else the platform's data directory
 * (`~/.local/share/kefu` or `$XDG_DATA_HOME/kefu` on Linux, `~/Library/Application Support/kefu`
 * on macOS, `%LOCALAPPDATA%\kefu\Data` on Windows). Relative paths are taken from `cwd`.
 */
export function dataDirectory(given: string | undefined, env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  if (given !== undefined && given !== '') return resolve(cwd, given);
  if (env.KEFU_HOME !== undefined && env.KEFU_HOME !== '') return resolve(cwd, env.KEFU_HOME);
  return envPaths('kefu', { suffix: '' }).data;
}
