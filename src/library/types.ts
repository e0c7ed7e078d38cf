import type { Diagnostic } from '../model/diagnostic.js';
import type { Scenario } from '../model/schema.js';
import type { Quiz } from '../quiz/schema.js';
import type { Library } from '../scenario/catalogue.js';
import type { CompiledScenario } from '../scenario/compile.js';
import { contentHash } from './reading.js';

/** A folder's catalogue (or several laid over each other) and the diagnostics of its files. */
export interface Catalogue {
  readonly library: Library;
  readonly diagnostics: Diagnostic[];
}

/** A scenario file of a folder, shape-checked only: what `list`, the picker and `progress` offer. */
export interface CatalogEntry {
  readonly id: string;
  readonly path: string;
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
}

/** A scenario ready to play. */
export interface LoadedScenario {
  readonly path: string;
  readonly scenario: Scenario;
  readonly compiled: CompiledScenario;
  readonly library: Library;
  /** Warnings only: a scenario with errors is never returned. */
  readonly diagnostics: Diagnostic[];
  readonly text: string;
  /** SHA-256 of the bytes the scenario was loaded from. */
  readonly fileHash: string;
}

/** A scenario that cannot be played: the file as the user sees it, and every diagnostic (its own and its library's). */
export interface NotPlayable {
  readonly file: string;
  readonly diagnostics: Diagnostic[];
}

/** A quiz file as loaded: its value when valid, its diagnostics either way. */
export interface QuizFile {
  readonly id: string;
  readonly path: string;
  readonly value?: Quiz;
  readonly diagnostics: Diagnostic[];
}


/** A loaded scenario whose `fileHash` (SHA-256 of `bytes`) is worked out when first asked for: only a recorded game needs it. */
export function loadedScenario(parts: Omit<LoadedScenario, 'fileHash'>, bytes: Uint8Array): LoadedScenario {
  let hash: string | undefined;
  return {
    ...parts,
    get fileHash(): string {
      return (hash ??= contentHash(bytes));
    },
  };
}
