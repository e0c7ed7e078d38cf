import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';

/** One flag per format besides the scenario's: `kefu schema --method` and so on. */
export interface SchemaCommandOptions {
  method?: boolean;
  faults?: boolean;
  personalities?: boolean;
  quiz?: boolean;
}

export function defineSchema(program: Command, run: Runner, h: HelpText): void {
  program
    .command('schema')
    .description(h.schema)
    .option('--method', h.schemaMethod)
    .option('--faults', h.schemaFaults)
    .option('--personalities', h.schemaPersonalities)
    .option('--quiz', h.schemaQuiz)
    .action(async (options: SchemaCommandOptions) => {
      await run(async (ctx) => {
        const { schemaCommand } = await import('../schema.js');
        return schemaCommand(ctx, [], options);
      });
    });
}
