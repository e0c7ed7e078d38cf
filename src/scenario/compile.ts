import type { YamlPath } from '../model/diagnostic.js';
import type { Fault, Method, Outcome, Personality, Scenario } from '../model/schema.js';
import type { Library } from './library.js';
import type { Condition, StepRef } from './resolve.js';
import { parseCondition, resolveMove } from './resolve.js';

export interface CompiledBranch {
  readonly condition?: Condition;
  readonly goto: string;
}

export interface CompiledChoice {
  /** 0-based position as authored. */
  readonly index: number;
  readonly reply: string;
  readonly feedback?: string;
  readonly moves: readonly StepRef[];
  readonly faults: readonly string[];
  /** The mood change this reply causes: explicit, or derived from moves, faults and personality. */
  readonly moodDelta: number;
  readonly next: readonly CompiledBranch[];
  readonly path: YamlPath;
}

export interface CompiledNode {
  readonly id: string;
  readonly narration?: string;
  readonly customer: string;
  readonly hint?: string;
  readonly feedback?: string;
  readonly choices: readonly CompiledChoice[];
  readonly ending?: Outcome;
}

/** A scenario with every reference resolved: what the engine, grading and analysis run on. */
export interface CompiledScenario {
  readonly id: string;
  readonly source: Scenario;
  readonly start: string;
  readonly startMood: number;
  readonly personality: Personality;
  readonly methods: readonly Method[];
  readonly faults: ReadonlyMap<string, Fault>;
  readonly nodes: ReadonlyMap<string, CompiledNode>;
}

/** Mood gained per step a reply performs, before the personality's weight. */
export const MOOD_PER_MOVE = 6;

export function faultMultiplier(personality: Personality, faultId: string): number {
  const own = personality.weights.faults;
  // Own keys only: a fault named `constructor` must not read Object.prototype.constructor.
  return own && Object.hasOwn(own, faultId) ? own[faultId]! : 1;
}

/** A fault's cost for this customer: its penalty times the personality's multiplier. */
export function faultCost(faults: ReadonlyMap<string, Fault>, personality: Personality, faultId: string): number {
  return (faults.get(faultId)?.penalty ?? 0) * faultMultiplier(personality, faultId);
}

/**
 * The documented derivation: round(gain × 6 × moves − loss × Σ penalty × multiplier), where
 * gain and loss are the personality's `mood_gain` and `mood_loss`, each `mood` when not set.
 * With both equal to `mood` this is round(mood × (6 × moves − Σ penalty × multiplier)).
 */
export function derivedMoodDelta(moveCount: number, faultIds: readonly string[], faults: ReadonlyMap<string, Fault>, personality: Personality): number {
  const cost = faultIds.reduce((sum, f) => sum + faultCost(faults, personality, f), 0);
  const { mood, mood_gain: gain = mood, mood_loss: loss = mood } = personality.weights;
  // One product when both directions agree, so a pack that sets only `mood` moves exactly as before.
  const raw = gain === loss ? gain * (MOOD_PER_MOVE * moveCount - cost) : gain * MOOD_PER_MOVE * moveCount - loss * cost;
  const delta = Math.round(raw);
  return delta === 0 ? 0 : delta; // no -0
}

export class UnresolvedReference extends Error {}

/**
 * Resolves a scenario against a library. Callers run the checks first: a scenario that
 * passed them always compiles; one that did not throws {@link UnresolvedReference}.
 */
export function compileScenario(scenario: Scenario, library: Library): CompiledScenario {
  const personality = library.personalities.get(scenario.customer.personality);
  if (!personality) throw new UnresolvedReference(`unknown personality ${scenario.customer.personality}`);
  const methods = scenario.methods.map((id) => {
    const m = library.methods.get(id);
    if (!m) throw new UnresolvedReference(`unknown method ${id}`);
    return m;
  });
  const nodes = new Map<string, CompiledNode>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const choices = (node.choices ?? []).map((c, index): CompiledChoice => {
      const moves = (c.moves ?? []).map((mv) => {
        const r = resolveMove(mv, methods);
        if (!r.ok) throw new UnresolvedReference(r.message);
        return r.ref;
      });
      const faults = c.faults ?? [];
      for (const f of faults) if (!library.faults.has(f)) throw new UnresolvedReference(`unknown fault ${f}`);
      const next: CompiledBranch[] =
        typeof c.next === 'string'
          ? [{ goto: c.next }]
          : c.next.map((b) => {
              if (b.if === undefined) return { goto: b.goto };
              const p = parseCondition(b.if);
              if (!p.ok) throw new UnresolvedReference(p.message);
              return { condition: p.condition, goto: b.goto };
            });
      for (const b of next) if (!Object.hasOwn(scenario.nodes, b.goto)) throw new UnresolvedReference(`missing node ${b.goto}`);
      return {
        index,
        reply: c.reply,
        ...(c.feedback !== undefined ? { feedback: c.feedback } : {}),
        moves,
        faults,
        moodDelta: c.mood ?? derivedMoodDelta(moves.length, faults, library.faults, personality),
        next,
        path: ['nodes', id, 'choices', index],
      };
    });
    nodes.set(id, {
      id,
      customer: node.customer,
      ...(node.narration !== undefined ? { narration: node.narration } : {}),
      ...(node.hint !== undefined ? { hint: node.hint } : {}),
      ...(node.feedback !== undefined ? { feedback: node.feedback } : {}),
      ...(node.ending !== undefined ? { ending: node.ending } : {}),
      choices,
    });
  }
  if (!nodes.has(scenario.start)) throw new UnresolvedReference(`missing start node ${scenario.start}`);
  return {
    id: scenario.id,
    source: scenario,
    start: scenario.start,
    startMood: scenario.customer.mood,
    personality,
    methods,
    faults: library.faults,
    nodes,
  };
}
