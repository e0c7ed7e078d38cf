import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEMAS, schemaText } from '../../src/cli/schema.js';
import { kefu, ROOT } from '../helpers/cli.js';

describe('kefu schema', () => {
  it.each(SCHEMAS.map((s) => [s.file, s] as const))('scenarios/%s is exactly what kefu schema prints', async (file, entry) => {
    const r = await kefu(['schema', ...(entry.flag ? [`--${entry.flag}`] : [])]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(schemaText(entry));
    expect(readFileSync(join(ROOT, 'scenarios', file), 'utf8'), `regenerate with: kefu schema${entry.flag ? ` --${entry.flag}` : ''} > scenarios/${file}`).toBe(r.stdout);
  });

  it('is a draft-07 schema with descriptions for completion, closed to unknown fields', () => {
    const schema = JSON.parse(schemaText(SCHEMAS[0])) as { $schema: string; properties: Record<string, { description?: string }>; additionalProperties: boolean; required: string[] };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'start', 'nodes']));
    for (const [field, prop] of Object.entries(schema.properties)) if (field !== 'customer') expect(prop.description, field).toBeTruthy();
  });

  it('every $schema comment in the shipped files points at a schema that exists', () => {
    const files = readdirSync(join(ROOT, 'scenarios'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(ROOT, 'scenarios', f), 'utf8');
      const ref = /^# yaml-language-server: \$schema=(\S+)/m.exec(text)?.[1];
      if (!ref) continue;
      const target = join(ROOT, 'scenarios', f, '..', ref);
      expect(() => JSON.parse(readFileSync(target, 'utf8')) as unknown, `${f} → ${ref}`).not.toThrow();
    }
    // The shipped files are data the schemas describe: sanity-check one.
    expect(parse(readFileSync(join(ROOT, 'scenarios/faults.yaml'), 'utf8'))).toHaveProperty('faults');
  });

  it('one schema at a time', async () => {
    const r = await kefu(['schema', '--method', '--faults']);
    expect(r.code).toBe(2);
  });
});
