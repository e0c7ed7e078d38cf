import { roundTo } from '../model/round.js';
import type { Named } from './records.js';
import { byStart } from './records.js';
import type { SessionSummary } from './summary.js';

export interface StepMastery extends Named {
  /** Sessions in which the step was performed in its place. */
  readonly inOrder: number;
  /** Completed sessions that graded the step. */
  readonly sessions: number;
  /** inOrder ÷ sessions, 0–1, to 4 places. */
  readonly share: number;
}

export interface MethodMastery extends Named {
  /** Completed sessions that graded the method. */
  readonly sessions: number;
  /** In the method's order. */
  readonly steps: readonly StepMastery[];
}

/**
 * Per graded method, the share of completed sessions in which each step was performed in its
 * place. Methods by id; steps in the method's order as of the latest session that graded it
 * (names too), so a method edited since still reads as it is now. What always holds: shares
 * are within 0–1; a step counts only sessions whose method had that step; abandoned sessions
 * are not counted, since a step not reached is not a step missed.
 */
export function stepMastery(sessions: readonly SessionSummary[]): MethodMastery[] {
  const latestFirst = [...sessions].filter((s) => s.status === 'completed').sort((a, b) => byStart(b, a));
  const methods = new Map<string, { method: Named; steps: Named[]; sessions: number; inOrder: Map<string, number>; graded: Map<string, number> }>();
  for (const s of latestFirst) {
    for (const m of s.methods) {
      let entry = methods.get(m.method.id);
      if (!entry) {
        entry = { method: m.method, steps: m.steps.map(({ id, name, name_en }) => ({ id, name, name_en })), sessions: 0, inOrder: new Map(), graded: new Map() };
        methods.set(m.method.id, entry);
      }
      entry.sessions++;
      for (const step of m.steps) {
        entry.graded.set(step.id, (entry.graded.get(step.id) ?? 0) + 1);
        if (step.state === 'in-order') entry.inOrder.set(step.id, (entry.inOrder.get(step.id) ?? 0) + 1);
      }
    }
  }
  return [...methods.values()]
    .sort((a, b) => a.method.id.localeCompare(b.method.id))
    .map((e) => ({
      ...e.method,
      sessions: e.sessions,
      steps: e.steps.map((step) => {
        const graded = e.graded.get(step.id) ?? 0;
        const inOrder = e.inOrder.get(step.id) ?? 0;
        return { ...step, inOrder, sessions: graded, share: graded === 0 ? 0 : roundTo(inOrder / graded, 4) };
      }),
    }));
}

/** A step, the method it belongs to, and how often it was performed in its place. */
export interface RankedStep {
  readonly method: Named;
  readonly step: StepMastery;
  /** The step's place in its method, 0-based. */
  readonly position: number;
}

/**
 * Every graded step, weakest first: the lowest in-order share, then the earlier place in its
 * method (a method is learnt from the front), then `method/step` id.
 */
export function stepsWeakestFirst(mastery: readonly MethodMastery[]): RankedStep[] {
  return mastery
    .flatMap((m) => m.steps.map((step, position) => ({ method: { id: m.id, name: m.name, name_en: m.name_en }, step, position })).filter((r) => r.step.sessions > 0))
    .sort((a, b) => a.step.share - b.step.share || a.position - b.position || `${a.method.id}/${a.step.id}`.localeCompare(`${b.method.id}/${b.step.id}`));
}
