import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/checks/validate.js';
import type { Finding } from '../../src/model/diagnostic.js';
import { readPlainYaml } from '../../src/scenario/plain-yaml.js';
import { offsetOf, parseSource, parseText, parseTextFully } from '../../src/scenario/source.js';
import { yamlDocument, yamlNoise } from './yaml-fuzz.js';

// `npm run fuzz` sets a larger count; CI runs the default, with a fixed seed so a failure repeats.
const RUNS = Number(process.env.KEFU_FUZZ_DOCS ?? 1000);
const SEED = Number(process.env.KEFU_FUZZ_SEED ?? 20260601);
const enc = new TextEncoder();

/** A document as a JavaScript string literal, every invisible character spelled out. */
const escape = (text: string): string => JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Every path into a value, with a missing key and a missing index under each collection. */
function paths(v: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path, [...path, 'missing'], [...path, 1e6]);
  if (v !== null && typeof v === 'object') for (const [k, c] of Object.entries(v)) paths(c, [...path, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

let taken = 0;

/** The checks every document must pass: nothing thrown or warned; the fast reader agrees with the full parser. */
function holds(text: string): void {
  const emit = process.emitWarning;
  let warned = 0;
  process.emitWarning = (() => void warned++) as typeof process.emitWarning;
  try {
    const parsed = parseSource(enc.encode(text), 'f.yaml');
    const [result] = validateFiles([{ file: 'f.yaml', folder: '.', kind: 'scenario', parsed }]);
    expect(result?.file).toBe('f.yaml');
    const fast = readPlainYaml(text);
    if (fast === undefined) return;
    taken++;
    const full = parseTextFully(text, 'f.yaml');
    expect(full.findings, escape(text)).toEqual([]);
    expect(isDeepStrictEqual(fast, full.source.value), escape(text)).toBe(true);
    const quick = parseText(text, 'f.yaml');
    for (const p of paths(fast)) {
      for (const at of ['key', 'value'] as const) {
        const f: Finding = { code: 'x', severity: 'error', message: '', path: p, at };
        expect(offsetOf(quick.source, f), JSON.stringify(p)).toBe(offsetOf(full.source, f));
      }
    }
  } finally {
    process.emitWarning = emit;
  }
  expect(warned).toBe(0);
}

describe('the YAML reader under a seeded fuzzer', () => {
  it(`${RUNS} generated documents: no exception, no warning, the fast reader and the full parser agree`, () => {
    taken = 0;
    fc.assert(fc.property(yamlDocument, holds), { seed: SEED, numRuns: RUNS });
    // The comparison means something only if the fast reader takes a fair share of them.
    expect(taken).toBeGreaterThan(RUNS / 20);
  });

  it(`${Math.ceil(RUNS / 4)} documents of noise`, () => {
    fc.assert(fc.property(yamlNoise, holds), { seed: SEED + 1, numRuns: Math.ceil(RUNS / 4) });
  });
});
