import type { MethodReport } from '../grading/grade.js';
import { finalScore, scoreCap } from '../grading/grade.js';
import type { Outcome } from '../model/schema.js';
import { OUTCOMES } from '../model/schema.js';
import type { CompiledChoice, CompiledScenario } from '../scenario/compile.js';
import { leastCosts } from './least-cost.js';
import type { PathFigures } from './pedagogy.js';
import { pathFigures } from './pedagogy.js';
import { stronglyConnected } from './scc.js';
import type { StateGraph } from './state-graph.js';
import { addCosts, exploreStates, summaryReports } from './state-graph.js';

/** States the analysis explores before it gives up: far above any hand-written scenario. */
export const DEFAULT_MAX_STATES = 500_000;
/**
 * Edges (replies taken from states) the analysis explores before it gives up. States alone do
 * not bound the work: each state has as many edges as its node has replies.
 */
export const DEFAULT_MAX_EDGES = 600_000;

export interface AnalysisOptions {
  readonly maxStates?: number;
  readonly maxEdges?: number;
  /**
   * Whether to count the distinct paths (a number that can have thousands of digits); true
   * unless told otherwise. Validate counts them only when `--stats` shows them.
   */
  readonly countPaths?: boolean;
}

/** A step that no path to a satisfied ending performs in its method's order. */
export interface StepRefText {
  readonly method: string;
  readonly step: string;
}

/** A node from which, at some reachable mood, no ending can be reached. */
export interface Trap {
  readonly node: string;
  /** The reachable moods at which the node is a trap. */
  readonly moods: readonly number[];
  /** True when the node is a trap at every mood it is reached with. */
  readonly always: boolean;
}

/** A conditional branch from a reachable node whose `if` never holds when the reply is taken. */
export interface DeadBranch {
  readonly node: string;
  readonly choice: number;
  readonly branch: number;
  readonly goto: string;
}

export interface CompleteAnalysis {
  readonly complete: true;
  /** Distinct states (node, mood, grading summary) explored. */
  readonly states: number;
  readonly reachable: ReadonlySet<string>;
  readonly traps: readonly Trap[];
  readonly deadBranches: readonly DeadBranch[];
  /** Outcomes of the endings some path reaches. */
  readonly outcomes: ReadonlySet<Outcome>;
  /**
   * Distinct reply sequences from start to an ending; 'infinite' when a loop can be repeated
   * at will. Absent when the analysis was told not to count them.
   */
  readonly paths?: bigint | 'infinite';
  /** Best and worst score over every path that ends; undefined when none does. */
  readonly best?: number;
  readonly worst?: number;
  /** The worst is 0 because a loop that commits a fault can be repeated before an ending. */
  readonly unboundedFaults: boolean;
  /** A path reaching the best score: its method reports, fault cost and outcome. */
  readonly bestPath?: { readonly methods: readonly MethodReport[]; readonly faultCost: number; readonly outcome: Outcome };
  /** Steps no path to a satisfied ending performs in order. */
  readonly stepsNeverInOrder: readonly StepRefText[];
  /** Faults every path to a satisfied ending commits. */
  readonly unavoidableFaults: readonly string[];
  /** The paths the pedagogical checks name: a fault-free satisfied path that fails, the best path with a major fault. */
  readonly figures: PathFigures;
}

export type ScenarioAnalysis = CompleteAnalysis | { readonly complete: false; readonly states: number };

/**
 * Exact analysis of every path through a compiled scenario, without enumerating paths: the
 * work is linear in the number of reachable states, which is bounded by nodes × 101 moods ×
 * the orders in which steps can be first performed, and independent of the number of paths.
 * Scores come from grading's own functions, so analysis and grading cannot disagree.
 */
export function analyseScenario(scenario: CompiledScenario, options: AnalysisOptions = {}): ScenarioAnalysis {
  const g = exploreStates(scenario, options.maxStates ?? DEFAULT_MAX_STATES, options.maxEdges ?? DEFAULT_MAX_EDGES);
  if (!g.complete) return { complete: false, states: g.node.length };
  const n = g.node.length;
  const { outStart, edgeFrom, edgeTo, edgeFaults } = g;
  const edgeCount = edgeTo.length;

  const live = liveStates(g);

  const reachable = new Set(g.node);
  const traps = trapsOf(g, live);
  const deadBranches = deadBranchesOf(g);
  const outcomes = new Set<Outcome>();
  for (let s = 0; s < n; s++) {
    const o = g.ending[s];
    if (o) outcomes.add(o);
  }

  // Every reachable state is reached from the start; restricted to live ones, the graph is
  // what paths that end can use.
  const components = stronglyConnected(n, outStart, edgeTo, (s) => live[s] === 1);
  const componentOf = new Int32Array(n).fill(-1);
  components.forEach((c, i) => c.forEach((s) => (componentOf[s] = i)));
  let cyclic = false;
  const positiveLoop = new Uint8Array(components.length);
  for (let e = 0; e < edgeCount; e++) {
    const from = edgeFrom[e]!;
    const to = edgeTo[e]!;
    if (!live[to] || !live[from]) continue;
    if (componentOf[from] === componentOf[to]) {
      cyclic = true;
      if (edgeFaults[e]!.costs.some((c) => c > 0)) positiveLoop[componentOf[from]!] = 1;
    }
  }

  // Path count, sinks first (the order components come in).
  let paths: bigint | 'infinite' | undefined = 'infinite';
  if (options.countPaths === false) {
    paths = undefined;
  } else if (!cyclic && n > 0 && live[0]) {
    const count: bigint[] = new Array<bigint>(n).fill(0n);
    for (const [s] of components) {
      if (s === undefined) continue;
      if (g.ending[s]) count[s] = 1n;
      else for (let e = outStart[s]!; e < outStart[s + 1]!; e++) if (live[edgeTo[e]!]) count[s] = count[s]! + count[edgeTo[e]!]!;
    }
    paths = count[0]!;
  } else if (n === 0 || !live[0]) {
    paths = 0n;
  }

  // Greatest fault cost from the start to each state, in topological order. Edges inside a
  // component carry no cost unless the component is a costly loop, whose greatest cost is
  // unbounded.
  const maxCost = new Array<number>(n).fill(-Infinity);
  if (n > 0 && live[0]) maxCost[0] = 0;
  for (let i = components.length - 1; i >= 0; i--) {
    const comp = components[i]!;
    let hi = -Infinity;
    for (const s of comp) hi = Math.max(hi, maxCost[s]!);
    if (positiveLoop[i]) hi = Infinity;
    for (const s of comp) maxCost[s] = hi;
    for (const s of comp) {
      for (let e = outStart[s]!; e < outStart[s + 1]!; e++) {
        const to = edgeTo[e]!;
        if (!live[to] || componentOf[to] === i) continue;
        const costs = edgeFaults[e]!.costs;
        maxCost[to] = Math.max(maxCost[to]!, hi === Infinity ? Infinity : addCosts(hi, costs));
      }
    }
  }

  // Least cost, apart for paths with and without a major fault: a major fault caps the score,
  // so the cheapest path is not always the best one.
  const least = leastCosts(g);
  const reports = new Map<number, ReturnType<typeof summaryReports>>();
  const reportOf = (summary: number): ReturnType<typeof summaryReports> => {
    let r = reports.get(summary);
    if (!r) {
      r = summaryReports(scenario, g.summaries[summary]!);
      reports.set(summary, r);
    }
    return r;
  };
  let best: number | undefined;
  let worst: number | undefined;
  let bestPath: CompleteAnalysis['bestPath'];
  const inOrder = new Map<string, Set<string>>(scenario.methods.map((m) => [m.id, new Set<string>()]));
  for (let s = 0; s < n; s++) {
    const outcome = g.ending[s];
    if (!outcome) continue;
    const r = reportOf(g.summary[s]!);
    const minor = least.withoutMajor[s]!;
    const major = least.withMajor[s]!;
    const hiMinor = minor < Infinity ? finalScore(r.average, minor, outcome, false) : -1;
    const hiMajor = major < Infinity ? finalScore(r.average, major, outcome, true) : -1;
    const hi = Math.max(hiMinor, hiMajor);
    let lo = finalScore(r.average, maxCost[s]!, outcome);
    if (major < Infinity) lo = Math.min(lo, scoreCap(outcome, true));
    if (best === undefined || hi > best) {
      best = hi;
      bestPath = { methods: r.methods, faultCost: hiMinor >= hiMajor ? minor : major, outcome };
    }
    if (worst === undefined || lo < worst) worst = lo;
    if (outcome === 'satisfied') {
      for (const m of r.methods) {
        const late = new Set(m.outOfOrder);
        for (const step of m.performed) if (!late.has(step)) inOrder.get(m.id)!.add(step);
      }
    }
  }
  const satisfiable = outcomes.has('satisfied');
  const stepsNeverInOrder = satisfiable
    ? scenario.methods.flatMap((m) => m.steps.filter((st) => !inOrder.get(m.id)!.has(st.id)).map((st) => ({ method: m.id, step: st.id })))
    : [];
  // A best of 100 means a satisfied path without faults exists: nothing is unavoidable.
  const unavoidableFaults = satisfiable && best !== undefined && best < 100 ? unavoidable(g) : [];

  const figures = pathFigures(g, least, (s) => reportOf(g.summary[s]!).average);

  return {
    complete: true,
    states: n,
    reachable,
    traps,
    deadBranches,
    outcomes,
    ...(paths !== undefined ? { paths } : {}),
    ...(best !== undefined ? { best } : {}),
    ...(worst !== undefined ? { worst } : {}),
    unboundedFaults: positiveLoop.some((x) => x === 1),
    ...(bestPath ? { bestPath } : {}),
    stepsNeverInOrder,
    unavoidableFaults,
    figures,
  };
}

/**
 * The states from which an ending can still be reached (1), in one pass backwards from the
 * endings over the edges reversed: linear in states and edges.
 */
export function liveStates(g: StateGraph): Uint8Array {
  const n = g.node.length;
  const { edgeFrom, edgeTo } = g;
  const edgeCount = edgeTo.length;
  const predStart = new Int32Array(n + 1);
  for (let e = 0; e < edgeCount; e++) predStart[edgeTo[e]! + 1]!++;
  for (let s = 0; s < n; s++) predStart[s + 1]! += predStart[s]!;
  const predFill = predStart.slice(0, n);
  const preds = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) preds[predFill[edgeTo[e]!]!++] = edgeFrom[e]!;
  const live = new Uint8Array(n);
  const queue: number[] = [];
  for (let s = 0; s < n; s++) {
    if (g.ending[s]) {
      live[s] = 1;
      queue.push(s);
    }
  }
  while (queue.length > 0) {
    const s = queue.pop()!;
    for (let i = predStart[s]!; i < predStart[s + 1]!; i++) {
      const p = preds[i]!;
      if (!live[p]) {
        live[p] = 1;
        queue.push(p);
      }
    }
  }
  return live;
}

function trapsOf(g: StateGraph, live: Uint8Array): Trap[] {
  const byNode = new Map<string, { trapped: number[]; total: number }>();
  for (let s = 0; s < g.node.length; s++) {
    const entry = byNode.get(g.node[s]!) ?? { trapped: [], total: 0 };
    entry.total++;
    if (!live[s]) entry.trapped.push(g.mood[s]!);
    byNode.set(g.node[s]!, entry);
  }
  const traps: Trap[] = [];
  for (const [node, { trapped, total }] of byNode) {
    if (trapped.length === 0) continue;
    const moods = [...new Set(trapped)].sort((a, b) => a - b);
    traps.push({ node, moods, always: trapped.length === total });
  }
  return traps;
}

function deadBranchesOf(g: StateGraph): DeadBranch[] {
  const taken = new Map<CompiledChoice, { node: string; targets: Set<string> }>();
  for (let e = 0; e < g.edgeTo.length; e++) {
    const choice = g.edgeChoice[e]!;
    let t = taken.get(choice);
    if (!t) {
      t = { node: g.node[g.edgeFrom[e]!]!, targets: new Set() };
      taken.set(choice, t);
    }
    t.targets.add(g.node[g.edgeTo[e]!]!);
  }
  const dead: DeadBranch[] = [];
  for (const [choice, { node, targets }] of taken) {
    choice.next.forEach((b, branch) => {
      if (!targets.has(b.goto)) dead.push({ node, choice: choice.index, branch, goto: b.goto });
    });
  }
  return dead;
}

/** Faults that every path from the start to a satisfied ending commits. */
function unavoidable(g: StateGraph): string[] {
  const all = new Set<string>();
  for (const f of new Set(g.edgeFaults)) for (const id of f.faults) all.add(id);
  const result: string[] = [];
  for (const fault of all) {
    const seen = new Uint8Array(g.node.length);
    const stack = [0];
    seen[0] = 1;
    let escapes = false;
    while (stack.length > 0 && !escapes) {
      const s = stack.pop()!;
      if (g.ending[s] === 'satisfied') escapes = true;
      for (let e = g.outStart[s]!; e < g.outStart[s + 1]!; e++) {
        const to = g.edgeTo[e]!;
        if (seen[to] || g.edgeFaults[e]!.faults.includes(fault)) continue;
        seen[to] = 1;
        stack.push(to);
      }
    }
    if (!escapes) result.push(fault);
  }
  return result.sort();
}

/** The static shape: nodes, decisions and endings by outcome, as authored. */
export function shapeStats(scenario: CompiledScenario): { nodes: number; decisions: number; endings: Record<Outcome, number> } {
  const endings = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  let decisions = 0;
  for (const node of scenario.nodes.values()) {
    if (node.ending) endings[node.ending]++;
    else if (node.choices.length > 0) decisions++;
  }
  return { nodes: scenario.nodes.size, decisions, endings };
}
