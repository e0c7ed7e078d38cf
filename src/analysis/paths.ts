import type { PlayState } from '../engine/engine.js';
import { choose, start } from '../engine/engine.js';
import type { Grade, Report } from '../grading/grade.js';
import { grade } from '../grading/grade.js';
import type { Outcome } from '../model/schema.js';
import type { CompiledScenario } from '../scenario/compile.js';
import { analyseScenario, DEFAULT_MAX_STATES, liveStates } from './analyse.js';
import { exploreStates } from './state-graph.js';

/**
 * The most paths `kefu paths` grades to sort them: every path must be graded before the
 * best 50 are known, and grading takes tens of microseconds a path (131,072 paths of 17
 * replies: 5 s on a busy machine). Above it the count is still exact.
 */
export const MAX_GRADED_PATHS = 200_000;

/** The most paths listed at once (`--limit 0`): beyond that a listing is for a program, not a trainer. */
export const MAX_LISTED_PATHS = 100_000;

/** One path from the start to an ending, graded by grading's own {@link grade}. */
export interface PathRow {
  /** 1-based reply numbers as authored, one per decision on the path. */
  readonly answers: readonly number[];
  /** `nodes[i]` is the decision node at which `answers[i]` was chosen. */
  readonly nodes: readonly string[];
  /** The ending node's id. */
  readonly ending: string;
  readonly outcome: Outcome;
  readonly score: number;
  readonly grade: Grade;
  readonly passed: boolean;
  /** One id per fault committed, in turn order, as grading charges them. */
  readonly faults: readonly string[];
  /** Per graded method (every one, in the scenario's order), the steps the path leaves out. */
  readonly missing: Readonly<Record<string, readonly string[]>>;
  /** Per graded method, the steps the path performs out of order. */
  readonly outOfOrder: Readonly<Record<string, readonly string[]>>;
}

/** Which paths to keep: every condition given must hold. */
export interface PathFilter {
  readonly outcome?: Outcome;
  /** A fault the path commits at least once. */
  readonly fault?: string;
  /** True: passing paths only; false: failing ones only. */
  readonly passed?: boolean;
}

/** Whether a path passes a filter. */
export function matches(row: Pick<PathRow, 'outcome' | 'faults' | 'passed'>, filter: PathFilter): boolean {
  if (filter.outcome !== undefined && row.outcome !== filter.outcome) return false;
  if (filter.fault !== undefined && !row.faults.includes(filter.fault)) return false;
  if (filter.passed !== undefined && row.passed !== filter.passed) return false;
  return true;
}

/** Whether a filter keeps every path. */
export function keepsAll(filter: PathFilter): boolean {
  return filter.outcome === undefined && filter.fault === undefined && filter.passed === undefined;
}

/**
 * The order paths are listed in: highest score first, then by answers as numbers, first
 * reply first (`1,2` before `1,10` before `2`). A total order: no two paths share answers.
 */
export function byScore(a: Pick<PathRow, 'score' | 'answers'>, b: Pick<PathRow, 'score' | 'answers'>): number {
  if (a.score !== b.score) return b.score - a.score;
  const n = Math.min(a.answers.length, b.answers.length);
  for (let i = 0; i < n; i++) if (a.answers[i] !== b.answers[i]) return a.answers[i]! - b.answers[i]!;
  return a.answers.length - b.answers.length;
}

/** Why the paths of a scenario cannot be listed. */
export type PathsRefusal =
  /** The analysis reached its state limit before it had seen every state. */
  | { readonly reason: 'too-large'; readonly states: number }
  /** A loop can be gone round at will before an ending: the paths are endless. */
  | { readonly reason: 'infinite' }
  /** More paths than {@link MAX_GRADED_PATHS}: the count is exact, the sort would take too long. */
  | { readonly reason: 'too-many'; readonly paths: bigint; readonly max: number };

/** The exact number of paths, from the analysis, without enumerating them. */
export type PathCount = { readonly ok: true; readonly paths: bigint } | ({ readonly ok: false } & PathsRefusal);

/**
 * How many distinct reply sequences lead from the start to an ending: the analysis's exact
 * count (linear in the reachable states, whatever the number of paths), or why there is none.
 */
export function countPaths(scenario: CompiledScenario, options: { readonly maxStates?: number } = {}): PathCount {
  const analysis = analyseScenario(scenario, { ...options, countPaths: true });
  if (!analysis.complete) return { ok: false, reason: 'too-large', states: analysis.states };
  if (analysis.paths === 'infinite') return { ok: false, reason: 'infinite' };
  // Asked for above, so always counted.
  return { ok: true, paths: analysis.paths ?? 0n };
}

/** A finished path as a {@link PathRow}, graded by {@link grade} and nothing else. */
export function pathRow(scenario: CompiledScenario, state: PlayState): PathRow {
  if (!state.outcome) throw new Error('the path has not ended');
  return rowOf(state, grade(scenario, state.turns, state.outcome));
}

function rowOf(state: PlayState, report: Report): PathRow {
  return {
    answers: state.turns.map((t) => t.choice),
    nodes: state.turns.map((t) => t.node),
    ending: state.node,
    outcome: report.outcome,
    score: report.score,
    grade: report.grade,
    passed: report.passed,
    faults: report.faults.map((f) => f.id),
    missing: Object.fromEntries(report.methods.map((m) => [m.id, [...m.missing]])),
    outOfOrder: Object.fromEntries(report.methods.map((m) => [m.id, [...m.outOfOrder]])),
  };
}

/**
 * Calls `visit` with every path from the start to an ending, each once, depth first in
 * authored reply order. Only called when the analysis found the paths finite: a reply that
 * leads only to states from which no ending can be reached is not followed, so a loop among
 * such states (a trap) cannot keep the walk going. Iterative: any depth, no recursion.
 */
export function forEachPath(scenario: CompiledScenario, visit: (state: PlayState) => void, options: { readonly maxStates?: number } = {}): void {
  const g = exploreStates(scenario, options.maxStates ?? DEFAULT_MAX_STATES);
  if (!g.complete || g.node.length === 0) return;
  const live = liveStates(g);
  if (!live[0]) return;
  // A frame: a state of the graph, the conversation that reached it, the next edge to follow.
  const states: number[] = [0];
  const plays: PlayState[] = [start(scenario)];
  const next: number[] = [g.outStart[0]!];
  while (states.length > 0) {
    const top = states.length - 1;
    const s = states[top]!;
    if (g.ending[s]) {
      visit(plays[top]!);
      states.pop();
      plays.pop();
      next.pop();
      continue;
    }
    const e = next[top]!;
    if (e >= g.outStart[s + 1]!) {
      states.pop();
      plays.pop();
      next.pop();
      continue;
    }
    next[top] = e + 1;
    const to = g.edgeTo[e]!;
    if (!live[to]) continue;
    states.push(to);
    plays.push(choose(scenario, plays[top]!, g.edgeChoice[e]!.index));
    next.push(g.outStart[to]!);
  }
}

/** The paths a listing shows, and how many there are. */
export interface PathListing {
  readonly ok: true;
  /** Every path from the start to an ending (the analysis's exact count). */
  readonly paths: bigint;
  /** The paths the filter keeps. */
  readonly matching: number;
  /** The first `limit` of them in {@link byScore} order (all when the limit is 0). */
  readonly rows: readonly PathRow[];
}

/** Listing every path (`limit` 0) when more than {@link MAX_LISTED_PATHS} match. */
export interface TooManyToList {
  readonly ok: false;
  readonly reason: 'too-many-to-list';
  readonly paths: bigint;
  /** How many match. */
  readonly matching: number;
  readonly max: number;
}

/**
 * The paths of a scenario that a filter keeps, sorted {@link byScore}, at most `limit` of them
 * (0: all, refused above `maxListed`, by default {@link MAX_LISTED_PATHS}). What always holds: `paths` is the analysis's
 * exact count and equals the number of paths enumerated; each row's score, grade, faults and
 * steps are {@link grade}'s for that path; only the best `limit` rows are held in memory.
 */
export function listPaths(
  scenario: CompiledScenario,
  options: { readonly filter?: PathFilter; readonly limit: number; readonly maxStates?: number; readonly maxGraded?: number; readonly maxListed?: number },
): PathListing | TooManyToList | ({ readonly ok: false } & PathsRefusal) {
  const counted = countPaths(scenario, options);
  if (!counted.ok) return counted;
  const maxGraded = options.maxGraded ?? MAX_GRADED_PATHS;
  if (counted.paths > BigInt(maxGraded)) return { ok: false, reason: 'too-many', paths: counted.paths, max: maxGraded };
  const filter = options.filter ?? {};
  const maxListed = options.maxListed ?? MAX_LISTED_PATHS;
  const keep = options.limit === 0 ? maxListed + 1 : options.limit;
  const best = new WorstFirstHeap(keep);
  let matching = 0;
  forEachPath(
    scenario,
    (state) => {
      const report = grade(scenario, state.turns, state.outcome!);
      // The filter and the rank need only these: most paths go no further.
      const probe = { outcome: report.outcome, passed: report.passed, faults: report.faults.map((f) => f.id), score: report.score, answers: state.turns.map((t) => t.choice) };
      if (!matches(probe, filter)) return;
      matching++;
      if (best.wouldKeep(probe)) best.offer(rowOf(state, report));
    },
    options,
  );
  if (options.limit === 0 && matching > maxListed) {
    return { ok: false, reason: 'too-many-to-list', paths: counted.paths, matching, max: maxListed };
  }
  return { ok: true, paths: counted.paths, matching, rows: best.sorted() };
}

/**
 * The `size` best rows seen so far in {@link byScore} order, as a binary heap whose root is
 * the worst of them: a better row replaces the root. Memory stays at `size` rows.
 */
class WorstFirstHeap {
  private readonly rows: PathRow[] = [];

  constructor(private readonly size: number) {}

  /** Whether a row ranked like this would be kept. */
  wouldKeep(row: Pick<PathRow, 'score' | 'answers'>): boolean {
    return this.rows.length < this.size || (this.rows.length > 0 && byScore(row, this.rows[0]!) < 0);
  }

  offer(row: PathRow): void {
    const h = this.rows;
    if (h.length < this.size) {
      h.push(row);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (byScore(h[i]!, h[parent]!) <= 0) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
      return;
    }
    if (h.length === 0 || byScore(row, h[0]!) >= 0) return;
    h[0] = row;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && byScore(h[l]!, h[worst]!) > 0) worst = l;
      if (r < h.length && byScore(h[r]!, h[worst]!) > 0) worst = r;
      if (worst === i) break;
      [h[i], h[worst]] = [h[worst]!, h[i]!];
      i = worst;
    }
  }

  sorted(): PathRow[] {
    return [...this.rows].sort(byScore);
  }
}
