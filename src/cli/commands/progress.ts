import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';
import type { StoreOptions } from './store-options.js';
import { withStoreOptions } from './store-options.js';

export interface ProgressOptions extends StoreOptions {
  json?: boolean;
}

export function defineProgress(program: Command, run: Runner, h: HelpText): void {
  const command = program
    .command('progress')
    .description(h.progress)
    .option('--json', h.json);
  withStoreOptions(command, h, { save: false }).action(async (options: ProgressOptions) => {
    await run(async (ctx) => {
      const { progressCommand } = await import('../progress.js');
      return progressCommand(ctx, [], options);
    });
  });
}
