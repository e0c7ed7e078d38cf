import type { ScenarioAnalysis } from '../analysis/analyse.js';
import { shapeStats } from '../analysis/analyse.js';
import type { Diagnostic, Finding } from '../model/diagnostic.js';
import type { Fault, Method, Outcome, Personality, Scenario } from '../model/schema.js';
import type { TextWidth } from '../model/width.js';
import type { FileKind, Library } from '../scenario/library.js';
import { buildLibrary, layerLibrary, loadFaults, loadMethod, loadPersonalities, loadScenario, stemOf } from '../scenario/library.js';
import type { ParsedSource } from '../scenario/source.js';
import { toDiagnostic } from '../scenario/source.js';
import type { CorpusFile } from './check.js';
import { checkCorpus, checkPersonalities, checkScenario } from './run.js';

/** One file to validate, already read and parsed. */
export interface ValidateInput {
  /** The file as shown to the user. */
  readonly file: string;
  /** The folder whose catalogue (methods/, faults.yaml, personalities.yaml) the file uses or belongs to. */
  readonly folder: string;
  readonly kind: FileKind;
  readonly parsed: ParsedSource;
  /** Read only because a checked file refers to it: reported only when it has diagnostics. */
  readonly implicit?: boolean;
}

export interface ValidateOptions {
  /** The bundled library's folder: its catalogue lies under every other folder's. */
  readonly baseFolder?: string;
  /** Checks a quiz file's parsed source; without it, quiz files are checked as YAML only. */
  readonly checkQuiz?: (parsed: ParsedSource) => Finding[];
  readonly maxStates?: number;
  /** How wide a reply looks in the terminal; the shell passes string-width. */
  readonly width?: TextWidth;
  /** Whether the results carry the exact path count (`--stats`): it is worked out only then. */
  readonly countPaths?: boolean;
}

/** Per-scenario figures for `--stats`. */
export interface ScenarioStats {
  readonly nodes: number;
  readonly decisions: number;
  readonly endings: Record<Outcome, number>;
  /** Distinct paths from start to an ending, as a decimal string, or 'infinite'. */
  readonly paths?: string;
  readonly best?: number;
  readonly worst?: number;
}

export interface FileResult {
  readonly file: string;
  readonly kind: FileKind;
  readonly diagnostics: Diagnostic[];
  readonly stats?: ScenarioStats;
}

interface Loaded {
  readonly input: ValidateInput;
  readonly findings: Finding[];
  method?: Method;
  faults?: Fault[];
  personalities?: Personality[];
  scenario?: Scenario;
  /** Ids declared, with where, for the corpus checks. */
  ids: { id: string; path: (string | number)[] }[];
  localIds?: { id: string; path: (string | number)[] }[];
}

/**
 * Validates a set of parsed files against each other: every file's own findings, each
 * scenario checked against its folder's catalogue laid over the base one, and the checks
 * across files. Pure and total: whatever the input, it returns one result per file and
 * never throws. Diagnostics come sorted by line and column.
 */
export function validateFiles(inputs: readonly ValidateInput[], options: ValidateOptions = {}): FileResult[] {
  const loaded: Loaded[] = inputs.map((input) => loadOne(input, options));

  const libraries = new Map<string, Library>();
  const folderLibrary = (folder: string): Library => {
    const known = libraries.get(folder);
    if (known) return known;
    const own = loaded.filter((l) => l.input.folder === folder);
    const lib = buildLibrary({
      methods: own.flatMap((l) => (l.method ? [l.method] : [])),
      faults: own.flatMap((l) => l.faults ?? []),
      personalities: own.flatMap((l) => l.personalities ?? []),
    });
    libraries.set(folder, lib);
    return lib;
  };
  const libraryFor = (folder: string): Library => {
    const own = folderLibrary(folder);
    if (options.baseFolder === undefined || folder === options.baseFolder) return own;
    return layerLibrary(folderLibrary(options.baseFolder), own);
  };

  const stats = new Map<number, ScenarioStats>();
  loaded.forEach((l, i) => {
    if (!l.scenario) return;
    const result = checkScenario(l.scenario, libraryFor(l.input.folder), stemOf(l.input.file), {
      ...(options.maxStates ? { maxStates: options.maxStates } : {}),
      countPaths: options.countPaths === true,
      ...(options.width ? { width: options.width } : {}),
    });
    l.findings.push(...result.findings);
    if (result.compiled) stats.set(i, statsOf(shapeStats(result.compiled), result.analysis));
  });

  for (const l of loaded) {
    if (l.personalities) l.findings.push(...checkPersonalities({ personalities: l.personalities, library: libraryFor(l.input.folder) }));
  }

  const corpus: CorpusFile[] = loaded.map((l) => ({
    file: l.input.file,
    folder: l.input.folder,
    kind: l.input.kind,
    stem: stemOf(l.input.file),
    ids: l.ids,
    ...(l.localIds ? { localIds: l.localIds } : {}),
  }));
  for (const { fileIndex, finding } of checkCorpus({ files: corpus })) loaded[fileIndex]?.findings.push(finding);

  const results: FileResult[] = [];
  loaded.forEach((l, i) => {
    const diagnostics = l.findings.map((f) => toDiagnostic(l.input.parsed.source, f)).sort((a, b) => a.line - b.line || a.column - b.column);
    if (l.input.implicit && diagnostics.length === 0) return;
    const s = stats.get(i);
    results.push({ file: l.input.file, kind: l.input.kind, diagnostics, ...(s ? { stats: s } : {}) });
  });
  return results;
}

function statsOf(shape: ReturnType<typeof shapeStats>, analysis: ScenarioAnalysis | undefined): ScenarioStats {
  if (!analysis?.complete) return shape;
  return {
    ...shape,
    ...(analysis.paths !== undefined ? { paths: String(analysis.paths) } : {}),
    ...(analysis.best !== undefined ? { best: analysis.best } : {}),
    ...(analysis.worst !== undefined ? { worst: analysis.worst } : {}),
  };
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const id = (value as Record<string, unknown>).id;
  return typeof id === 'string' ? id : undefined;
}

function loadOne(input: ValidateInput, options: ValidateOptions): Loaded {
  const { parsed, kind } = input;
  switch (kind) {
    case 'scenario': {
      const r = loadScenario(parsed);
      return { input, findings: [...r.findings], ...(r.value ? { scenario: r.value } : {}), ids: r.value ? [{ id: r.value.id, path: ['id'] }] : [] };
    }
    case 'method': {
      const r = loadMethod(parsed);
      return {
        input,
        findings: [...r.findings],
        ...(r.value ? { method: r.value } : {}),
        ids: r.value ? [{ id: r.value.id, path: ['id'] }] : [],
        localIds: (r.value?.steps ?? []).map((s, i) => ({ id: s.id, path: ['steps', i, 'id'] })),
      };
    }
    case 'faults': {
      const r = loadFaults(parsed);
      return { input, findings: [...r.findings], ...(r.value ? { faults: r.value } : {}), ids: (r.value ?? []).map((f, i) => ({ id: f.id, path: ['faults', i, 'id'] })) };
    }
    case 'personalities': {
      const r = loadPersonalities(parsed);
      return {
        input,
        findings: [...r.findings],
        ...(r.value ? { personalities: r.value } : {}),
        ids: (r.value ?? []).map((p, i) => ({ id: p.id, path: ['personalities', i, 'id'] })),
      };
    }
    case 'quiz': {
      const own = options.checkQuiz ? options.checkQuiz(parsed) : [];
      const id = idOf(parsed.source.value);
      return { input, findings: [...parsed.findings, ...own], ids: id ? [{ id, path: ['id'] }] : [] };
    }
  }
}
