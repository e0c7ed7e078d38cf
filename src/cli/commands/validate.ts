import { Option } from 'commander';
import type { Command } from 'commander';
import type { Runner } from './runner.js';

export interface ValidateCommandOptions {
  format: 'text' | 'json' | 'github';
  strict?: boolean;
  stats?: boolean;
}

export function defineValidate(program: Command, run: Runner): void {
  program
    .command('validate')
    .description('check scenarios, methods, faults, personalities and quizzes / 检查情景与题库文件')
    .argument('[paths...]', 'files or folders to check (folders are searched for *.yaml, *.yml)', ['scenarios/'])
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'treat warnings as errors')
    .option('--stats', 'add per-scenario figures: nodes, decisions, endings, paths, best and worst score')
    .action(async (paths: string[], options: ValidateCommandOptions) => {
      await run(async (ctx) => {
        const { validateCommand } = await import('../validate.js');
        return validateCommand(ctx, paths, options);
      });
    });
}
