import type { Finding, Severity } from '../model/diagnostic.js';
import type { Scenario } from '../model/schema.js';
import type { CompiledScenario } from '../scenario/compile.js';
import type { Library } from '../scenario/library.js';

/** What a check on one scenario sees. */
export interface ScenarioContext {
  readonly scenario: Scenario;
  readonly library: Library;
  /** The file's name without folder and extension. */
  readonly stem: string;
}

/** What a check that needs resolved references sees: only given once every reference check passed. */
export interface CompiledContext extends ScenarioContext {
  readonly compiled: CompiledScenario;
}

/**
 * One validate check. Its `code` is the diagnostic code it reports and the name of its file;
 * `severity` is what it reports at (`--strict` turns warnings into errors later).
 */
export type Check =
  | {
      readonly code: string;
      readonly severity: Severity;
      readonly description: string;
      readonly stage: 'scenario';
      run(ctx: ScenarioContext): Finding[];
    }
  | {
      readonly code: string;
      readonly severity: Severity;
      readonly description: string;
      readonly stage: 'compiled';
      run(ctx: CompiledContext): Finding[];
    };

/** Walks every choice of a scenario with its YAML path. */
export function* choicesOf(scenario: Scenario): Generator<{ nodeId: string; index: number; choice: NonNullable<Scenario['nodes'][string]['choices']>[number] }> {
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    for (const [index, choice] of (node.choices ?? []).entries()) yield { nodeId, index, choice };
  }
}
