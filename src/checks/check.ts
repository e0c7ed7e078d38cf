import type { ScenarioAnalysis } from '../analysis/analyse.js';
import type { Finding, Severity } from '../model/diagnostic.js';
import type { Personality, Scenario } from '../model/schema.js';
import type { TextWidth } from '../model/width.js';
import type { CompiledScenario } from '../scenario/compile.js';
import type { FileKind, Library } from '../scenario/library.js';

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
  /** The exact analysis of every path (see analysis/analyse.ts), computed once per scenario. */
  readonly analysis: ScenarioAnalysis;
  /** How wide a reply looks to the trainee, in terminal columns. */
  readonly width: TextWidth;
}

/** What a check on a personalities file sees: its entries and the library they refer to. */
export interface PersonalitiesContext {
  readonly personalities: readonly Personality[];
  /** The methods and faults of the file's folder, laid over the bundled ones. */
  readonly library: Library;
}

/** A file as a corpus check sees it: where it is, what it is, and the ids it declares. */
export interface CorpusFile {
  /** The file as shown to the user. */
  readonly file: string;
  /** The folder whose catalogue the file belongs to. */
  readonly folder: string;
  readonly kind: FileKind;
  /** The file's name without folder and extension. */
  readonly stem: string;
  /** The ids the file declares and where: `id` for a scenario or method, each entry's id for a catalogue. */
  readonly ids: readonly { readonly id: string; readonly path: readonly (string | number)[] }[];
  /** Ids that must be unique within the file only: a method's step ids. */
  readonly localIds?: readonly { readonly id: string; readonly path: readonly (string | number)[] }[];
}

/** What a check over all files at once sees. */
export interface CorpusContext {
  readonly files: readonly CorpusFile[];
}

/** A finding of a corpus check, with the index (into `files`) of the file it is about. */
export interface CorpusFinding {
  readonly fileIndex: number;
  readonly finding: Finding;
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
    }
  | {
      readonly code: string;
      readonly severity: Severity;
      readonly description: string;
      readonly stage: 'corpus';
      run(ctx: CorpusContext): CorpusFinding[];
    }
  | {
      readonly code: string;
      readonly severity: Severity;
      readonly description: string;
      readonly stage: 'personalities';
      run(ctx: PersonalitiesContext): Finding[];
    };

/** Walks every choice of a scenario with its YAML path. */
export function* choicesOf(scenario: Scenario): Generator<{ nodeId: string; index: number; choice: NonNullable<Scenario['nodes'][string]['choices']>[number] }> {
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    for (const [index, choice] of (node.choices ?? []).entries()) yield { nodeId, index, choice };
  }
}
