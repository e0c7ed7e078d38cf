import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../src/analysis/analyse.js';
import type { CompleteAnalysis } from '../../src/analysis/analyse.js';
import type { PlayState } from '../../src/engine/engine.js';
import { choose, start } from '../../src/engine/engine.js';
import { grade } from '../../src/grading/grade.js';
import type { Scenario } from '../../src/model/schema.js';
import type { CompiledScenario } from '../../src/scenario/compile.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { buildLibrary, loadScenario } from '../../src/scenario/library.js';
import { parseText } from '../../src/scenario/source.js';
import { layeredScenario } from '../bench/generate.mjs';
import { emotional, faults, objection, plain, testLibrary, touchy } from '../helpers/library.js';

type Nodes = Scenario['nodes'];

function compiled(nodes: Nodes, opts: { methods?: string[]; personality?: string; mood?: number } = {}): CompiledScenario {
  return compileScenario(
    {
      id: 't',
      title: 't',
      summary: 's',
      locale: 'en',
      difficulty: 1,
      customer: { name: 'c', personality: opts.personality ?? 'plain', mood: opts.mood ?? 50 },
      methods: opts.methods ?? ['emotional'],
      start: 'a',
      nodes,
    },
    testLibrary,
  );
}

function complete(s: CompiledScenario): CompleteAnalysis {
  const a = analyseScenario(s);
  if (!a.complete) throw new Error('analysis incomplete');
  return a;
}

const ok = { customer: 'bye', ending: 'satisfied' } as const;
const lost = { customer: 'bye', ending: 'lost' } as const;
const neutral = { customer: 'bye', ending: 'neutral' } as const;

describe('path analysis on small hand-checked graphs', () => {
  it('three paths: perfect (100), a fault (90), one step then lost (33)', () => {
    const a = complete(
      compiled({
        a: {
          customer: 'hi',
          choices: [
            { reply: 'all', moves: ['willingness', 'empathy', 'responsibility'], mood: 0, next: 'ok' },
            { reply: 'all, coldly', moves: ['willingness', 'empathy', 'responsibility'], faults: ['cold'], mood: 0, next: 'ok' },
            { reply: 'one', moves: ['willingness'], mood: 0, next: 'lost' },
          ],
        },
        ok,
        lost,
      }),
    );
    // Missing two of three steps: floor(100 × 1/3) = 33, under the lost cap of 59.
    expect(a).toMatchObject({ paths: 3n, best: 100, worst: 33, unboundedFaults: false });
  });

  it('a diamond counts reply sequences, not nodes: 2 × 3 = 6 paths', () => {
    const two = (next: string): Nodes[string] => ({ customer: 'x', choices: [{ reply: 'p', next }, { reply: 'q', next }] });
    const a = complete(compiled({ a: two('b'), b: { customer: 'x', choices: [1, 2, 3].map((i) => ({ reply: `r${i}`, next: 'ok' })) }, ok }));
    expect(a.paths).toBe(6n);
    // No step is ever performed: method score 0, whatever the path.
    expect([a.best, a.worst]).toEqual([0, 0]);
  });

  it('a loop that can be left gives infinitely many paths; a costly loop makes the worst score 0', () => {
    const a = complete(
      compiled({
        a: {
          customer: 'x',
          choices: [
            { reply: 'done', moves: ['willingness', 'empathy', 'responsibility'], mood: 0, next: 'ok' },
            { reply: 'again', faults: ['jargon'], mood: 0, next: 'a' },
          ],
        },
        ok,
      }),
    );
    expect(a).toMatchObject({ paths: 'infinite', best: 100, worst: 0, unboundedFaults: true });
  });

  it('a free loop is infinite in paths but bounded in score', () => {
    const a = complete(
      compiled({
        a: {
          customer: 'x',
          choices: [
            { reply: 'done', moves: ['willingness', 'empathy', 'responsibility'], mood: 0, next: 'ok' },
            { reply: 'wait', mood: 0, next: 'a' },
          ],
        },
        ok,
      }),
    );
    expect(a).toMatchObject({ paths: 'infinite', best: 100, worst: 100, unboundedFaults: false });
  });

  it('honours mood: a branch that cannot hold is never taken, its target unreachable', () => {
    const a = complete(
      compiled(
        {
          a: {
            customer: 'x',
            choices: [
              { reply: 'up', mood: 10, next: [{ if: 'mood >= 70', goto: 'n' }, { goto: 'ok' }] },
              { reply: 'down', mood: -10, next: 'lost' },
            ],
          },
          n: neutral,
          ok,
          lost,
        },
        { mood: 50 },
      ),
    );
    expect([...a.reachable].sort()).toEqual(['a', 'lost', 'ok']);
    expect(a.deadBranches).toEqual([{ node: 'a', choice: 0, branch: 0, goto: 'n' }]);
    expect(a.paths).toBe(2n);
  });

  it('a mood that climbs round a loop opens a branch only after enough rounds', () => {
    const a = complete(
      compiled({
        a: { customer: 'x', choices: [{ reply: 'again', mood: 10, next: [{ if: 'mood >= 80', goto: 'ok' }, { goto: 'a' }] }, { reply: 'quit', next: 'lost' }] },
        ok,
        lost,
      }),
    );
    // 50 → 60 → 70 → 80: the third "again" ends; before that, "quit" ends. Paths: q, aq, aaq, aaa.
    expect(a.paths).toBe(4n);
    expect(a.traps).toEqual([]);
  });

  it('facts before feelings is charged once, as grading charges it', () => {
    const a = complete(
      compiled(
        {
          a: {
            customer: 'x',
            choices: [
              { reply: 'handle first', moves: ['pause', 'restate', 'confirm', 'handle'], mood: 0, next: 'b' },
              { reply: 'feel first', moves: ['willingness', 'empathy', 'pause', 'restate', 'confirm'], mood: 0, next: 'c' },
            ],
          },
          b: { customer: 'x', choices: [{ reply: 'rest', moves: ['willingness', 'empathy', 'responsibility', 'check'], mood: 0, next: 'ok' }, { reply: 'no', next: 'lost' }] },
          c: { customer: 'x', choices: [{ reply: 'rest', moves: ['responsibility', 'handle', 'check'], mood: 0, next: 'ok' }, { reply: 'no', next: 'lost' }] },
          ok,
          lost,
        },
        { methods: ['emotional', 'objection'] },
      ),
    );
    expect(a.best).toBe(100);
    // The handle-first path, completed, scores 100 − 10 = 90 and is the best that commits it.
    expect(a.unavoidableFaults).toEqual([]);
  });

  it('says which steps no path performs in order and which faults every path commits', () => {
    const a = complete(
      compiled({
        a: { customer: 'x', choices: [{ reply: 'r', moves: ['responsibility'], faults: ['cold'], mood: 0, next: 'b' }, { reply: 's', next: 'lost' }] },
        b: { customer: 'x', choices: [{ reply: 'r', moves: ['willingness', 'empathy'], mood: 0, next: 'ok' }, { reply: 's', next: 'lost' }] },
        ok,
        lost,
      }),
    );
    expect(a.stepsNeverInOrder).toEqual([{ method: 'emotional', step: 'responsibility' }]);
    expect(a.unavoidableFaults).toEqual(['cold']);
    // 2 in order + ½ out of order of 3 → floor(83.3) = 83, minus 10 = 73.
    expect(a.best).toBe(73);
  });

  it('reports traps by node, with the moods at which they trap', () => {
    const a = complete(
      compiled({
        a: { customer: 'x', choices: [{ reply: 'p', next: 'loop' }, { reply: 'q', next: 'ok' }] },
        loop: { customer: 'x', choices: [{ reply: 'p', next: 'loop' }, { reply: 'q', next: 'loop' }] },
        ok,
      }),
    );
    expect(a.traps).toEqual([{ node: 'loop', moods: [50], always: true }]);
    expect(a.paths).toBe(1n);
  });
});

describe('a generated scenario with 10,000 nodes and 2^60 paths', () => {
  // How fast is the benchmark's question (npm run bench, suite analysis), not a test's.
  it('is analysed exactly, paths counted without enumerating them', () => {
    const text = layeredScenario();
    const parsed = parseText(text, 'layered.yaml');
    const scenario = loadScenario(parsed).value!;
    expect(Object.keys(scenario.nodes)).toHaveLength(10_000);
    const library = buildLibrary({ methods: [{ ...emotional, id: 'emotional-three-step' }], faults, personalities: [{ ...plain, id: 'easygoing' }] });
    const s = compileScenario(scenario, library);
    const a = analyseScenario(s);
    if (!a.complete) throw new Error('incomplete');
    expect(a.paths).toBe(2n ** 60n);
    expect(a.reachable.size).toBe(10_000);
    expect(a.traps).toEqual([]);
    expect(a.best).toBe(100);
  });
});

/** Every path of a scenario up to `depth` replies, played by the engine and graded by grading. */
function enumerate(s: CompiledScenario, depth = Infinity): { scores: number[]; count: number; cut: boolean } {
  const scores: number[] = [];
  let cut = false;
  const walk = (state: PlayState): void => {
    if (state.outcome) {
      scores.push(grade(s, state.turns, state.outcome).score);
      return;
    }
    if (state.turns.length >= depth) {
      cut = true;
      return;
    }
    const node = s.nodes.get(state.node)!;
    node.choices.forEach((_c, i) => walk(choose(s, state, i)));
  };
  walk(start(s));
  return { scores, count: scores.length, cut };
}

const STEP_POOL = ['willingness', 'empathy', 'responsibility', 'pause', 'restate', 'confirm', 'handle', 'check'];
const FAULT_POOL = ['cold', 'argue', 'jargon', 'facts-before-feelings', 'shift-blame'];

/**
 * Random scenarios: node i leads to nodes after it (or, with `loops`, anywhere), the last
 * ones are endings.
 */
const randomScenario = (loops: boolean): fc.Arbitrary<CompiledScenario> =>
  fc
  .record({
    decisions: fc.integer({ min: 1, max: 6 }),
    personality: fc.constantFrom('plain', 'touchy'),
    mood: fc.integer({ min: 0, max: 100 }),
    seeds: fc.array(
      fc.record({
        moves: fc.subarray(STEP_POOL, { maxLength: 4 }),
        faults: fc.subarray(FAULT_POOL, { maxLength: 2 }),
        mood: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
        threshold: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        jump: fc.nat(),
        alt: fc.nat(),
      }),
      { minLength: 24, maxLength: 24 },
    ),
    endings: fc.array(fc.constantFrom('satisfied', 'neutral', 'lost', 'escalated' as const), { minLength: 2, maxLength: 2 }),
  })
  .map(({ decisions, personality, mood, seeds, endings }) => {
    const nodes: Nodes = {};
    const name = (i: number): string => (i < decisions ? `n${i}` : `e${i - decisions}`);
    let k = 0;
    for (let i = 0; i < decisions; i++) {
      const choices = [0, 1, 2].slice(0, 2 + (i % 2)).map((c) => {
        const seed = seeds[k++ % seeds.length]!;
        const span = decisions + 2 - (i + 1);
        const to = loops ? name(seed.jump % (decisions + 2)) : name(i + 1 + (seed.jump % span));
        const alt = name(i + 1 + (seed.alt % span));
        return {
          reply: `r${c}`,
          moves: seed.moves,
          faults: seed.faults,
          ...(seed.mood !== undefined ? { mood: seed.mood } : {}),
          next: seed.threshold !== undefined ? [{ if: `mood >= ${seed.threshold}`, goto: to }, { goto: alt }] : to,
        };
      });
      nodes[name(i)] = { customer: 'x', choices };
    }
    endings.forEach((e, j) => (nodes[`e${j}`] = { customer: 'bye', ending: e }));
    nodes.n0 ??= { customer: 'x', ending: 'satisfied' };
    return compileScenario(
      { id: 't', title: 't', summary: 's', locale: 'en', difficulty: 1, customer: { name: 'c', personality, mood }, methods: ['emotional', 'objection'], start: 'n0', nodes },
      buildLibrary({ methods: [emotional, objection], faults, personalities: [plain, touchy] }),
    );
  });

describe('analysis agrees with playing and grading every path', () => {
  it('best, worst and path count equal those of brute-force enumeration', () => {
    fc.assert(
      fc.property(randomScenario(false), (s) => {
        const a = complete(s);
        const e = enumerate(s);
        expect(a.paths).toBe(BigInt(e.count));
        expect(a.best).toBe(Math.max(...e.scores));
        expect(a.worst).toBe(Math.min(...e.scores));
      }),
      { numRuns: 300 },
    );
  });
});

describe('analysis bounds every path of a scenario with loops', () => {
  it('no path up to 9 replies scores above the best or below the worst; counts agree when every path is short', () => {
    fc.assert(
      fc.property(randomScenario(true), (s) => {
        const a = complete(s);
        const e = enumerate(s, 9);
        if (e.count === 0) return;
        expect(a.best).toBeGreaterThanOrEqual(Math.max(...e.scores));
        expect(a.worst).toBeLessThanOrEqual(Math.min(...e.scores));
        if (!e.cut) {
          expect(a.paths).toBe(BigInt(e.count));
          expect(a.best).toBe(Math.max(...e.scores));
          expect(a.worst).toBe(Math.min(...e.scores));
        } else if (a.paths !== 'infinite') {
          // Paths cut short may be stuck in a trap, so they need not add to the count.
          expect(a.paths).toBeGreaterThanOrEqual(BigInt(e.count));
        }
      }),
      { numRuns: 200 },
    );
  });
});
