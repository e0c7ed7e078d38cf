import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixture, kefu, ROOT } from './helpers/cli.js';

/**
 * The one test that plays the shipped library: every scenario's answer sheet (kept in
 * test/fixtures/library/, not in the scenario) must reach 100 on its perfect path and flag
 * the faults its faulty paths commit.
 */
interface AnswerSheet {
  perfect: number[];
  /**
   * `faults`: every fault the path must flag. `missing`, when given: for each method named, the
   * exact steps the path leaves out (a method not named may miss any).
   */
  faulty: { answers: number[]; outcome: string; faults: string[]; missing?: Record<string, string[]> }[];
}

const methodShape = { id: expect.any(String), score: expect.any(Number), performed: expect.any(Array), missing: expect.any(Array), outOfOrder: expect.any(Array) };
const faultShape = { id: expect.any(String), node: expect.any(String), penalty: expect.any(Number) };
const turnShape = { node: expect.any(String), choice: expect.any(Number), reply: expect.any(String), moves: expect.any(Array), faults: expect.any(Array), mood: expect.any(Number) };

/** Asserts the shape of `kefu play --answers … --json` exactly: no key more, none less. */
function expectResultShape(result: { methods: unknown[]; faults: unknown[]; turns: unknown[] }): void {
  expect(result).toEqual({
    scenario: expect.any(String),
    ending: expect.any(String),
    outcome: expect.stringMatching(/^(satisfied|neutral|lost|escalated)$/),
    score: expect.any(Number),
    grade: expect.stringMatching(/^[ABCDF]$/),
    passed: expect.any(Boolean),
    methods: expect.any(Array),
    faults: expect.any(Array),
    mood: { start: expect.any(Number), end: expect.any(Number), trace: expect.any(Array) },
    turns: expect.any(Array),
  });
  for (const m of result.methods) expect(m).toEqual(methodShape);
  for (const f of result.faults) expect(f).toEqual(faultShape);
  for (const t of result.turns) expect(t).toEqual(turnShape);
}

const ids = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml') && !['faults.yaml', 'personalities.yaml'].includes(f))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

describe('the shipped library', () => {
  it('has scenarios', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  describe.each(ids)('%s', (id) => {
    const sheetPath = fixture(`library/${id}.yaml`);
    it('has an answer sheet', () => {
      expect(existsSync(sheetPath)).toBe(true);
    });
    if (!existsSync(sheetPath)) return;
    const sheet = parse(readFileSync(sheetPath, 'utf8')) as AnswerSheet;

    it('scores 100 on its perfect path, which is not simply the first reply throughout', async () => {
      const r = await kefu(['play', id, '--answers', sheet.perfect.join(','), '--json']);
      expect(r.stderr).toBe('');
      const result = JSON.parse(r.stdout) as { score: number; outcome: string; methods: unknown[]; faults: unknown[]; turns: unknown[] };
      expect(result).toMatchObject({ score: 100, outcome: 'satisfied', faults: [] });
      expectResultShape(result);
      expect(result.turns).toHaveLength(sheet.perfect.length);
      expect(sheet.perfect.some((n) => n !== 1)).toBe(true);
    });

    it.each((sheet.faulty ?? []).map((f, i) => [i + 1, f] as const))('faulty path %i reaches its outcome and flags its faults', async (_n, path) => {
      const r = await kefu(['play', id, '--answers', path.answers.join(','), '--json']);
      expect(r.stderr).toBe('');
      const result = JSON.parse(r.stdout) as { score: number; outcome: string; methods: { id: string; missing: string[] }[]; faults: { id: string }[]; turns: unknown[] };
      expectResultShape(result);
      expect(result.outcome).toBe(path.outcome);
      for (const [method, steps] of Object.entries(path.missing ?? {})) {
        expect(result.methods.find((m) => m.id === method)?.missing, `missing steps of ${method}`).toEqual(steps);
      }
      expect(result.score).toBeLessThan(100);
      const flagged = new Set(result.faults.map((f) => f.id));
      for (const f of path.faults) expect(flagged.has(f), `fault ${f}`).toBe(true);
    });

    it('has at least one faulty path', () => {
      expect(sheet.faulty?.length ?? 0).toBeGreaterThan(0);
    });
  });
});
