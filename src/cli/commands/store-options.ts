import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';

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
export function withStoreOptions(command: Command, h: HelpText, { save, trainee }: { save: boolean; trainee?: string }): Command {
  command
    .option('--data-dir <dir>', h.dataDir)
    .option('--trainee <name>', trainee ?? h.trainee);
  if (save) command.option('--no-save', h.noSave);
  return command;
}
