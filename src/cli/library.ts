import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import envPaths from 'env-paths';
import { safeText } from '../ui/text.js';
import { defaultSource } from '../library/bundled.js';
import type { LoadCache } from '../library/cache.js';
import { buildKey, diskCache, memoryCache } from '../library/cache.js';
import { LibraryReader } from '../library/library.js';
import type { LoadedScenario } from '../library/types.js';
import type { CommandContext } from './context.js';
import { InvalidInputError, UsageError } from './errors.js';
import type { Io } from './io.js';

const readers = new WeakMap<Io, LibraryReader>();

/**
 * Where checked values are kept between runs: `KEFU_CACHE`, else the platform's cache folder
 * (`~/.cache/kefu` or `$XDG_CACHE_HOME/kefu` on Linux). `KEFU_CACHE=` (empty) keeps them for
 * the run only.
 */
function cacheOf(io: Io): LoadCache {
  const given = io.env.KEFU_CACHE;
  if (given === '') return memoryCache();
  const folder = given !== undefined ? resolve(io.cwd, given) : envPaths('kefu', { suffix: '' }).cache;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return diskCache(folder, buildKey(pkg.version));
}

/** The library a command reads, one per run: the Io's own source (tests), else the file system. */
export function libraryOf(io: Io): LibraryReader {
  let reader = readers.get(io);
  if (!reader) {
    const source = io.library ?? defaultSource();
    reader = new LibraryReader(source, io.cwd, io.library ? memoryCache() : cacheOf(io));
    readers.set(io, reader);
  }
  return reader;
}

/** A scenario argument as a file path: a path that exists, or the id of a bundled scenario. */
export function scenarioPath(io: Io, idOrPath: string): string {
  const { source } = libraryOf(io);
  const asPath = resolve(io.cwd, idOrPath);
  const there = source.entry(asPath);
  const missing = typeof there === 'object' && there.reason === 'missing';
  if (/[\\/]/.test(idOrPath) || /\.ya?ml$/i.test(idOrPath)) {
    if (missing) throw new UsageError((m) => m.noSuchFile({ file: safeText(idOrPath) }));
    // Anything else that is there (a folder, a FIFO, a path too long) is the reader's to refuse, naming it.
    return asPath;
  }
  const files = libraryOf(io).scenarioFiles();
  const found = files.find((f) => f.id === idOrPath);
  if (found) return found.path;
  if (there === 'file') return asPath;
  throw new UsageError((m) => m.unknownScenario({ given: safeText(idOrPath), known: files.map((f) => f.id) }));
}

/**
 * Loads a scenario ready to play, or throws {@link InvalidInputError} with every diagnostic
 * (its own and its library's) when it is not valid.
 */
export async function playableScenario(ctx: CommandContext, path: string): Promise<LoadedScenario> {
  const r = await libraryOf(ctx.io).playable(path);
  if (!r.ok) throw new InvalidInputError((m) => m.invalidScenario({ file: safeText(r.file) }), r.diagnostics);
  return r.loaded;
}
