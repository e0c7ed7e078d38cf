import type { Command } from 'commander';
import type { Runner } from './runner.js';

export function defineList(program: Command, run: Runner): void {
  program
    .command('list')
    .description('list the bundled scenarios by personality type / 按客户类型列出情景')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await run(async (ctx) => {
        const { listCommand } = await import('../list.js');
        return listCommand(ctx, [], options);
      });
    });
}
