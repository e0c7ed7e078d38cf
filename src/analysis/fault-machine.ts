import { faultSeverity } from '../grading/grade.js';
import { faultRules } from '../grading/rules/index.js';
import type { CompiledChoice, CompiledScenario } from '../scenario/compile.js';
import { faultCost } from '../scenario/compile.js';

/** What taking a reply costs on a path: shared by every edge of that reply in the same case. */
export interface ReplyFaults {
  /** The faults the reply commits on this path, in the order grading counts them. */
  readonly faults: readonly string[];
  /** Their costs, in the same order: added one by one, as grading adds them. */
  readonly costs: readonly number[];
  /** Whether one of them is a major fault. */
  readonly major: boolean;
}

/** Every fault rule of grading, run on all paths at once. */
export interface FaultMachine {
  /** The combined rule state before the first reply. */
  readonly start: number;
  /** The combined rule state after a reply, and what the reply is charged on a path in that state. */
  after(state: number, choice: CompiledChoice): { readonly state: number; readonly faults: ReplyFaults };
}

/**
 * Grading's fault rules as one machine whose state is the tuple of every rule's state,
 * numbered as met. What always holds: along any path, the faults and costs it gives per reply,
 * concatenated, are grading's charges on that path in the order grading adds their costs, so
 * the analysis and grading cannot disagree; a new fault rule needs nothing here.
 */
export function faultMachine(scenario: CompiledScenario): FaultMachine {
  const rules = faultRules.map((rule) => ({ rule, start: rule.start(scenario) }));
  const tuples: (string | undefined)[][] = [rules.map((r) => r.start)];
  const ids = new Map<string, number>([[JSON.stringify(tuples[0]), 0]]);
  const idOf = (tuple: (string | undefined)[]): number => {
    const key = JSON.stringify(tuple);
    let id = ids.get(key);
    if (id === undefined) {
      id = tuples.length;
      tuples.push(tuple);
      ids.set(key, id);
    }
    return id;
  };
  const replyFaults = new Map<string, ReplyFaults>();
  const shared = (faults: string[]): ReplyFaults => {
    const key = faults.join('\u0000');
    let f = replyFaults.get(key);
    if (!f) {
      f = {
        faults,
        costs: faults.map((id) => faultCost(scenario.faults, scenario.personality, id)),
        major: faults.some((id) => faultSeverity(scenario.faults.get(id)) === 'major'),
      };
      replyFaults.set(key, f);
    }
    return f;
  };
  const cache = new Map<CompiledChoice, Map<number, { state: number; faults: ReplyFaults }>>();
  return {
    start: 0,
    after: (state, choice) => {
      let byState = cache.get(choice);
      if (!byState) {
        byState = new Map();
        cache.set(choice, byState);
      }
      const known = byState.get(state);
      if (known) return known;
      const before = tuples[state]!;
      const next: (string | undefined)[] = [];
      const faults: string[] = [];
      rules.forEach(({ rule }, i) => {
        const s = before[i];
        if (s === undefined) {
          next.push(undefined);
          return;
        }
        const step = rule.read(scenario, s, choice);
        next.push(step.state);
        faults.push(...step.charges);
      });
      const result = { state: idOf(next), faults: shared(faults) };
      byState.set(state, result);
      return result;
    },
  };
}
