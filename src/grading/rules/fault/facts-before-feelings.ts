import type { Method, StepKind } from '../../../model/schema.js';
import type { CompiledScenario } from '../../../scenario/compile.js';
import type { StepRef } from '../../../scenario/resolve.js';
import type { FaultRule, RuleStep } from '../../context.js';

const FAULT = 'facts-before-feelings';

/** The kind of a step of one of the scenario's methods, as its method declares it. */
function kindOf(methods: readonly Method[], ref: StepRef): StepKind | undefined {
  return methods.find((m) => m.id === ref.method)?.steps.find((s) => s.id === ref.step)?.kind;
}

/** A step's place in its method's order. */
function placeOf(methods: readonly Method[], ref: StepRef): number {
  return methods.find((m) => m.id === ref.method)?.steps.findIndex((s) => s.id === ref.step) ?? -1;
}

/**
 * The state while the charge is pending: for each method, the latest place of a `matter` step
 * the early reply performed (`method=place`, sorted), so a later `feeling` step can tell
 * whether its own method's order already counts the slip.
 */
function pending(methods: readonly Method[], matter: readonly StepRef[]): string {
  const latest = new Map<string, number>();
  for (const ref of matter) latest.set(ref.method, Math.max(latest.get(ref.method) ?? -1, placeOf(methods, ref)));
  return `pending:${[...latest].map(([m, i]) => `${m}=${i}`).sort().join(',')}`;
}

/** Whether a feeling step comes before a pending matter step in one method's own order. */
function methodCountsIt(methods: readonly Method[], state: string, feeling: readonly StepRef[]): boolean {
  const latest = new Map(
    state
      .slice('pending:'.length)
      .split(',')
      .map((entry) => {
        const eq = entry.lastIndexOf('=');
        return [entry.slice(0, eq), Number(entry.slice(eq + 1))] as const;
      }),
  );
  return feeling.some((ref) => {
    const matterAt = latest.get(ref.method);
    return matterAt !== undefined && placeOf(methods, ref) < matterAt;
  });
}

const closed: RuleStep = { state: 'closed', charges: [] };

/**
 * Feelings before facts, for any method whose steps declare `kind: feeling` or `kind: matter`.
 * The first reply that performs a matter step while no earlier or same reply has performed a
 * feeling step is the slip. One slip, one charge:
 * - when the path never performs a feeling step after it, nothing is added: the feeling step
 *   the path leaves out is charged as missing by its method;
 * - when a feeling step comes later, `facts-before-feelings` is added once, on the reply that
 *   finally acknowledges the feeling (only then is it clear the feeling came late; a turn's
 *   faults never depend on the turns after it), unless that feeling step and one of the early
 *   matter steps belong to one method whose order puts the feeling first: that method already
 *   counts a step out of order;
 * - a reply the author tagged with the fault is charged for its tag only.
 * The rule applies when the graded methods have a feeling step and a matter step and the
 * catalogue has the fault.
 */
export const factsBeforeFeelings: FaultRule = {
  id: 'facts-before-feelings',
  description: 'handling the matter before acknowledging the feeling',
  derives: [FAULT],
  start: (scenario: CompiledScenario) => {
    const kinds = new Set(scenario.methods.flatMap((m) => m.steps.map((s) => s.kind)));
    return kinds.has('feeling') && kinds.has('matter') && scenario.faults.has(FAULT) ? 'open' : undefined;
  },
  read: (scenario, state, reply) => {
    if (state === 'closed') return closed;
    const feeling = reply.moves.filter((r) => kindOf(scenario.methods, r) === 'feeling');
    if (state === 'open') {
      if (feeling.length > 0) return closed;
      const matter = reply.moves.filter((r) => kindOf(scenario.methods, r) === 'matter');
      if (matter.length === 0) return { state, charges: [] };
      if (reply.faults.includes(FAULT)) return closed;
      return { state: pending(scenario.methods, matter), charges: [] };
    }
    if (reply.faults.includes(FAULT)) return closed;
    if (feeling.length === 0) return { state, charges: [] };
    return methodCountsIt(scenario.methods, state, feeling) ? closed : { state: 'closed', charges: [FAULT] };
  },
};
