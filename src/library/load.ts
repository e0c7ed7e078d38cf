// The full path for files the load cache does not vouch for: parse, shape-check, check.
// It brings the YAML parser, the schemas and the checks, so it is loaded only when needed.
import { resolve } from 'node:path';
import type { Diagnostic, Finding } from '../model/diagnostic.js';
import type { Fault, Method, Personality } from '../model/schema.js';
import { checkScenario } from '../checks/run.js';
import { loadQuizSource, loadQuizSources } from '../quiz/load.js';
import { buildLibrary, stemOf } from '../scenario/catalogue.js';
import type { Loaded } from '../scenario/library.js';
import { loadFaults, loadMethod, loadPersonalities, loadScenario } from '../scenario/library.js';
import type { ParsedSource, SourceFile } from '../scenario/source.js';
import { parseSource, toDiagnostic } from '../scenario/source.js';
import type { LoadCache } from './cache.js';
import { cacheKey } from './cache.js';
import { catalogueFileList, catalogueFolders, catalogueHashes, layered, playableKey } from './catalogue-files.js';
import { problemFinding } from './problems.js';
import type { FileRead, FileReader } from './reading.js';
import { packFolder } from './reading.js';
import { loadedScenario } from './types.js';
import type { Catalogue, CatalogEntry, LoadedScenario, NotPlayable, QuizFile } from './types.js';

export function diagnosticsOf(source: SourceFile, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => toDiagnostic(source, f));
}

/** A file read, parsed; a file that could not be read is one finding saying why, at 1:1. */
export function parseRead(read: FileRead): ParsedSource {
  if (read.bytes) return parseSource(read.bytes, read.shown);
  // No value at all (an empty text would parse to null), so no loader adds "must be a YAML mapping" to the reason.
  return { source: { ...parseSource(new Uint8Array(), read.shown).source, value: undefined }, findings: [problemFinding(read.problem ?? { reason: 'missing' })] };
}

export interface CatalogueFile<T> {
  readonly path: string;
  readonly loaded: Loaded<T>;
  readonly source: SourceFile;
}

export interface CatalogueFiles {
  readonly methods: CatalogueFile<Method>[];
  readonly faults?: CatalogueFile<Fault[]>;
  readonly personalities?: CatalogueFile<Personality[]>;
}

/** The catalogue's diagnostics, and the library built from the files that loaded. */
export function catalogueOf(files: CatalogueFiles): Catalogue {
  const diagnostics = [
    ...files.methods.flatMap((m) => diagnosticsOf(m.source, m.loaded.findings)),
    ...(files.faults ? diagnosticsOf(files.faults.source, files.faults.loaded.findings) : []),
    ...(files.personalities ? diagnosticsOf(files.personalities.source, files.personalities.loaded.findings) : []),
  ];
  const library = buildLibrary({
    methods: files.methods.flatMap((m) => (m.loaded.value ? [m.loaded.value] : [])),
    ...(files.faults?.loaded.value ? { faults: files.faults.loaded.value } : {}),
    ...(files.personalities?.loaded.value ? { personalities: files.personalities.loaded.value } : {}),
  });
  return { library, diagnostics };
}

/**
 * Everything kefu loads, each file read and parsed at most once: catalogues, scenarios and
 * quizzes, with the bundled catalogue under a pack's own. What loads without any finding is
 * handed to the load cache, so the next run can skip all of this.
 */
export class LibraryLoader {
  private readonly parsedFiles = new Map<string, { read: FileRead; parsed: ParsedSource }>();
  private readonly catalogues = new Map<string, CatalogueFiles>();

  constructor(
    readonly files: FileReader,
    private readonly cache?: LoadCache,
  ) {}

  get source(): FileReader['source'] {
    return this.files.source;
  }

  /** A file read (with `folder` as the folder being read) and parsed, once. */
  parse(path: string, folder: string): { read: FileRead; parsed: ParsedSource } {
    const key = `${folder}\0${path}`;
    const known = this.parsedFiles.get(key);
    if (known) return known;
    const read = this.files.read(path, folder);
    const parsed = { read, parsed: parseRead(read) };
    this.parsedFiles.set(key, parsed);
    return parsed;
  }

  private remember<T>(kind: string, read: FileRead, loaded: Loaded<T>): void {
    if (this.cache && read.key !== undefined && loaded.value !== undefined && loaded.findings.length === 0) this.cache.set(cacheKey(kind, read.path, read.key), loaded.value);
  }

  private one<T>(path: string, folder: string, kind: string, load: (p: ParsedSource) => Loaded<T>): CatalogueFile<T> {
    const { read, parsed } = this.parse(path, folder);
    const loaded = load(parsed);
    this.remember(kind, read, loaded);
    return { path, loaded, source: parsed.source };
  }

  /** A folder's own `methods/`, `faults.yaml` and `personalities.yaml`, those that exist. */
  catalogueFiles(folder: string): CatalogueFiles {
    const known = this.catalogues.get(folder);
    if (known) return known;
    const found = catalogueFileList(this.source, folder);
    const faults = found.faults !== undefined ? this.one(found.faults, folder, 'faults', loadFaults) : undefined;
    const personalities = found.personalities !== undefined ? this.one(found.personalities, folder, 'personalities', loadPersonalities) : undefined;
    const files: CatalogueFiles = {
      methods: found.methods.map((path) => this.one(path, folder, 'method', loadMethod)),
      ...(faults ? { faults } : {}),
      ...(personalities ? { personalities } : {}),
    };
    this.catalogues.set(folder, files);
    return files;
  }

  /** A folder's own catalogue, without the bundled one under it. */
  ownCatalogue(folder: string): Catalogue {
    return catalogueOf(this.catalogueFiles(folder));
  }

  /** The catalogue a scenario in `folder` resolves against: the bundled one, with the folder's own over it. */
  catalogueFor(folder: string): Catalogue {
    return layered(catalogueFolders(folder, this.source.bundledDir).map((f) => this.ownCatalogue(f)));
  }

  /** One scenario file of a folder, shape-checked only. */
  entry(path: string, folder: string): CatalogEntry {
    const { read, parsed } = this.parse(path, folder);
    const loaded = loadScenario(parsed);
    this.remember('scenario', read, loaded);
    return { id: stemOf(path), path, ...(loaded.value ? { scenario: loaded.value } : {}), diagnostics: diagnosticsOf(parsed.source, loaded.findings) };
  }

  /** A scenario ready to play, or every reason it is not. */
  playable(path: string): { ok: true; loaded: LoadedScenario; key?: string } | ({ ok: false } & NotPlayable) {
    const folder = packFolder(path, 'scenario');
    const catalogue = this.catalogueFor(folder);
    const { read, parsed } = this.parse(path, folder);
    const loaded = loadScenario(parsed);
    this.remember('scenario', read, loaded);
    const own = [...loaded.findings];
    let compiled;
    if (loaded.value) {
      const checked = checkScenario(loaded.value, catalogue.library, stemOf(path));
      own.push(...checked.findings);
      compiled = checked.compiled;
    }
    const diagnostics = [...catalogue.diagnostics.filter((d) => d.severity === 'error'), ...diagnosticsOf(parsed.source, own)];
    if (!loaded.value || !compiled || diagnostics.some((d) => d.severity === 'error')) {
      return { ok: false, file: read.shown, diagnostics };
    }
    // Checked clean against these very catalogue files: the next run may skip the checks.
    const key = catalogue.diagnostics.length === 0 && diagnostics.length === 0 && read.key !== undefined ? playableKey(path, read.key, catalogueHashes(this.files, folder)) : undefined;
    if (key !== undefined && this.cache) this.cache.set(key, true);
    return {
      ok: true,
      loaded: loadedScenario({ path, scenario: loaded.value, compiled, library: catalogue.library, diagnostics, text: parsed.source.text }, read.bytes ?? new Uint8Array()),
    };
  }

  /** One quiz file, checked on its own. */
  quizFile(path: string): QuizFile {
    const { parsed } = this.parse(path, packFolder(path, 'quiz'));
    const loaded = loadQuizSource(parsed, { stem: stemOf(path) });
    return { id: stemOf(path), path, ...(loaded.value ? { value: loaded.value } : {}), diagnostics: diagnosticsOf(parsed.source, loaded.findings) };
  }

  /** The bundled quizzes, `quizzes/*.yaml`, checked together so question ids stay unique across them. */
  bundledQuizzes(): QuizFile[] {
    const dir = resolve(this.source.bundledDir, 'quizzes');
    if (this.source.entry(dir) !== 'folder') return [];
    const files = this.source.yamlFiles(dir, { recursive: true }).map(({ path }) => ({ path, parsed: this.parse(path, packFolder(path, 'quiz')).parsed, stem: stemOf(path) }));
    const results = loadQuizSources(files);
    return files.map((f, i) => {
      const r = results[i]!;
      return { id: f.stem, path: f.path, ...(r.value ? { value: r.value } : {}), diagnostics: diagnosticsOf(f.parsed.source, r.findings) };
    });
  }
}
