import type { Command } from 'commander';
import type { Runner } from './runner.js';

export interface ReportOptions {
  json?: boolean;
}

export function defineReport(program: Command, run: Runner): void {
  program
    .command('report')
    .description("one table from several trainees' exports: step mastery, average score, frequent faults / 汇总多名学员的导出文件")
    .argument('<files...>', 'files kefu export wrote (JSON or CSV)')
    .option('--json', 'print JSON')
    .action(async (files: string[], options: ReportOptions) => {
      await run(async (ctx) => {
        const { reportCommand } = await import('../report.js');
        return reportCommand(ctx, files, options);
      });
    });
}
