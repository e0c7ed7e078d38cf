import type { Command } from 'commander';
import type { Runner } from './runner.js';
import type { StoreOptions } from './store-options.js';
import { withStoreOptions } from './store-options.js';

export interface HistoryOptions extends StoreOptions {
  json?: boolean;
  limit?: string;
}

export function defineHistory(program: Command, run: Runner): void {
  const command = program
    .command('history')
    .description('your sessions, latest first / 练习记录')
    .option('--limit <n>', 'at most n sessions (0: all)', '20')
    .option('--json', 'print JSON');
  withStoreOptions(command, { save: false }).action(async (options: HistoryOptions) => {
    await run(async (ctx) => {
      const { historyCommand } = await import('../history.js');
      return historyCommand(ctx, [], options);
    });
  });
}
