import type { Method } from '../model/schema.js';
import { didYouMean, suggestOrList } from '../model/suggest.js';

/** A step of a method, as credited by a reply. */
export interface StepRef {
  readonly method: string;
  readonly step: string;
}

export type MoveResolution =
  | { readonly ok: true; readonly ref: StepRef }
  | { readonly ok: false; readonly code: 'unknown-step' | 'unknown-method' | 'ambiguous-step'; readonly message: string };

/**
 * Resolves a `moves` entry against the methods a scenario grades: a bare step id must occur
 * in exactly one of them; `method/step` names the method outright.
 */
export function resolveMove(move: string, methods: readonly Method[]): MoveResolution {
  const slash = move.indexOf('/');
  if (slash >= 0) {
    const methodId = move.slice(0, slash);
    const stepId = move.slice(slash + 1);
    const method = methods.find((m) => m.id === methodId);
    if (!method) {
      return {
        ok: false,
        code: 'unknown-method',
        message: `'${methodId}' is not one of this scenario's methods${suggestOrList(methodId, methods.map((m) => m.id))}`,
      };
    }
    if (!method.steps.some((s) => s.id === stepId)) {
      return {
        ok: false,
        code: 'unknown-step',
        message: `method '${methodId}' has no step '${stepId}'${suggestOrList(stepId, method.steps.map((s) => s.id))}`,
      };
    }
    return { ok: true, ref: { method: methodId, step: stepId } };
  }
  const owners = methods.filter((m) => m.steps.some((s) => s.id === move));
  if (owners.length === 1) return { ok: true, ref: { method: owners[0]!.id, step: move } };
  if (owners.length > 1) {
    return {
      ok: false,
      code: 'ambiguous-step',
      message: `step '${move}' belongs to ${owners.map((m) => `'${m.id}'`).join(' and ')}; write ${owners.map((m) => `'${m.id}/${move}'`).join(' or ')}`,
    };
  }
  const all = methods.flatMap((m) => m.steps.map((s) => s.id));
  return {
    ok: false,
    code: 'unknown-step',
    message: `'${move}' is not a step of ${methods.length === 1 ? 'the graded method' : 'any graded method'} (${methods.map((m) => m.id).join(', ')})${didYouMean(move, all)}`,
  };
}

export type Comparison = '<' | '<=' | '>' | '>=' | '==';

/** `mood <op> value`, parsed from an `if`. */
export interface Condition {
  readonly op: Comparison;
  readonly value: number;
}

const CONDITION = /^\s*mood\s*(<=|>=|==|<|>)\s*(-?\d{1,3})\s*$/;

/** Parses an `if`; never evaluates it as code. */
export function parseCondition(text: string): { ok: true; condition: Condition } | { ok: false; message: string } {
  const m = CONDITION.exec(text);
  if (!m) {
    return {
      ok: false,
      message: `cannot read condition "${text}": write one comparison of mood with a whole number, e.g. "mood >= 60" (operators < <= > >= ==)`,
    };
  }
  return { ok: true, condition: { op: m[1] as Comparison, value: Number(m[2]) } };
}

export function holds(c: Condition, mood: number): boolean {
  switch (c.op) {
    case '<':
      return mood < c.value;
    case '<=':
      return mood <= c.value;
    case '>':
      return mood > c.value;
    case '>=':
      return mood >= c.value;
    case '==':
      return mood === c.value;
  }
}
