import { resolve } from 'node:path';
import { buildLibrary, layerLibrary } from '../scenario/catalogue.js';
import { cacheKey } from './cache.js';
import type { FileReader } from './reading.js';
import type { LibrarySource } from './source.js';
import type { Catalogue } from './types.js';

/** Whether two folder paths name the same folder, however they are spelled. */
export function sameFolder(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/**
 * The folders whose catalogues a scenario in `folder` resolves against, bottom first: the
 * bundled one, and the folder's own over it (a pack's entry replaces a bundled one with its id).
 * The one place where packs are layered.
 */
export function catalogueFolders(folder: string, bundledDir: string): string[] {
  return sameFolder(folder, bundledDir) ? [bundledDir] : [bundledDir, folder];
}

/** Catalogues laid over each other in order, their diagnostics together. */
export function layered(parts: readonly Catalogue[]): Catalogue {
  const [first, ...rest] = parts;
  if (!first) return { library: buildLibrary({}), diagnostics: [] };
  return rest.reduce((acc, c) => ({ library: layerLibrary(acc.library, c.library), diagnostics: [...acc.diagnostics, ...c.diagnostics] }), first);
}

function isMissing(x: ReturnType<LibrarySource['entry']>): boolean {
  return typeof x === 'object' && x.reason === 'missing';
}

/**
 * The catalogue files a folder has: `methods/**.yaml` (with any that cannot be read, to be
 * reported), `faults` and `personalities` (`.yaml` before `.yml`), whatever they are: a FIFO
 * named `faults.yaml` is listed, to be refused when read.
 */
export function catalogueFileList(source: LibrarySource, folder: string): { methods: string[]; faults?: string; personalities?: string } {
  const methodsDir = resolve(folder, 'methods');
  // A `methods` link that leads elsewhere is listed as itself, to be reported, never walked.
  const methods = source.entry(methodsDir) === 'folder' ? source.yamlFiles(methodsDir, { recursive: true, within: folder }).map((l) => l.path) : [];
  const named = (name: string): string | undefined => [resolve(folder, `${name}.yaml`), resolve(folder, `${name}.yml`)].find((p) => !isMissing(source.entry(p)));
  const faults = named('faults');
  const personalities = named('personalities');
  return { methods, ...(faults !== undefined ? { faults } : {}), ...(personalities !== undefined ? { personalities } : {}) };
}

/** The catalogue files a scenario in `folder` resolves against, each with its identity, in order. */
export function catalogueHashes(files: FileReader, folder: string): string[] {
  return catalogueFolders(folder, files.source.bundledDir).flatMap((f) => {
    const list = catalogueFileList(files.source, f);
    return [...list.methods, ...(list.faults ? [list.faults] : []), ...(list.personalities ? [list.personalities] : [])].map((p) => `${p}=${files.identify(p, f) ?? '?'}`);
  });
}

/** The key under which "this scenario checked clean against these catalogue files" is kept. */
export function playableKey(path: string, identity: string, catalogue: readonly string[]): string {
  return cacheKey('playable', path, [identity, ...catalogue].join('\n'));
}
