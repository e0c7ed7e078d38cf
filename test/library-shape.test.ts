import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { bundledCatalog, bundledDir, bundledScenarios, catalogueLibrary, loadPlayableScenario, readCatalogue } from '../src/cli/files.js';
import { moodAfter, target } from '../src/engine/engine.js';
import type { CompiledChoice, CompiledNode, CompiledScenario } from '../src/scenario/compile.js';
import { ROOT } from './helpers/cli.js';

/**
 * What the shipped library promises trainers, beyond validity: every personality type
 * covered, difficulties spread, and conversations long and branching enough to rehearse.
 */
const library: CompiledScenario[] = bundledScenarios().map(({ path }) => loadPlayableScenario(path, ROOT).compiled);

/** Decisions on the longest path from start to an ending that visits no node twice. */
function longestDecisions(s: CompiledScenario): number {
  const memo = new Map<string, number>();
  const walk = (id: string, onPath: Set<string>): number => {
    const node = s.nodes.get(id);
    if (!node || node.ending) return 0;
    if (memo.has(id)) return memo.get(id)!;
    onPath.add(id);
    let best = 0;
    for (const choice of node.choices) {
      for (const b of choice.next) if (!onPath.has(b.goto)) best = Math.max(best, walk(b.goto, onPath));
    }
    onPath.delete(id);
    // Memoising is exact only on acyclic graphs; the library's conversations are.
    memo.set(id, best + 1);
    return best + 1;
  };
  return walk(s.start, new Set());
}

/** For each conditional `next`, the distinct targets some reachable mood actually takes. */
function conditionalTargets(s: CompiledScenario): Map<string, Set<string>> {
  const taken = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const queue: [string, number][] = [[s.start, s.startMood]];
  while (queue.length > 0) {
    const [id, mood] = queue.pop()!;
    const key = `${id}@${mood}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const node = s.nodes.get(id)!;
    for (const choice of node.choices) {
      const after = moodAfter(choice, mood);
      const goto = target(choice, after);
      if (choice.next.length > 1) {
        const k = `${id}#${choice.index + 1}`;
        taken.set(k, (taken.get(k) ?? new Set()).add(goto));
      }
      queue.push([goto, after]);
    }
  }
  return taken;
}

/**
 * The reply a trainee should pick at a decision: fault-free, with the most steps of the graded
 * methods; among equals, the widest (so a tie never hides a giveaway). None when every reply errs.
 */
function bestReply(node: CompiledNode): CompiledChoice | undefined {
  const clean = node.choices.filter((c) => c.faults.length === 0);
  return clean.reduce<CompiledChoice | undefined>((best, c) => {
    if (!best || c.moves.length > best.moves.length) return c;
    return c.moves.length === best.moves.length && stringWidth(c.reply) > stringWidth(best.reply) ? c : best;
  }, undefined);
}

/** Whether the best reply is at least as wide on screen as every other reply at the decision. */
function bestIsLongest(node: CompiledNode): boolean {
  const best = bestReply(node);
  if (!best) return false;
  const width = stringWidth(best.reply);
  return node.choices.every((c) => c === best || stringWidth(c.reply) <= width);
}

const allDecisions = library.flatMap((s) => [...s.nodes.values()].filter((n) => !n.ending).map((n) => ({ scenario: s.id, node: n })));

describe('the shipped library trains judgement, not pattern matching', () => {
  it('has the best reply longest in at most 40% of all decisions', () => {
    const longest = allDecisions.filter((d) => bestIsLongest(d.node));
    expect(longest.length / allDecisions.length, longest.map((d) => `${d.scenario}:${d.node.id}`).join(' ')).toBeLessThanOrEqual(0.4);
  });

  it('has no reply over 120 characters', () => {
    const over = allDecisions.flatMap((d) => d.node.choices.filter((c) => [...c.reply].length > 120).map((c) => `${d.scenario}:${d.node.id}#${c.index + 1}`));
    expect(over).toEqual([]);
  });

  it('grades with every bundled method somewhere', () => {
    const used = new Set(library.flatMap((s) => s.methods.map((m) => m.id)));
    const bundled = [...catalogueLibrary(readCatalogue(bundledDir(), ROOT)).library.methods.keys()];
    expect(bundled.length).toBeGreaterThanOrEqual(5);
    expect(bundled.filter((m) => !used.has(m))).toEqual([]);
  });
});

describe('the shipped library covers the course', () => {
  const personalities = bundledCatalog(ROOT).personalities.map((p) => p.id);
  const count = (pred: (s: CompiledScenario) => boolean): number => library.filter(pred).length;

  it('has at least 20 scenarios over at least 7 personality types', () => {
    expect(library.length).toBeGreaterThanOrEqual(20);
    expect(new Set(library.map((s) => s.personality.id)).size).toBeGreaterThanOrEqual(7);
  });

  it('has at least three scenarios for each of the three core types and one for every other type', () => {
    expect(personalities.length).toBeGreaterThanOrEqual(7);
    for (const p of personalities) {
      const need = ['easygoing', 'reserved', 'arrogant'].includes(p) ? 3 : 1;
      expect(count((s) => s.personality.id === p), p).toBeGreaterThanOrEqual(need);
    }
  });

  it('spreads difficulty over 1 to 5', () => {
    expect(new Set(library.map((s) => s.source.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('is listed in the authoring guide, each row with its personality and difficulty', () => {
    const guide = readFileSync(join(ROOT, 'scenarios', 'README.md'), 'utf8');
    const rows = new Map([...guide.matchAll(/^\| `([a-z0-9-]+)` \| [^|]+ \| ([a-z-]+) \S+ \| (\d) \|/gm)].map((m) => [m[1]!, { personality: m[2], difficulty: Number(m[3]) }]));
    expect(new Map(library.map((s) => [s.id, { personality: s.personality.id, difficulty: s.source.difficulty }]))).toEqual(rows);
  });

  it('grades at least three scenarios on the seven complaint steps', () => {
    expect(count((s) => s.methods.some((m) => m.id === 'complaint-seven-step'))).toBeGreaterThanOrEqual(3);
  });
});

describe.each(library.map((s) => [s.id, s] as const))('%s is worth rehearsing', (_id, s) => {
  const decisions = [...s.nodes.values()].filter((n) => !n.ending);
  const endings = [...s.nodes.values()].filter((n) => n.ending);

  it('has at least 6 decisions on its longest path', () => {
    expect(longestDecisions(s)).toBeGreaterThanOrEqual(6);
  });

  it('offers at least 3 replies at most decisions and never just one', () => {
    expect(decisions.every((n) => n.choices.length >= 2)).toBe(true);
    expect(decisions.filter((n) => n.choices.length >= 3).length * 2).toBeGreaterThan(decisions.length);
  });

  it('has at least 3 endings with at least 3 different outcomes', () => {
    expect(endings.length).toBeGreaterThanOrEqual(3);
    expect(new Set(endings.map((n) => n.ending)).size).toBeGreaterThanOrEqual(3);
  });

  it('lets the mood decide where the talk goes: some conditional next takes both ways', () => {
    const both = [...conditionalTargets(s).values()].filter((t) => t.size > 1);
    expect(both.length).toBeGreaterThan(0);
  });

  it('has feedback on every reply and a debrief on every ending', () => {
    const silent = decisions.flatMap((n) => n.choices.filter((c) => !c.feedback?.trim()).map((c) => `${n.id}#${c.index + 1}`));
    expect(silent).toEqual([]);
    expect(endings.filter((n) => !n.feedback?.trim()).map((n) => n.id)).toEqual([]);
  });

  it('tempts the trainee: faults from the catalogue on several replies', () => {
    const faulty = decisions.flatMap((n) => n.choices).filter((c) => c.faults.length > 0);
    expect(faulty.length).toBeGreaterThanOrEqual(decisions.length);
  });
});
