import type { Command } from 'commander';
import type { Runner } from './runner.js';
import type { StoreOptions } from './store-options.js';
import { withStoreOptions } from './store-options.js';

export interface ProgressOptions extends StoreOptions {
  json?: boolean;
}

export function defineProgress(program: Command, run: Runner): void {
  const command = program
    .command('progress')
    .description('how you are doing: steps you keep missing, faults, score trend, what to play next / 练习进度')
    .option('--json', 'print JSON');
  withStoreOptions(command, { save: false }).action(async (options: ProgressOptions) => {
    await run(async (ctx) => {
      const { progressCommand } = await import('../progress.js');
      return progressCommand(ctx, [], options);
    });
  });
}
