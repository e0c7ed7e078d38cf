import { safeText } from '../ui/text.js';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Finding } from '../model/diagnostic.js';
import type { Fault, Method, Personality, Scenario } from '../model/schema.js';
import { checkScenario } from '../checks/run.js';
import type { CompiledScenario } from '../scenario/compile.js';
import type { Library, Loaded } from '../scenario/library.js';
import { buildLibrary, layerLibrary, loadFaults, loadMethod, loadPersonalities, loadScenario, stemOf } from '../scenario/library.js';
import type { ParsedSource, SourceFile } from '../scenario/source.js';
import { MAX_FILE_BYTES, parseSource, toDiagnostic } from '../scenario/source.js';
import { InvalidInputError, UsageError } from './errors.js';

/** The library shipped with kefu: `scenarios/` at the package root. */
export function bundledDir(): string {
  return fileURLToPath(new URL('../../scenarios/', import.meta.url));
}

/** A path as the user should see it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : path;
}

/** Reads at most 1 MiB + 1 byte: enough to know a file is too large without reading it all. */
export function readBounded(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(MAX_FILE_BYTES + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0 || total + n >= buf.length) {
        total += n;
        break;
      }
      total += n;
    }
    return buf.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 of some bytes, hex: how a session records the scenario file it played. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** {@link contentHash} of a file's bytes read as a scenario is read, to compare with a recorded hash. */
export function fileHash(path: string): string {
  return contentHash(readBounded(path));
}

/** Reads and parses a file, keeping the bytes read; an unreadable file is a diagnostic (and no bytes), not a crash. */
function readSource(path: string, shown: string): { parsed: ParsedSource; bytes: Uint8Array } {
  let bytes: Uint8Array;
  try {
    bytes = readBounded(path);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    return {
      parsed: {
        source: parseSource(new Uint8Array(), shown).source,
        findings: [{ code: 'unreadable', severity: 'error', message: `cannot read the file: ${reason}`, offset: 0 }],
      },
      bytes: new Uint8Array(),
    };
  }
  return { parsed: parseSource(bytes, shown), bytes };
}

/** Reads and parses a file; an unreadable file is a diagnostic, not a crash. */
export function parseFile(path: string, shown: string): ParsedSource {
  return readSource(path, shown).parsed;
}

export function diagnosticsOf(source: SourceFile, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => toDiagnostic(source, f));
}

/** Every `*.yaml` / `*.yml` below a folder, sorted, skipping hidden folders and node_modules. */
export function listYamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export interface CatalogueFiles {
  readonly methods: { path: string; loaded: Loaded<Method>; source: SourceFile }[];
  readonly faults?: { path: string; loaded: Loaded<Fault[]>; source: SourceFile };
  readonly personalities?: { path: string; loaded: Loaded<Personality[]>; source: SourceFile };
}

/** Reads a folder's `methods/`, `faults.yaml` and `personalities.yaml`, those that exist. */
export function readCatalogue(dir: string, cwd: string): CatalogueFiles {
  const methodsDir = join(dir, 'methods');
  const methods = existsSync(methodsDir) && statSync(methodsDir).isDirectory() ? listYamlFiles(methodsDir) : [];
  const one = <T>(name: string, load: (p: ParsedSource) => Loaded<T>): { path: string; loaded: Loaded<T>; source: SourceFile } | undefined => {
    const path = [join(dir, `${name}.yaml`), join(dir, `${name}.yml`)].find((p) => existsSync(p));
    if (!path) return undefined;
    const parsed = parseFile(path, displayPath(path, cwd));
    return { path, loaded: load(parsed), source: parsed.source };
  };
  const faults = one('faults', loadFaults);
  const personalities = one('personalities', loadPersonalities);
  return {
    methods: methods.map((path) => {
      const parsed = parseFile(path, displayPath(path, cwd));
      return { path, loaded: loadMethod(parsed), source: parsed.source };
    }),
    ...(faults ? { faults } : {}),
    ...(personalities ? { personalities } : {}),
  };
}

/** The catalogue's diagnostics, and the library built from the files that loaded. */
export function catalogueLibrary(files: CatalogueFiles): { library: Library; diagnostics: Diagnostic[] } {
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
 * The library a scenario file resolves against: the bundled one, with the scenario's own
 * folder's catalogue laid over it when the file lives outside the bundled library.
 */
export function libraryFor(scenarioPath: string, cwd: string): { library: Library; diagnostics: Diagnostic[] } {
  const bundled = catalogueLibrary(readCatalogue(bundledDir(), cwd));
  const folder = dirname(resolve(scenarioPath));
  if (resolve(folder) === resolve(bundledDir())) return bundled;
  const pack = catalogueLibrary(readCatalogue(folder, cwd));
  return { library: layerLibrary(bundled.library, pack.library), diagnostics: [...bundled.diagnostics, ...pack.diagnostics] };
}

/** The scenario files of a folder (by default the bundled one), each with its id (the file name without `.yaml` or `.yml`), by id. */
export function bundledScenarios(dir = bundledDir()): { id: string; path: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f) && !['faults', 'personalities'].includes(stemOf(f)))
    .map((f) => ({ id: stemOf(f), path: join(dir, f) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The ids of the scenarios in a folder (by default the bundled one), from their file names. */
export function bundledScenarioIds(dir = bundledDir()): string[] {
  return bundledScenarios(dir).map((s) => s.id);
}

/** A scenario argument as a file path: an existing path, or the id of a bundled scenario. */
export function scenarioPath(idOrPath: string, cwd: string): string {
  const asPath = resolve(cwd, idOrPath);
  if (/[\\/]/.test(idOrPath) || /\.ya?ml$/i.test(idOrPath)) {
    if (!existsSync(asPath)) throw new UsageError((m) => m.noSuchFile({ file: safeText(idOrPath) }));
    return asPath;
  }
  const ids = bundledScenarioIds();
  for (const ext of ['.yaml', '.yml']) {
    const p = join(bundledDir(), `${idOrPath}${ext}`);
    if (ids.includes(idOrPath) && existsSync(p)) return p;
  }
  if (existsSync(asPath) && statSync(asPath).isFile()) return asPath;
  throw new UsageError((m) => m.unknownScenario({ given: safeText(idOrPath), known: ids }));
}

export interface LoadedScenario {
  readonly path: string;
  readonly scenario: Scenario;
  readonly compiled: CompiledScenario;
  readonly library: Library;
  /** Warnings only: a scenario with errors is never returned. */
  readonly diagnostics: Diagnostic[];
  readonly text: string;
  /** {@link contentHash} of the bytes the scenario was loaded from. */
  readonly fileHash: string;
}

/**
 * Loads a scenario ready to play, or throws {@link InvalidInputError} with every diagnostic
 * (its own and its library's) when it is not valid.
 */
export function loadPlayableScenario(path: string, cwd: string): LoadedScenario {
  const { library, diagnostics: libDiagnostics } = libraryFor(path, cwd);
  const { parsed, bytes } = readSource(path, displayPath(path, cwd));
  const loaded = loadScenario(parsed);
  const ownFindings = [...loaded.findings];
  let compiled: CompiledScenario | undefined;
  if (loaded.value) {
    const checked = checkScenario(loaded.value, library, stemOf(path));
    ownFindings.push(...checked.findings);
    compiled = checked.compiled;
  }
  const diagnostics = [...libDiagnostics.filter((d) => d.severity === 'error'), ...diagnosticsOf(parsed.source, ownFindings)];
  if (!loaded.value || !compiled || diagnostics.some((d) => d.severity === 'error')) {
    throw new InvalidInputError((m) => m.invalidScenario({ file: safeText(displayPath(path, cwd)) }), diagnostics);
  }
  return { path, scenario: loaded.value, compiled, library, diagnostics, text: parsed.source.text, fileHash: contentHash(bytes) };
}
