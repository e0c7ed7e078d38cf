import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';

export function defineList(program: Command, run: Runner, h: HelpText): void {
  program
    .command('list')
    .description(h.list)
    .option('--json', h.json)
    .action(async (options: { json?: boolean }) => {
      await run(async (ctx) => {
        const { listCommand } = await import('../list.js');
        return listCommand(ctx, [], options);
      });
    });
}
