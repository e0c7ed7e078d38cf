import type { Fault, Method, Personality, Scenario } from '../model/schema.js';
import { buildLibrary, compareIds, stemOf } from '../scenario/catalogue.js';
import type { LoadCache } from './cache.js';
import { cacheKey } from './cache.js';
import type { LibraryLoader } from './load.js';
import { FileReader, packFolder } from './reading.js';
import type { LibrarySource, Listed } from './source.js';
import type { Catalogue, CatalogEntry, LoadedScenario, NotPlayable, QuizFile } from './types.js';
import { loadedScenario } from './types.js';
import { catalogueFileList, catalogueFolders, catalogueHashes, layered, playableKey } from './catalogue-files.js';

/** The catalogue and scenario files of the names kefu gives special meaning to. */
const CATALOGUE_NAMES = ['faults', 'personalities'];

/**
 * The one way every command reaches scenario, catalogue and quiz files. It reads through a
 * {@link LibrarySource} (so the file-access policy holds everywhere), reads and parses each file
 * at most once per process, and takes values that an earlier run already checked clean from
 * the load cache, matched by the hash of the bytes read now. Only a file the cache does not
 * vouch for loads the parser, the schemas and the checks.
 */
export class LibraryReader {
  readonly files: FileReader;
  private heavy: LibraryLoader | undefined;
  private readonly catalogues = new Map<string, Catalogue | undefined>();

  constructor(
    readonly source: LibrarySource,
    readonly cwd: string,
    private readonly cache?: LoadCache,
  ) {
    this.files = new FileReader(source, cwd);
  }

  get bundledDir(): string {
    return this.source.bundledDir;
  }

  /** The full loader, loaded on first need. */
  async loader(): Promise<LibraryLoader> {
    if (!this.heavy) {
      const { LibraryLoader } = await import('./load.js');
      this.heavy = new LibraryLoader(this.files, this.cache);
    }
    return this.heavy;
  }

  /** A value the cache holds for this file read as `kind`; undefined when it holds none. */
  private cached<T>(kind: string, path: string, folder: string): T | undefined {
    if (!this.cache) return undefined;
    const key = this.files.identify(path, folder);
    return key === undefined ? undefined : (this.cache.get(cacheKey(kind, path, key)) as T | undefined);
  }

  /** A folder's own catalogue from the cache alone, when every one of its files is there. */
  private async cachedCatalogue(folder: string): Promise<Catalogue | undefined> {
    if (this.catalogues.has(folder)) return this.catalogues.get(folder);
    const list = catalogueFileList(this.source, folder);
    const methods = list.methods.map((p) => this.cached<Method>('method', p, folder));
    const faults = list.faults !== undefined ? this.cached<Fault[]>('faults', list.faults, folder) : [];
    const personalities = list.personalities !== undefined ? this.cached<Personality[]>('personalities', list.personalities, folder) : [];
    const complete = methods.every((m) => m !== undefined) && faults !== undefined && personalities !== undefined;
    const catalogue = complete ? { library: buildLibrary({ methods, faults, personalities }), diagnostics: [] } : undefined;
    this.catalogues.set(folder, catalogue);
    return catalogue;
  }

  /** The catalogue a scenario in `folder` resolves against: the bundled one, with the folder's own laid over it. */
  async catalogueFor(folder: string): Promise<Catalogue> {
    const folders = catalogueFolders(folder, this.bundledDir);
    const parts = await Promise.all(folders.map((f) => this.cachedCatalogue(f)));
    if (parts.every((p) => p !== undefined)) return layered(parts);
    return (await this.loader()).catalogueFor(folder);
  }

  /** The scenario files of a folder (by default the bundled one), each with its id (file name without extension), by id. */
  scenarioFiles(dir = this.bundledDir): (Listed & { id: string })[] {
    return this.source
      .yamlFiles(dir, { recursive: false })
      .filter((f) => !CATALOGUE_NAMES.includes(stemOf(f.path)))
      .map((f) => ({ ...f, id: stemOf(f.path) }))
      .sort((a, b) => compareIds(a.id, b.id));
  }

  /** The scenarios of a folder, shape-checked only, and the personalities of its catalogue. */
  async catalog(dir = this.bundledDir): Promise<{ entries: CatalogEntry[]; personalities: Personality[] }> {
    const files = this.scenarioFiles(dir);
    const entries: CatalogEntry[] = [];
    for (const f of files) {
      const scenario = this.cached<Scenario>('scenario', f.path, dir);
      entries.push(scenario !== undefined ? { id: f.id, path: f.path, scenario, diagnostics: [] } : (await this.loader()).entry(f.path, dir));
    }
    const own = (await this.cachedCatalogue(dir)) ?? (await this.loader()).ownCatalogue(dir);
    return { entries, personalities: [...own.library.personalities.values()] };
  }

  /** A scenario ready to play, or every reason it is not. */
  async playable(path: string): Promise<{ ok: true; loaded: LoadedScenario } | ({ ok: false } & NotPlayable)> {
    const folder = packFolder(path, 'scenario');
    const scenario = this.cached<Scenario>('scenario', path, folder);
    if (scenario !== undefined && this.cache) {
      const catalogue = await this.catalogueFor(folder);
      const key = this.files.identify(path, folder)!;
      if (catalogue.diagnostics.length === 0 && this.cache.get(playableKey(path, key, catalogueHashes(this.files, folder))) === true) {
        // Read after the identity that vouched for it was taken, so what is shown and recorded is what is there.
        const read = this.files.read(path, folder);
        if (!read.bytes) return (await this.loader()).playable(path);
        const { compileScenario } = await import('../scenario/compile.js');
        const text = new TextDecoder('utf-8').decode(read.bytes);
        return {
          ok: true,
          loaded: loadedScenario({ path, scenario, compiled: compileScenario(scenario, catalogue.library), library: catalogue.library, diagnostics: [], text }, read.bytes),
        };
      }
    }
    return (await this.loader()).playable(path);
  }

  /** One quiz file, checked on its own. */
  async quizFile(path: string): Promise<QuizFile> {
    return (await this.loader()).quizFile(path);
  }

  /** The bundled quizzes, checked together. */
  async bundledQuizzes(): Promise<QuizFile[]> {
    return (await this.loader()).bundledQuizzes();
  }

  /** The bundled scenarios that load and check cleanly, compiled; the others are `kefu validate`'s business. */
  async playableScenarios(): Promise<LoadedScenario[]> {
    const out: LoadedScenario[] = [];
    for (const f of this.scenarioFiles()) {
      if (f.problem) continue;
      const r = await this.playable(f.path);
      if (r.ok) out.push(r.loaded);
    }
    return out;
  }
}

