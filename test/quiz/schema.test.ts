import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, schemaText } from '../../src/cli/schema.js';
import { kefu, ROOT } from '../helpers/cli.js';

const entry = SCHEMAS.find((s) => s.flag === 'quiz')!;

describe('the quiz JSON Schema', () => {
  it('is committed as scenarios/quiz.schema.json, generated from the zod schema', () => {
    expect(readFileSync(join(ROOT, 'scenarios', 'quiz.schema.json'), 'utf8')).toBe(schemaText(entry));
  });

  it('is what `kefu schema --quiz` prints', async () => {
    const r = await kefu(['schema', '--quiz']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(schemaText(entry));
    const schema = JSON.parse(r.stdout) as { properties: { questions: { items: { oneOf: { properties: { type: { const: string } } }[] } } } };
    expect(schema.properties.questions.items.oneOf.map((o) => o.properties.type.const)).toEqual(['single', 'multiple', 'true-false', 'order', 'match', 'text', 'number']);
  });
});
