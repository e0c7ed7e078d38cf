import type { Finding } from '../model/diagnostic.js';
import { hasErrors } from '../model/diagnostic.js';
import type { Scenario } from '../model/schema.js';
import type { CompiledScenario } from '../scenario/compile.js';
import { compileScenario } from '../scenario/compile.js';
import type { Library } from '../scenario/library.js';
import type { ScenarioContext } from './check.js';
import { checks } from './index.js';

export interface ScenarioCheckResult {
  readonly findings: Finding[];
  /** Present when every reference resolved, so the scenario can be played and analysed. */
  readonly compiled?: CompiledScenario;
}

/**
 * Runs every check on a scenario that has the right shape. Checks of the `scenario` stage
 * run first; only when they found no error is the scenario compiled and the `compiled`
 * stage (graph and score analysis) run.
 */
export function checkScenario(scenario: Scenario, library: Library, stem: string): ScenarioCheckResult {
  const ctx: ScenarioContext = { scenario, library, stem };
  const findings: Finding[] = [];
  for (const check of checks) if (check.stage === 'scenario') findings.push(...check.run(ctx));
  if (hasErrors(findings)) return { findings };
  const compiled = compileScenario(scenario, library);
  for (const check of checks) if (check.stage === 'compiled') findings.push(...check.run({ ...ctx, compiled }));
  return { findings, compiled };
}
