import type { AnalysisOptions, ScenarioAnalysis } from '../analysis/analyse.js';
import { analyseScenario } from '../analysis/analyse.js';
import type { Finding } from '../model/diagnostic.js';
import { hasErrors } from '../model/diagnostic.js';
import type { Scenario } from '../model/schema.js';
import type { TextWidth } from '../model/width.js';
import { plainWidth } from '../model/width.js';
import type { CompiledScenario } from '../scenario/compile.js';
import { compileScenario } from '../scenario/compile.js';
import type { Library } from '../scenario/library.js';
import type { CorpusContext, CorpusFinding, PersonalitiesContext, ScenarioContext } from './check.js';
import { checks } from './index.js';

/** Codes of the size bounds: errors that do not keep a scenario from being analysed. */
const SIZE_BOUNDS: ReadonlySet<string> = new Set(['too-many-nodes', 'too-many-replies']);

export interface ScenarioCheckResult {
  readonly findings: Finding[];
  /** Present when every reference resolved, so the scenario can be played and analysed. */
  readonly compiled?: CompiledScenario;
  /** The path analysis, present with `compiled`. */
  readonly analysis?: ScenarioAnalysis;
}

/**
 * Runs every check on a scenario that has the right shape. Checks of the `scenario` stage
 * run first; only when they found no error is the scenario compiled, analysed and the
 * `compiled` stage (graph and score checks) run. The path count is left out unless
 * `countPaths` asks for it: no check needs it.
 */
export function checkScenario(scenario: Scenario, library: Library, stem: string, options: AnalysisOptions & { width?: TextWidth } = {}): ScenarioCheckResult {
  const ctx: ScenarioContext = { scenario, library, stem };
  const findings: Finding[] = [];
  for (const check of checks) if (check.stage === 'scenario') findings.push(...check.run(ctx));
  // A scenario over a size bound is still analysed, within the analysis's own bounds, so its
  // author sees every other problem at once; it stays an error, so it is never played.
  if (hasErrors(findings.filter((f) => !SIZE_BOUNDS.has(f.code)))) return { findings };
  const compiled = compileScenario(scenario, library);
  const { width = plainWidth, ...bounds } = options;
  const analysis = analyseScenario(compiled, { ...bounds, countPaths: bounds.countPaths ?? false });
  for (const check of checks) if (check.stage === 'compiled') findings.push(...check.run({ ...ctx, compiled, analysis, width }));
  return { findings, compiled, analysis };
}

/** Runs the checks that look at every file together (ids across files). */
export function checkCorpus(ctx: CorpusContext): CorpusFinding[] {
  return checks.flatMap((check) => (check.stage === 'corpus' ? check.run(ctx) : []));
}

/** Runs the checks on a personalities file against the library it refers to. */
export function checkPersonalities(ctx: PersonalitiesContext): Finding[] {
  return checks.flatMap((check) => (check.stage === 'personalities' ? check.run(ctx) : []));
}
