import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';
import type { StoreOptions } from './store-options.js';
import { withStoreOptions } from './store-options.js';

export interface HistoryOptions extends StoreOptions {
  json?: boolean;
  limit?: string;
}

export function defineHistory(program: Command, run: Runner, h: HelpText): void {
  const command = program
    .command('history')
    .description(h.history)
    .option('--limit <n>', h.historyLimit, '20')
    .option('--json', h.json);
  withStoreOptions(command, h, { save: false }).action(async (options: HistoryOptions) => {
    await run(async (ctx) => {
      const { historyCommand } = await import('../history.js');
      return historyCommand(ctx, [], options);
    });
  });
}
