import stringWidth from 'string-width';
import type { Turn } from '../engine/engine.js';
import { moodAfter, target } from '../engine/engine.js';
import { finalScore, grade, PASS_MARK } from '../grading/grade.js';
import type { Outcome } from '../model/schema.js';
import type { CompiledChoice, CompiledNode, CompiledScenario } from '../scenario/compile.js';
import type { LeastCosts } from './least-cost.js';
import { answersTo } from './least-cost.js';
import type { StateGraph } from './state-graph.js';

/** One path, as evidence: the authored reply numbers, where it ends and what it scores. */
export interface PathEvidence {
  readonly answers: readonly number[];
  readonly ending: string;
  readonly outcome: Outcome;
  readonly score: number;
}

/** What the reply list of one decision gives away. */
export interface DecisionFigures {
  readonly node: string;
  /** 0-based indices of the best replies: no fault, the most steps (at least one). */
  readonly best: readonly number[];
  /** The widest best reply and its display width; the widest other reply's width (0 when none). */
  readonly widestBest?: number;
  readonly bestWidth: number;
  readonly otherWidth: number;
  /** How many replies commit no fault as tagged. */
  readonly faultFree: number;
}

/** Display width of a reply as a trainee sees it: a CJK character counts two columns. */
export function replyWidth(choice: CompiledChoice): number {
  return stringWidth(choice.reply);
}

const stepCount = (choice: CompiledChoice): number => new Set(choice.moves.map((m) => `${m.method}/${m.step}`)).size;

/**
 * The figures of every decision (a node with two replies or more), in the order authored.
 * What always holds: the best replies are exactly the fault-free ones with the most steps,
 * and none when no fault-free reply performs a step.
 */
export function decisionFigures(scenario: CompiledScenario): DecisionFigures[] {
  const out: DecisionFigures[] = [];
  for (const node of scenario.nodes.values()) {
    if (node.ending || node.choices.length < 2) continue;
    const clean = node.choices.filter((c) => c.faults.length === 0);
    const most = Math.max(0, ...clean.map(stepCount));
    const best = most === 0 ? [] : clean.filter((c) => stepCount(c) === most).map((c) => c.index);
    let widestBest: number | undefined;
    let bestWidth = 0;
    let otherWidth = 0;
    for (const c of node.choices) {
      const w = replyWidth(c);
      if (best.includes(c.index)) {
        if (widestBest === undefined || w > bestWidth) {
          widestBest = c.index;
          bestWidth = w;
        }
      } else otherWidth = Math.max(otherWidth, w);
    }
    out.push({ node: node.id, best, ...(widestBest !== undefined ? { widestBest } : {}), bestWidth, otherWidth, faultFree: clean.length });
  }
  return out;
}

/** A mechanical way to pick a reply without reading it. */
export type NaiveStrategy = 'longest' | 'shortest' | 'first' | 'last';
export const NAIVE_STRATEGIES: readonly NaiveStrategy[] = ['longest', 'shortest', 'first', 'last'];

/** The reply a strategy picks at a node; among replies equally long, the first authored. */
export function naivePick(node: CompiledNode, strategy: NaiveStrategy): CompiledChoice {
  const choices = node.choices;
  if (strategy === 'first') return choices[0]!;
  if (strategy === 'last') return choices[choices.length - 1]!;
  let pick = choices[0]!;
  for (const c of choices) {
    const w = replyWidth(c);
    if (strategy === 'longest' ? w > replyWidth(pick) : w < replyWidth(pick)) pick = c;
  }
  return pick;
}

/**
 * Plays one strategy from the start through the conditional branches, as the engine would,
 * and grades the path. Undefined when the strategy never reaches an ending: it picks by node
 * alone, so meeting a node again at the same mood means it goes round for ever.
 */
export function playNaive(scenario: CompiledScenario, strategy: NaiveStrategy): PathEvidence | undefined {
  const seen = new Set<string>();
  const turns: Turn[] = [];
  let nodeId = scenario.start;
  let mood = scenario.startMood;
  for (;;) {
    const node = scenario.nodes.get(nodeId);
    if (!node) return undefined;
    if (node.ending) {
      const report = grade(scenario, turns, node.ending);
      return { answers: turns.map((t) => t.choice), ending: node.id, outcome: node.ending, score: report.score };
    }
    if (node.choices.length === 0) return undefined;
    const key = `${mood}\u0000${nodeId}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const choice = naivePick(node, strategy);
    const after = moodAfter(choice, mood);
    const next = target(choice, after);
    turns.push({ node: node.id, choice: choice.index + 1, reply: choice.reply, moves: choice.moves, faults: choice.faults, moodBefore: mood, mood: after, next });
    nodeId = next;
    mood = after;
  }
}

/** Breadth first over the edges that commit no fault at all: the reply numbers to each state reached. */
function faultFreeParents(g: StateGraph): Int32Array {
  const parent = new Int32Array(g.node.length).fill(-2);
  if (g.node.length === 0) return parent;
  parent[0] = -1;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (let e = g.outStart[s]!; e < g.outStart[s + 1]!; e++) {
      const to = g.edgeTo[e]!;
      if (g.edgeFaults[e]!.faults.length > 0 || parent[to] !== -2) continue;
      parent[to] = e;
      queue.push(to);
    }
  }
  return parent;
}

function answersBy(g: StateGraph, parent: Int32Array, state: number): number[] {
  const answers: number[] = [];
  for (let s = state; parent[s]! >= 0; s = g.edgeFrom[parent[s]!]!) answers.push(g.edgeChoice[parent[s]!]!.index + 1);
  return answers.reverse();
}

/** Path figures the pedagogical checks need, exact over every path of the state graph. */
export interface PathFigures {
  /** The lowest-scoring path with no fault at all that ends satisfied, when one fails. */
  readonly satisfiedButFailing?: PathEvidence;
  /** The highest-scoring path that commits a major fault, when one exists. */
  readonly bestWithMajorFault?: PathEvidence;
}

/**
 * What always holds: a path without any fault costs nothing, so its score is its ending's
 * method average, the same for every such path to a state; a path with a major fault scores
 * highest where its least cost is lowest. Both are read off the state graph without listing
 * paths; `averageOf` is grading's method average of a state's summary.
 */
export function pathFigures(g: StateGraph, least: LeastCosts, averageOf: (state: number) => number): PathFigures {
  const parent = faultFreeParents(g);
  let failing: PathEvidence | undefined;
  let major: { state: number; score: number } | undefined;
  for (let s = 0; s < g.node.length; s++) {
    const outcome = g.ending[s];
    if (!outcome) continue;
    if (outcome === 'satisfied' && parent[s] !== -2) {
      const score = finalScore(averageOf(s), 0, outcome);
      if (score < PASS_MARK && (failing === undefined || score < failing.score)) failing = { answers: answersBy(g, parent, s), ending: g.node[s]!, outcome, score };
    }
    const cost = least.withMajor[s]!;
    if (cost < Infinity) {
      const score = finalScore(averageOf(s), cost, outcome, true);
      if (major === undefined || score > major.score) major = { state: s, score };
    }
  }
  return {
    ...(failing ? { satisfiedButFailing: failing } : {}),
    ...(major
      ? { bestWithMajorFault: { answers: answersTo(g, least, major.state, true), ending: g.node[major.state]!, outcome: g.ending[major.state]!, score: major.score } }
      : {}),
  };
}
