import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentKey } from './reading.js';

/**
 * Values kefu has already checked, by a key that names their content (a hash of the bytes
 * they came from), so a command that only lists or plays does not parse and check the library
 * again on every run. Only values whose files had no finding at all are kept: anything with a
 * diagnostic takes the full path, where the diagnostic gets its line and column.
 */
export interface LoadCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** The key of a value checked as `kind` from the file at `path` whose identity (or list of identities) is `identity`. */
export function cacheKey(kind: string, path: string, identity: string): string {
  return `${kind}\n${path}\n${identity}`;
}

/** No checked file is larger than the file it came from allows, with room for JSON's quoting. */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

/** A cache that lives as long as the process: for tests, and where no folder can be written. */
export function memoryCache(): LoadCache {
  const map = new Map<string, unknown>();
  return { get: (k) => map.get(k), set: (k, v) => void map.set(k, v) };
}

/** The cache's version, which changes whenever the code that fills it may have. */
export function buildKey(version: string): string {
  // Every build rewrites these modules, and an installed release has its own version: either
  // way a value checked by other code is never read back.
  const parts = [version];
  for (const rel of ['../model/schema.js', '../scenario/source.js', '../checks/index.js', './cache.js']) {
    try {
      const s = statSync(new URL(rel, import.meta.url));
      parts.push(`${s.size}.${Math.floor(s.mtimeMs)}`);
    } catch {
      parts.push('-');
    }
  }
  return parts.join('_').replace(/[^\w.-]/g, '-');
}

/**
 * A cache in a folder of one JSON file per key. Writing goes through a temporary file and a
 * rename, so a reader never sees half a value; any failure to read or write is a miss, never
 * an error: the cache only saves time. Folders of other builds are removed when this one is made.
 */
export function diskCache(folder: string, build: string): LoadCache {
  const dir = join(folder, `v1-${build}`);
  let ready = false;
  const prepare = (): void => {
    if (ready) return;
    ready = true;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const old of readdirSync(folder)) if (old.startsWith('v1-') && join(folder, old) !== dir) rmSync(join(folder, old), { recursive: true, force: true });
  };
  // A short key is its own file name; a long one (a list of files and their keys) is keyed again.
  const file = (key: string): string => join(dir, `${/^[\w.:-]{1,120}$/.test(key) ? key.replace(/:/g, '_') : `k_${contentKey(new TextEncoder().encode(key))}`}.json`);
  return {
    get(key) {
      try {
        const path = file(key);
        // Whatever else appeared there (a FIFO would block), only a plain file of a sane size is read.
        const s = lstatSync(path);
        if (!s.isFile() || s.size > MAX_ENTRY_BYTES) return undefined;
        return (JSON.parse(readFileSync(path, 'utf8')) as { value: unknown }).value;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        prepare();
        const target = file(key);
        const temp = `${target}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify({ value }), { mode: 0o600 });
        renameSync(temp, target);
      } catch {
        // A read-only or full disk: the next run parses again.
      }
    },
  };
}
