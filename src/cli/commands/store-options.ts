import type { Command } from 'commander';

/** The options of the commands that read or write the history. */
export interface StoreOptions {
  dataDir?: string;
  trainee?: string;
  /** false with --no-save. */
  save?: boolean;
}

/**
 * Adds --data-dir and --trainee, and --no-save to commands that can run without the store;
 * `trainee` says what --trainee does where it is not "whose history".
 */
export function withStoreOptions(command: Command, { save, trainee }: { save: boolean; trainee?: string }): Command {
  command
    .option('--data-dir <dir>', 'where the history is kept (default: KEFU_HOME, else the platform data folder)')
    .option('--trainee <name>', trainee ?? 'whose history (default: KEFU_TRAINEE, else your user name)');
  if (save) command.option('--no-save', 'record nothing of this run');
  return command;
}
