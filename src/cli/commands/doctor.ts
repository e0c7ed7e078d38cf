import type { Command } from 'commander';
import type { Runner } from './runner.js';

export interface DoctorOptions {
  dataDir?: string;
  quick?: boolean;
  json?: boolean;
}

export function defineDoctor(program: Command, run: Runner): void {
  program
    .command('doctor')
    .description('check every page of the history database and say whether it is sound (exit 1 when damaged) / 检查练习记录数据库是否完好')
    .option('--data-dir <dir>', 'where the history is kept (default: KEFU_HOME, else the platform data folder)')
    .option('--quick', "SQLite's quick check: every page, without checking indexes against their tables")
    .option('--json', 'print the verdict as JSON')
    .action(async (options: DoctorOptions) => {
      await run(async (ctx) => {
        const { doctorCommand } = await import('../doctor.js');
        return doctorCommand(ctx, [], options);
      });
    });
}
