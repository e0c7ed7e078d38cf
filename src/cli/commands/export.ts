import { Option } from 'commander';
import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';
import type { StoreOptions } from './store-options.js';
import { withStoreOptions } from './store-options.js';

export interface ExportOptions extends StoreOptions {
  format: 'json' | 'csv';
  out?: string;
  all?: boolean;
}

export function defineExport(program: Command, run: Runner, h: HelpText): void {
  const command = program
    .command('export')
    .description(h.export)
    .addOption(new Option('--format <format>', h.exportFormat).choices(['json', 'csv']).default('json'))
    .option('--out <file>', h.exportOut)
    .option('--all', h.exportAll);
  withStoreOptions(command, h, { save: false }).action(async (options: ExportOptions) => {
    await run(async (ctx) => {
      const { exportCommand } = await import('../export.js');
      return exportCommand(ctx, [], options);
    });
  });
}
