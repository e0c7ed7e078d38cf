import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathRow } from '../../src/analysis/paths.js';
import { byScore, countPaths, forEachPath, listPaths, matches, pathRow } from '../../src/analysis/paths.js';
import type { PlayState } from '../../src/engine/engine.js';
import { choose, playAnswers, start } from '../../src/engine/engine.js';
import { grade } from '../../src/grading/grade.js';
import type { Scenario } from '../../src/model/schema.js';
import type { CompiledScenario } from '../../src/scenario/compile.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { testLibrary } from '../helpers/library.js';

function compiled(nodes: Scenario['nodes'], mood = 50): CompiledScenario {
  return compileScenario(
    { id: 't', title: 't', summary: 's', locale: 'en', difficulty: 1, customer: { name: 'c', personality: 'plain', mood }, methods: ['emotional'], start: 'a', nodes },
    testLibrary,
  );
}

const ok = { customer: 'bye', ending: 'satisfied' } as const;
const lost = { customer: 'bye', ending: 'lost' } as const;

/**
 * Five paths, each score worked out by hand (plain customer: weights 1; three steps, each a
 * third of 100; cold costs 10):
 *   1,1  all three steps, satisfied        100
 *   1,2  willingness, empathy, cold, lost   66 − 10 = 56
 *   2    willingness, lost                  33
 *   3,1  responsibility, satisfied          33
 *   3,2  nothing but cold, lost             0
 */
const fork = compiled({
  a: {
    customer: 'hi',
    choices: [
      { reply: 'two steps', moves: ['willingness', 'empathy'], mood: 0, next: 'b' },
      { reply: 'one step', moves: ['willingness'], mood: 0, next: 'lost' },
      { reply: 'nothing', mood: 0, next: 'c' },
    ],
  },
  b: {
    customer: 'and?',
    choices: [
      { reply: 'the third', moves: ['responsibility'], mood: 0, next: 'ok' },
      { reply: 'cold', faults: ['cold'], mood: 0, next: 'lost' },
    ],
  },
  c: {
    customer: 'well?',
    choices: [
      { reply: 'the third', moves: ['responsibility'], mood: 0, next: 'ok' },
      { reply: 'cold', faults: ['cold'], mood: 0, next: 'lost' },
    ],
  },
  ok,
  lost,
});

const all = (s: CompiledScenario): PathRow[] => {
  const r = listPaths(s, { limit: 0 });
  if (!r.ok) throw new Error(r.reason);
  return [...r.rows];
};

describe('kefu paths: enumeration on small hand-checked graphs', () => {
  it('lists every path once, best score first, ties by answers, with grading’s figures', () => {
    const rows = all(fork);
    expect(rows.map((r) => [r.answers.join(','), r.score, r.grade, r.outcome])).toEqual([
      ['1,1', 100, 'A', 'satisfied'],
      ['1,2', 56, 'F', 'lost'],
      ['2', 33, 'F', 'lost'],
      ['3,1', 33, 'F', 'satisfied'],
      ['3,2', 0, 'F', 'lost'],
    ]);
    expect(rows[1]).toEqual({
      answers: [1, 2],
      nodes: ['a', 'b'],
      ending: 'lost',
      outcome: 'lost',
      score: 56,
      grade: 'F',
      passed: false,
      faults: ['cold'],
      missing: { emotional: ['responsibility'] },
      outOfOrder: { emotional: [] },
    });
    expect(rows[3]!.missing).toEqual({ emotional: ['willingness', 'empathy'] });
  });

  it('counts exactly, from the analysis, the number enumerated', () => {
    const counted = countPaths(fork);
    expect(counted).toEqual({ ok: true, paths: 5n });
    let n = 0;
    forEachPath(fork, () => n++);
    expect(n).toBe(5);
  });

  it('each row is what grade() gives for its answers', () => {
    for (const row of all(fork)) {
      const { state } = playAnswers(fork, row.answers);
      const report = grade(fork, state.turns, state.outcome!);
      expect([row.score, row.grade, row.passed, row.faults]).toEqual([report.score, report.grade, report.passed, report.faults.map((f) => f.id)]);
      expect(pathRow(fork, state)).toEqual(row);
    }
  });

  it('keeps paths apart that meet in one state (a diamond): 2 × 2 = 4', () => {
    const diamond = compiled({
      a: { customer: 'x', choices: [{ reply: 'p', mood: 0, next: 'b' }, { reply: 'q', mood: 0, next: 'b' }] },
      b: { customer: 'y', choices: [{ reply: 'r', moves: ['willingness', 'empathy', 'responsibility'], mood: 0, next: 'ok' }, { reply: 's', mood: 0, next: 'lost' }] },
      ok,
      lost,
    });
    expect(countPaths(diamond)).toEqual({ ok: true, paths: 4n });
    expect(all(diamond).map((r) => r.answers.join(','))).toEqual(['1,1', '2,1', '1,2', '2,2']);
  });

  it('follows the branch the mood picks: the same reply leads on or out', () => {
    const branching = compiled(
      {
        a: {
          customer: 'x',
          choices: [
            { reply: 'warm', moves: ['willingness'], mood: 20, next: 'b' },
            { reply: 'flat', mood: 0, next: 'b' },
          ],
        },
        b: {
          customer: 'y',
          choices: [
            {
              reply: 'go on',
              moves: ['empathy', 'responsibility'],
              mood: 0,
              next: [
                { if: 'mood >= 60', goto: 'ok' },
                { goto: 'lost' },
              ],
            },
          ],
        },
        ok,
        lost,
      },
      50,
    );
    expect(all(branching).map((r) => [r.answers.join(','), r.ending, r.score])).toEqual([
      ['1,1', 'ok', 100],
      ['2,1', 'lost', 59],
    ]);
  });

  it('filters by outcome, fault and pass, all given conditions at once', () => {
    const only = (filter: Parameters<typeof matches>[1]): string[] => {
      const r = listPaths(fork, { limit: 0, filter });
      if (!r.ok) throw new Error(r.reason);
      expect(r.matching).toBe(r.rows.length);
      expect(r.paths).toBe(5n);
      return r.rows.map((x) => x.answers.join(','));
    };
    expect(only({ outcome: 'lost' })).toEqual(['1,2', '2', '3,2']);
    expect(only({ fault: 'cold' })).toEqual(['1,2', '3,2']);
    expect(only({ passed: true })).toEqual(['1,1']);
    expect(only({ passed: false, outcome: 'satisfied' })).toEqual(['3,1']);
    expect(only({ fault: 'argue' })).toEqual([]);
  });

  it('a limit keeps the best paths in order and counts every match', () => {
    for (const limit of [1, 2, 3, 4, 5, 9]) {
      const r = listPaths(fork, { limit });
      if (!r.ok) throw new Error(r.reason);
      expect(r.matching).toBe(5);
      expect(r.rows).toEqual(all(fork).slice(0, limit));
    }
  });

  it('orders by score, then answers as numbers: 1,2 before 1,10 before 2', () => {
    const row = (score: number, answers: number[]): PathRow => ({ ...all(fork)[0]!, score, answers });
    const sorted = [row(50, [2]), row(50, [1, 10]), row(90, [3]), row(50, [1, 2]), row(50, [1])].sort(byScore);
    expect(sorted.map((r) => `${r.score}:${r.answers.join(',')}`)).toEqual(['90:3', '50:1', '50:1,2', '50:1,10', '50:2']);
  });

  it('refuses a loop that can be repeated at will: the paths are endless', () => {
    const loop = compiled({
      a: { customer: 'x', choices: [{ reply: 'again', mood: 0, next: 'a' }, { reply: 'done', mood: 0, next: 'ok' }] },
      ok,
    });
    expect(countPaths(loop)).toEqual({ ok: false, reason: 'infinite' });
    expect(listPaths(loop, { limit: 50 })).toEqual({ ok: false, reason: 'infinite' });
  });

  it('a loop the mood leaves is finite: each pass is a new state, and the count says so', () => {
    // "again" lowers the mood by 30 from 50, clamped at 0: 50 → 20 → 0 → 0 … a loop once at 0.
    const fading = compiled({
      a: {
        customer: 'x',
        choices: [
          { reply: 'again', mood: -30, next: [{ if: 'mood >= 10', goto: 'a' }, { goto: 'lost' }] },
          { reply: 'done', moves: ['willingness', 'empathy', 'responsibility'], mood: 0, next: 'ok' },
        ],
      },
      ok,
      lost,
    });
    expect(countPaths(fading)).toEqual({ ok: true, paths: 3n });
    expect(all(fading).map((r) => [r.answers.join(','), r.score])).toEqual([
      ['1,2', 100],
      ['2', 100],
      ['1,1', 0],
    ]);
  });

  it('refuses to grade more paths than its bound, and to list all above its bound, with the exact count', () => {
    expect(listPaths(fork, { limit: 2, maxGraded: 4 })).toEqual({ ok: false, reason: 'too-many', paths: 5n, max: 4 });
    expect(listPaths(fork, { limit: 0, maxListed: 4 })).toEqual({ ok: false, reason: 'too-many-to-list', paths: 5n, matching: 5, max: 4 });
    expect(listPaths(fork, { limit: 0, maxListed: 4, filter: { outcome: 'lost' } })).toMatchObject({ ok: true, matching: 3 });
    expect(countPaths(fork, { maxStates: 2 })).toMatchObject({ ok: false, reason: 'too-large' });
  });
});

/** Every path up to `depth` replies, played by the engine and graded by {@link pathRow}. */
function bruteForce(s: CompiledScenario, depth: number): { rows: PathRow[]; cut: boolean } {
  const rows: PathRow[] = [];
  let cut = false;
  const walk = (state: PlayState): void => {
    if (state.outcome) return void rows.push(pathRow(s, state));
    if (state.turns.length >= depth) return void (cut = true);
    s.nodes.get(state.node)!.choices.forEach((_c, i) => walk(choose(s, state, i)));
  };
  walk(start(s));
  return { rows: rows.sort(byScore), cut };
}

/** Random scenarios of up to five decisions, with loops, mood changes and mood conditions. */
const randomScenario: fc.Arbitrary<CompiledScenario> = fc
  .record({
    decisions: fc.integer({ min: 1, max: 5 }),
    mood: fc.integer({ min: 0, max: 100 }),
    replies: fc.array(
      fc.record({
        moves: fc.subarray(['willingness', 'empathy', 'responsibility']),
        faults: fc.subarray(['cold', 'argue']),
        mood: fc.integer({ min: -40, max: 40 }),
        to: fc.nat(),
        alt: fc.nat(),
        threshold: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      }),
      { minLength: 15, maxLength: 15 },
    ),
  })
  .map(({ decisions, mood, replies }) => {
    const nodes: Scenario['nodes'] = { ok, lost };
    const names = [...Array.from({ length: decisions }, (_, i) => (i === 0 ? 'a' : `n${i}`)), 'ok', 'lost'];
    for (let i = 0; i < decisions; i++) {
      const choices = replies.slice(i * 3, i * 3 + 2 + (i % 2)).map((r, c) => {
        // Forward to a later node or an ending, or (by the alternative) anywhere: loops.
        const later = names[i + 1 + (r.to % (names.length - i - 1))]!;
        const anywhere = names[r.alt % names.length]!;
        return { reply: `r${c}`, moves: r.moves, faults: r.faults, mood: r.mood, next: r.threshold !== undefined ? [{ if: `mood >= ${r.threshold}`, goto: anywhere }, { goto: later }] : later };
      });
      nodes[names[i]!] = { customer: 'x', choices };
    }
    return compiled(nodes, mood);
  });

describe('kefu paths agrees with playing every path one by one', () => {
  it('lists exactly the paths the engine plays, in order, with the count the analysis gives', () => {
    fc.assert(
      fc.property(randomScenario, (s) => {
        const listed = listPaths(s, { limit: 0, maxGraded: 5_000 });
        const brute = bruteForce(s, 9);
        if (!listed.ok) {
          // Refused only for an endless loop or too many paths to grade; the depth bound then cuts.
          expect(['infinite', 'too-many']).toContain(listed.reason);
          expect(brute.cut).toBe(true);
          return;
        }
        expect(BigInt(listed.rows.length)).toBe(listed.paths);
        if (!brute.cut) expect(listed.rows).toEqual(brute.rows);
        else for (const row of brute.rows) expect(listed.rows).toContainEqual(row);
      }),
      { numRuns: 150 },
    );
  });
});
