import type { Finding } from '../model/diagnostic.js';
import { error } from '../model/diagnostic.js';
import type { Method } from '../model/schema.js';
import { resolveMove } from '../scenario/resolve.js';
import type { ScenarioContext } from './check.js';
import { choicesOf } from './check.js';

/** The scenario's graded methods that exist in the library. */
export function gradedMethods({ scenario, library }: ScenarioContext): Method[] {
  return scenario.methods.flatMap((id) => {
    const m = library.methods.get(id);
    return m ? [m] : [];
  });
}

/** Findings of one resolution code for every `moves` entry that fails with it. */
export function moveFindings(ctx: ScenarioContext, code: 'unknown-step' | 'unknown-method' | 'ambiguous-step'): Finding[] {
  const methods = gradedMethods(ctx);
  // With no known method, every move would be unknown: unknown-method already says why.
  if (methods.length === 0) return [];
  const findings: Finding[] = [];
  for (const { nodeId, index, choice } of choicesOf(ctx.scenario)) {
    for (const [i, mv] of (choice.moves ?? []).entries()) {
      const r = resolveMove(mv, methods);
      if (!r.ok && r.code === code) findings.push(error(code, r.message, ['nodes', nodeId, 'choices', index, 'moves', i]));
    }
  }
  return findings;
}
