import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';

export interface DoctorOptions {
  dataDir?: string;
  quick?: boolean;
  json?: boolean;
}

export function defineDoctor(program: Command, run: Runner, h: HelpText): void {
  program
    .command('doctor')
    .description(h.doctor)
    .option('--data-dir <dir>', h.dataDir)
    .option('--quick', h.doctorQuick)
    .option('--json', h.doctorJson)
    .action(async (options: DoctorOptions) => {
      await run(async (ctx) => {
        const { doctorCommand } = await import('../doctor.js');
        return doctorCommand(ctx, [], options);
      });
    });
}
