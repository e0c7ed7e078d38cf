import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { FileResult, ValidateInput } from '../../src/checks/validate.js';
import { validateFiles } from '../../src/checks/validate.js';
import type { FileKind } from '../../src/scenario/library.js';
import { parseSource } from '../../src/scenario/source.js';
import { fixture } from '../helpers/cli.js';

const enc = new TextEncoder();
const catalogue: ValidateInput[] = (
  [
    ['methods/greet.yaml', 'method'],
    ['methods/listen.yaml', 'method'],
    ['faults.yaml', 'faults'],
    ['personalities.yaml', 'personalities'],
  ] as const
).map(([f, kind]) => ({ file: f, folder: 'lib', kind, parsed: parseSource(readFileSync(fixture(`validate/${f}`)), f), implicit: true }));

const SEEDS = ['clean.yaml', 'unreachable-node.yaml', 'trap.yaml', 'ambiguous-step.yaml', 'unwinnable.yaml'].map((f) => readFileSync(fixture(`validate/${f}`), 'utf8'));

function validateOne(bytes: Uint8Array, kind: FileKind): FileResult[] {
  return validateFiles([...catalogue, { file: 'x.yaml', folder: 'lib', kind, parsed: parseSource(bytes, 'x.yaml') }], { baseFolder: 'lib' });
}

function wellFormed(results: FileResult[]): void {
  const own = results.find((r) => r.file === 'x.yaml');
  expect(own).toBeDefined();
  for (const d of own!.diagnostics) {
    expect(typeof d.code).toBe('string');
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

const TOKENS = ['[', ']', '{', '}', ':', ': ', '- ', '&a ', '*a', '!foo ', '!!js/function ', '<<: ', '"', "'", '#', '\n', '\n  ', '\t', '%YAML 1.1\n---\n', '\u001b[2J', '\u202e', '\u0000', 'next: ', 'if: "mood >= 60"', 'goto: ', '__proto__: ', 'constructor', '9999999999', '-1', 'null', '~', 'yes'];

/** A seed scenario with a few random edits: deletions, insertions of YAML-significant tokens, moved lines. */
const mutated = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    edits: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })) }),
        fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ seed, edits }) => {
    let text = seed;
    for (const e of edits) {
      if (e.kind === 'delete') {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + text.slice(at + e.length);
      } else if (e.kind === 'insert') {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.text + text.slice(at);
      } else {
        const lines = text.split('\n');
        const a = e.a % lines.length;
        const b = e.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        text = lines.join('\n');
      }
    }
    return text;
  });

const VALUES: unknown[] = ['door', 'talk', 'happy', 'gone', 'hapy', 'hello', 'ask', 'thank', 'greet/ask', 'listen/repeat', 'rude', 'slow', 'mood >= 60', 'mood < 0', 'satisfied', 'lost', 0, 50, 100, -20, 150, null, [], {}, [{ if: 'mood > 40', goto: 'talk' }, { goto: 'gone' }]];

/** A seed scenario with values replaced at random places: plausible ids, numbers, conditions. */
const structural = fc
  .record({ seed: fc.constantFrom(...SEEDS), changes: fc.array(fc.record({ pick: fc.nat(), value: fc.constantFrom(...VALUES) }), { minLength: 1, maxLength: 4 }) })
  .map(({ seed, changes }) => {
    const doc = parse(seed) as Record<string, unknown>;
    for (const { pick, value } of changes) {
      const places: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach((x, i) => (places.push({ parent: v, key: i }), walk(x)));
        else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) places.push({ parent: v as Record<string, unknown>, key: k }), walk(x);
      };
      walk(doc);
      const place = places[pick % places.length]!;
      (place.parent as Record<string | number, unknown>)[place.key] = structuredClone(value);
    }
    return stringify(doc);
  });

describe('validate never throws', () => {
  it('on mutated scenarios, many of which still reach the path analysis', () => {
    let analysed = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: mutated, weight: 1 }, { arbitrary: structural, weight: 3 }), (text) => {
        const results = validateOne(enc.encode(text), 'scenario');
        wellFormed(results);
        const own = results.find((r) => r.file === 'x.yaml')!;
        if (own.stats) analysed++;
        if (own.diagnostics.some((d) => d.severity === 'error')) rejected++;
      }),
      { numRuns: 600 },
    );
    expect(analysed).toBeGreaterThan(10);
    expect(rejected).toBeGreaterThan(50);
  });

  it('on random YAML documents, as any kind of file', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), fc.constantFrom<FileKind>('scenario', 'method', 'faults', 'personalities', 'quiz'), (value, kind) => {
        let text: string;
        try {
          text = stringify(value);
        } catch {
          text = String(value);
        }
        wellFormed(validateOne(enc.encode(text), kind));
      }),
      { numRuns: 300 },
    );
  });

  it('on random text and bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }).map((s) => enc.encode(s)), fc.uint8Array({ maxLength: 300 })), (bytes) =>
        wellFormed(validateOne(bytes, 'scenario')),
      ),
      { numRuns: 300 },
    );
  });
});
