// Synchronous, uncached loading for callers that want everything in full at once (the tests of
// the shipped library, the quiz generator's tests, review's changed-file check). Commands read
// through `libraryOf` (cli/library.ts), which takes what it can from the load cache.
import { dirname, resolve } from 'node:path';
import { defaultSource } from '../library/bundled.js';
import type { Personality } from '../model/schema.js';
import type { CatalogEntry, Catalogue } from '../library/types.js';
import type { CatalogueFiles } from '../library/load.js';
import { catalogueOf, LibraryLoader } from '../library/load.js';
import { contentHash, FileReader, READ_LIMIT } from '../library/reading.js';
import { compareIds, stemOf } from '../scenario/catalogue.js';
import type { LoadedScenario } from '../library/types.js';
import { safeText } from '../ui/text.js';
import { InvalidInputError } from './errors.js';

export { bundledDir } from '../library/bundled.js';
export { contentHash, displayPath } from '../library/reading.js';
export { diagnosticsOf } from '../library/load.js';
export type { CatalogueFiles } from '../library/load.js';
export type { LoadedScenario } from '../library/types.js';

/** A loader of the file system for `cwd`, without the load cache: each file read and parsed once. */
export function fullLoader(cwd: string): LibraryLoader {
  return new LibraryLoader(new FileReader(defaultSource(), cwd));
}

/** {@link contentHash} of a file's bytes read as a scenario is read, to compare with a recorded hash; '' when it cannot be read. */
export function fileHash(path: string): string {
  const read = defaultSource().read(path, dirname(path), READ_LIMIT);
  return read.ok ? contentHash(read.bytes) : '';
}

/** Reads a folder's `methods/`, `faults.yaml` and `personalities.yaml`, those that exist. */
export function readCatalogue(dir: string, cwd: string): CatalogueFiles {
  return fullLoader(cwd).catalogueFiles(resolve(dir));
}

/** The catalogue's diagnostics, and the library built from the files that loaded. */
export function catalogueLibrary(files: CatalogueFiles): Catalogue {
  return catalogueOf(files);
}

/** The scenario files of a folder (by default the bundled one), each with its id (the file name without `.yaml` or `.yml`), by id. */
export function bundledScenarios(dir?: string): { id: string; path: string }[] {
  const source = defaultSource();
  return source
    .yamlFiles(dir ?? source.bundledDir, { recursive: false })
    .filter((f) => !['faults', 'personalities'].includes(stemOf(f.path)))
    .map((f) => ({ id: stemOf(f.path), path: f.path }))
    .sort((a, b) => compareIds(a.id, b.id));
}

/** The scenarios of a folder (by default the bundled one), shape-checked only, and the folder's own personalities. */
export function bundledCatalog(cwd: string, dir?: string): { entries: CatalogEntry[]; personalities: Personality[] } {
  const l = fullLoader(cwd);
  const folder = resolve(dir ?? l.source.bundledDir);
  const entries = bundledScenarios(folder).map(({ path }) => l.entry(path, folder));
  return { entries, personalities: [...l.ownCatalogue(folder).library.personalities.values()] };
}

/**
 * Loads a scenario ready to play, or throws {@link InvalidInputError} with every diagnostic
 * (its own and its library's) when it is not valid.
 */
export function loadPlayableScenario(path: string, cwd: string): LoadedScenario {
  const r = fullLoader(cwd).playable(resolve(cwd, path));
  if (!r.ok) throw new InvalidInputError((m) => m.invalidScenario({ file: safeText(r.file) }), r.diagnostics);
  return r.loaded;
}
