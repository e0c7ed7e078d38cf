import type { Outcome } from '../model/schema.js';
import type { CompiledChoice, CompiledNode, CompiledScenario } from '../scenario/compile.js';
import type { StepRef } from '../scenario/resolve.js';
import { holds } from '../scenario/resolve.js';

/** One reply the trainee gave. */
export interface Turn {
  readonly node: string;
  /** 1-based position of the reply as authored (not as shown when shuffled). */
  readonly choice: number;
  readonly reply: string;
  readonly moves: readonly StepRef[];
  readonly faults: readonly string[];
  readonly moodBefore: number;
  /** Mood after this reply. */
  readonly mood: number;
  readonly next: string;
}

/**
 * Where a conversation stands: plain data, serialisable as JSON, with a version so a stored
 * state can be read back by a later kefu.
 */
export interface PlayState {
  readonly version: 1;
  readonly scenario: string;
  readonly node: string;
  readonly mood: number;
  readonly turns: readonly Turn[];
  readonly outcome?: Outcome;
}

export class InvalidChoice extends Error {
  constructor(
    readonly node: string,
    readonly available: number,
    readonly given: number,
  ) {
    super(`node '${node}' has ${available} replies; ${given} is not one of them`);
  }
}

export function clampMood(m: number): number {
  return Math.min(100, Math.max(0, m));
}

export function currentNode(scenario: CompiledScenario, state: PlayState): CompiledNode {
  const node = scenario.nodes.get(state.node);
  if (!node) throw new Error(`state points at unknown node ${state.node}`);
  return node;
}

function withOutcome(scenario: CompiledScenario, base: Omit<PlayState, 'outcome'>): PlayState {
  const ending = scenario.nodes.get(base.node)?.ending;
  return ending ? { ...base, outcome: ending } : base;
}

/** The state before the first reply. */
export function start(scenario: CompiledScenario): PlayState {
  return withOutcome(scenario, { version: 1, scenario: scenario.id, node: scenario.start, mood: scenario.startMood, turns: [] });
}

/** Where a reply leads from a given mood: the first branch whose condition holds. */
export function target(choice: CompiledChoice, moodAfter: number): string {
  const branch = choice.next.find((b) => !b.condition || holds(b.condition, moodAfter));
  // Checks guarantee a last unconditional branch; fall back to it regardless.
  return (branch ?? choice.next[choice.next.length - 1]!).goto;
}

/** The mood after a reply from a given mood. */
export function moodAfter(choice: CompiledChoice, moodBefore: number): number {
  return clampMood(moodBefore + choice.moodDelta);
}

/**
 * Takes the reply at `index` (0-based, as authored) and returns the next state.
 * Pure: the same state and index always give the same result.
 */
export function choose(scenario: CompiledScenario, state: PlayState, index: number): PlayState {
  if (state.outcome) throw new Error('the conversation has already ended');
  const turn = turnAt(currentNode(scenario, state), state.mood, index);
  return withOutcome(scenario, { version: 1, scenario: state.scenario, node: turn.next, mood: turn.mood, turns: [...state.turns, turn] });
}

/** The turn of taking reply `index` (0-based) at `node` from `mood`. */
function turnAt(node: CompiledNode, mood: number, index: number): Turn {
  const choice = node.choices[index];
  if (!choice) throw new InvalidChoice(node.id, node.choices.length, index + 1);
  const after = moodAfter(choice, mood);
  return { node: node.id, choice: index + 1, reply: choice.reply, moves: choice.moves, faults: choice.faults, moodBefore: mood, mood: after, next: target(choice, after) };
}

/**
 * Plays a list of 1-based authored reply numbers from the start; stops at an ending, or before
 * the first answer that names no reply of its node (`misfit`, its 0-based position). The same
 * states as {@link choose} step by step, but each turn is added once: linear in the answers.
 */
export function playAnswers(scenario: CompiledScenario, answers: readonly number[]): { state: PlayState; used: number; misfit?: number } {
  const first = start(scenario);
  if (first.outcome) return { state: first, used: 0 };
  const turns: Turn[] = [];
  let node = currentNode(scenario, first);
  let mood = first.mood;
  let misfit: number | undefined;
  for (const [i, a] of answers.entries()) {
    if (!Number.isInteger(a) || a < 1 || a > node.choices.length) {
      misfit = i;
      break;
    }
    const turn = turnAt(node, mood, a - 1);
    turns.push(turn);
    mood = turn.mood;
    node = currentNode(scenario, { ...first, node: turn.next });
    if (node.ending) break;
  }
  const state = withOutcome(scenario, { version: 1, scenario: first.scenario, node: node.id, mood, turns });
  return { state, used: turns.length, ...(misfit !== undefined ? { misfit } : {}) };
}
