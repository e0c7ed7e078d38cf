import { z } from 'zod';
import { faultCatalogueSchema, methodSchema, personalityCatalogueSchema, scenarioSchema } from '../model/schema.js';
import { quizSchema } from '../quiz/schema.js';
import type { SchemaCommandOptions } from './commands/schema.js';
import type { CommandContext } from './context.js';
import { EXIT, UsageError } from './errors.js';

/**
 * Every format kefu publishes a JSON Schema for: the flag that selects it, the zod schema it
 * is generated from (the one source of truth) and the file under scenarios/ it is committed as.
 * A new format adds one entry here and one flag in commands/schema.ts.
 */
export const SCHEMAS = [
  { flag: undefined, file: 'scenario.schema.json', schema: scenarioSchema },
  { flag: 'method', file: 'method.schema.json', schema: methodSchema },
  { flag: 'faults', file: 'faults.schema.json', schema: faultCatalogueSchema },
  { flag: 'personalities', file: 'personalities.schema.json', schema: personalityCatalogueSchema },
  { flag: 'quiz', file: 'quiz.schema.json', schema: quizSchema },
] as const satisfies readonly { flag: keyof SchemaCommandOptions | undefined; file: string; schema: z.ZodType }[];

export type SchemaEntry = (typeof SCHEMAS)[number];

/**
 * The JSON Schema text of a format, as committed: draft-07, which VS Code's YAML extension
 * reads, describing the input files (optional fields optional), with a trailing newline.
 */
export function schemaText(entry: SchemaEntry): string {
  return `${JSON.stringify(z.toJSONSchema(entry.schema, { target: 'draft-7', io: 'input' }), null, 2)}\n`;
}

export async function schemaCommand(ctx: CommandContext, _args: readonly string[], options: SchemaCommandOptions): Promise<number> {
  const chosen = SCHEMAS.filter((s) => s.flag !== undefined && options[s.flag]);
  if (chosen.length > 1) throw new UsageError((m) => m.oneSchema({ given: chosen.map((s) => `--${s.flag ?? ''}`) }));
  const entry = chosen[0] ?? SCHEMAS[0];
  ctx.io.stdout.write(schemaText(entry));
  return EXIT.ok;
}
