import { Option } from 'commander';
import type { Command } from 'commander';
import type { Runner } from './runner.js';
import type { StoreOptions } from './store-options.js';
import { withStoreOptions } from './store-options.js';

export interface ExportOptions extends StoreOptions {
  format: 'json' | 'csv';
  out?: string;
  all?: boolean;
}

export function defineExport(program: Command, run: Runner): void {
  const command = program
    .command('export')
    .description("your history for a trainer: sessions and quiz answers as JSON, or sessions as CSV / 导出练习记录")
    .addOption(new Option('--format <format>', 'json: everything, for kefu report; csv: one row per session, for a spreadsheet').choices(['json', 'csv']).default('json'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--all', 'every trainee in this data folder, not only you');
  withStoreOptions(command, { save: false }).action(async (options: ExportOptions) => {
    await run(async (ctx) => {
      const { exportCommand } = await import('../export.js');
      return exportCommand(ctx, [], options);
    });
  });
}
