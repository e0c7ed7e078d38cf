import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';

export interface ReportOptions {
  json?: boolean;
}

export function defineReport(program: Command, run: Runner, h: HelpText): void {
  program
    .command('report')
    .description(h.report)
    .argument('<files...>', h.reportFiles)
    .option('--json', h.json)
    .action(async (files: string[], options: ReportOptions) => {
      await run(async (ctx) => {
        const { reportCommand } = await import('../report.js');
        return reportCommand(ctx, files, options);
      });
    });
}
