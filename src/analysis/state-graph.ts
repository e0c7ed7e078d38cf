import { moodAfter, target } from '../engine/engine.js';
import type { Turn } from '../engine/engine.js';
import { freshSteps } from '../grading/context.js';
import { methodAverage, methodReports } from '../grading/grade.js';
import type { MethodReport } from '../grading/grade.js';
import { feelingsRuleApplies, feelingsVerdict } from '../grading/rules/fault/facts-before-feelings.js';
import type { Outcome } from '../model/schema.js';
import type { CompiledChoice, CompiledScenario } from '../scenario/compile.js';
import { faultCost } from '../scenario/compile.js';

/**
 * The fault rules whose effect the state graph models: `authored` as the faults on each
 * edge, `facts-before-feelings` through the `open` flag. A new fault rule must be modelled
 * here before the analysis can claim to agree with grading (a test holds this).
 */
export const MODELLED_FAULT_RULES = ['authored', 'facts-before-feelings'] as const;

/**
 * What grading can still tell apart about a path: per graded method, the steps in the order
 * first performed. Score depends on the path only through this, the fault cost and the ending.
 */
export type Summary = readonly (readonly string[])[];

/** What taking a reply costs on a path: shared by every edge of that reply in the same case. */
export interface ReplyFaults {
  /** The faults the reply commits on this path, in the order grading counts them. */
  readonly faults: readonly string[];
  /** Their costs, in the same order: added one by one, as grading adds them. */
  readonly costs: readonly number[];
}

/**
 * Every state reachable from the start, where a state is (node, mood, summary, whether
 * feelings-before-facts is still undecided). Paths are never enumerated: two paths reaching
 * the same state have the same futures and differ in grading only by their fault cost.
 */
export interface StateGraph {
  readonly scenario: CompiledScenario;
  readonly node: readonly string[];
  readonly mood: readonly number[];
  readonly summary: readonly number[];
  readonly summaries: readonly Summary[];
  /**
   * Edges (replies taken from states) as parallel arrays; the edges of state s are
   * `outStart[s] .. outStart[s + 1] - 1`.
   */
  readonly outStart: readonly number[];
  readonly edgeFrom: readonly number[];
  readonly edgeTo: readonly number[];
  readonly edgeChoice: readonly CompiledChoice[];
  readonly edgeFaults: readonly ReplyFaults[];
  /** The ending of a state's node, when it has one. */
  readonly ending: readonly (Outcome | undefined)[];
  /** False when the state limit was reached before the graph was complete. */
  readonly complete: boolean;
}

/** Adds a path's accumulated fault cost and one edge's costs, in grading's order. */
export function addCosts(acc: number, costs: readonly number[]): number {
  let total = acc;
  for (const c of costs) total += c;
  return total;
}

/**
 * Explores the reachable states breadth first; stops (incomplete) once it holds more than
 * `maxStates` states or more than `maxEdges` edges, whichever comes first, so time and memory
 * stay bounded however many replies a node has.
 */
export function exploreStates(scenario: CompiledScenario, maxStates: number, maxEdges: number = Number.POSITIVE_INFINITY): StateGraph {
  const methods = scenario.methods;
  const summaries: Summary[] = [methods.map(() => [])];
  const summaryIds = new Map<string, number>([[summaryKey(summaries[0]!), 0]]);
  // Per reply, the summary each summary becomes when the reply is taken.
  const transitions = new Map<CompiledChoice, Map<number, number>>();
  const summaryAfter = (summary: number, choice: CompiledChoice): number => {
    // A reply that performs no step leaves every method's order as it was.
    if (choice.moves.length === 0) return summary;
    let byChoice = transitions.get(choice);
    if (!byChoice) {
      byChoice = new Map();
      transitions.set(choice, byChoice);
    }
    const known = byChoice.get(summary);
    if (known !== undefined) return known;
    const before = summaries[summary]!;
    const after = methods.map((m, i) => {
      const seq = before[i]!;
      const fresh = freshSteps(m, new Set(seq), choice.moves);
      return fresh.length === 0 ? seq : [...seq, ...fresh];
    });
    const key = summaryKey(after);
    let id = summaryIds.get(key);
    if (id === undefined) {
      id = summaries.length;
      summaries.push(after);
      summaryIds.set(key, id);
    }
    byChoice.set(summary, id);
    return id;
  };

  const feelings = feelingsRuleApplies(scenario);
  const feelingsCost = feelings ? faultCost(scenario.faults, scenario.personality, 'facts-before-feelings') : 0;
  // Each reply's faults and costs, without and with facts-before-feelings: shared by its edges.
  const plainFaults = new Map<CompiledChoice, ReplyFaults>();
  const brokenFaults = new Map<CompiledChoice, ReplyFaults>();
  const faultsOf = (choice: CompiledChoice, broken: boolean): ReplyFaults => {
    const cache = broken ? brokenFaults : plainFaults;
    let f = cache.get(choice);
    if (!f) {
      const costs = choice.faults.map((id) => faultCost(scenario.faults, scenario.personality, id));
      f = broken ? { faults: [...choice.faults, 'facts-before-feelings'], costs: [...costs, feelingsCost] } : { faults: choice.faults, costs };
      cache.set(choice, f);
    }
    return f;
  };

  const node: string[] = [];
  const mood: number[] = [];
  const summary: number[] = [];
  const open: boolean[] = [];
  const outStart: number[] = [];
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const edgeChoice: CompiledChoice[] = [];
  const edgeFaults: ReplyFaults[] = [];
  const ending: (Outcome | undefined)[] = [];
  // States by node, then by (summary, mood, open) packed into one number.
  const ids = new Map<string, Map<number, number>>();
  const stateOf = (n: string, m: number, s: number, o: boolean): number => {
    let byNode = ids.get(n);
    if (!byNode) {
      byNode = new Map();
      ids.set(n, byNode);
    }
    const key = (s * 101 + m) * 2 + (o ? 1 : 0);
    let id = byNode.get(key);
    if (id === undefined) {
      id = node.length;
      byNode.set(key, id);
      node.push(n);
      mood.push(m);
      summary.push(s);
      open.push(o);
      ending.push(scenario.nodes.get(n)?.ending);
    }
    return id;
  };
  stateOf(scenario.start, scenario.startMood, 0, feelings);
  let complete = true;
  for (let s = 0; s < node.length; s++) {
    outStart.push(edgeTo.length);
    const n = scenario.nodes.get(node[s]!);
    if (!n || n.ending) continue;
    for (const choice of n.choices) {
      const m = moodAfter(choice, mood[s]!);
      let stillOpen = open[s]!;
      let broken = false;
      if (stillOpen) {
        const verdict = feelingsVerdict(choice.moves, choice.faults);
        broken = verdict === 'broken';
        if (verdict !== 'open') stillOpen = false;
      }
      edgeFrom.push(s);
      edgeTo.push(stateOf(target(choice, m), m, summaryAfter(summary[s]!, choice), stillOpen));
      edgeChoice.push(choice);
      edgeFaults.push(faultsOf(choice, broken));
    }
    if (node.length > maxStates || edgeTo.length > maxEdges) {
      complete = false;
      break;
    }
  }
  outStart.push(edgeTo.length);
  return { scenario, node, mood, summary, summaries, outStart, edgeFrom, edgeTo, edgeChoice, edgeFaults, ending, complete };
}

function summaryKey(s: Summary): string {
  return s.map((seq) => seq.join(',')).join('|');
}

/**
 * The method reports of any path with this summary, from grading's own functions: one
 * synthetic turn per first performance, which grading reads exactly as the real path.
 */
export function summaryReports(scenario: CompiledScenario, summary: Summary): { methods: MethodReport[]; average: number } {
  const turns: Turn[] = scenario.methods.flatMap((m, i) =>
    (summary[i] ?? []).map((step) => ({ node: '', choice: 0, reply: '', moves: [{ method: m.id, step }], faults: [], moodBefore: 0, mood: 0, next: '' })),
  );
  const methods = methodReports(scenario, turns);
  return { methods, average: methodAverage(methods) };
}
