import type { Command } from 'commander';
import type { Runner } from './runner.js';

/** One flag per format besides the scenario's: `kefu schema --method` and so on. */
export interface SchemaCommandOptions {
  method?: boolean;
  faults?: boolean;
  personalities?: boolean;
  quiz?: boolean;
}

export function defineSchema(program: Command, run: Runner): void {
  program
    .command('schema')
    .description("print a format's JSON Schema (the scenario's unless a flag says otherwise) / 输出文件格式的 JSON Schema")
    .option('--method', 'the schema of a method file (methods/*.yaml)')
    .option('--faults', 'the schema of faults.yaml')
    .option('--personalities', 'the schema of personalities.yaml')
    .option('--quiz', 'the schema of a quiz file (quizzes/*.yaml)')
    .action(async (options: SchemaCommandOptions) => {
      await run(async (ctx) => {
        const { schemaCommand } = await import('../schema.js');
        return schemaCommand(ctx, [], options);
      });
    });
}
