import { Option } from 'commander';
import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';

export interface ValidateCommandOptions {
  format: 'text' | 'json' | 'github';
  strict?: boolean;
  stats?: boolean;
}

export function defineValidate(program: Command, run: Runner, h: HelpText): void {
  program
    .command('validate')
    .description(h.validate)
    .argument('[paths...]', h.validatePaths, ['scenarios/'])
    .addOption(new Option('--format <format>', h.validateFormat).choices(['text', 'json', 'github']).default('text'))
    .option('--strict', h.validateStrict)
    .option('--stats', h.validateStats)
    .action(async (paths: string[], options: ValidateCommandOptions) => {
      await run(async (ctx) => {
        const { validateCommand } = await import('../validate.js');
        return validateCommand(ctx, paths, options);
      });
    });
}
