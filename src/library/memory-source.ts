import { posix } from 'node:path';
import type { EntryKind, LibrarySource, Listed, ReadResult } from './source.js';
import { inside, isYamlName, skippedName } from './source.js';

/** What a path holds in memory: a file's text or bytes, or another kind of entry. */
export type MemoryEntry = string | Uint8Array | { readonly kind: Exclude<EntryKind, 'file' | 'folder'> } | { readonly link: string };

/**
 * A library held in memory, for tests: absolute POSIX paths to file contents, links and
 * special entries; folders exist wherever a path lies below them. The same policy as the file
 * system's: special entries are refused, links followed only inside the folder being read.
 */
export function memorySource(files: Readonly<Record<string, MemoryEntry>>, bundledDir = '/bundled'): LibrarySource {
  const table = new Map(Object.entries(files).map(([p, v]) => [posix.normalize(p), v]));
  const isFolder = (p: string): boolean => [...table.keys()].some((k) => k !== p && inside(k, p));
  /** Follows links; undefined when the path leads nowhere. */
  const resolve = (p: string, depth = 0): string | undefined => {
    const v = table.get(p);
    if (v !== undefined && typeof v === 'object' && 'link' in v) return depth > 20 ? undefined : resolve(posix.resolve(posix.dirname(p), v.link), depth + 1);
    return v !== undefined || isFolder(p) ? p : undefined;
  };
  const kindAt = (p: string): EntryKind => {
    const v = table.get(p);
    if (v === undefined) return 'folder';
    if (typeof v === 'string' || v instanceof Uint8Array) return 'file';
    return 'kind' in v ? v.kind : 'other';
  };
  return {
    bundledDir,
    entry(path) {
      const target = resolve(posix.normalize(path));
      return target === undefined ? { reason: 'missing' } : kindAt(target);
    },
    identity(path, folder) {
      const r = this.read(path, folder, Number.MAX_SAFE_INTEGER);
      if (!r.ok) return r;
      // Memory has no inode or times: the content itself is the key.
      return { ok: true, key: `${r.bytes.length}.${[...r.bytes].join(',')}` };
    },
    read(path, folder, limit): ReadResult {
      const target = resolve(posix.normalize(path));
      if (target === undefined) return { ok: false, problem: { reason: 'missing' } };
      if (!inside(target, resolve(posix.normalize(folder)) ?? folder)) return { ok: false, problem: { reason: 'link-outside', folder } };
      const kind = kindAt(target);
      if (kind !== 'file') return { ok: false, problem: { reason: 'not-a-file', what: kind } };
      const v = table.get(target) as string | Uint8Array;
      const bytes = typeof v === 'string' ? new TextEncoder().encode(v) : v;
      if (bytes.length > limit) return { ok: false, problem: { reason: 'too-large', limit } };
      return { ok: true, bytes };
    },
    yamlFiles(dir, { recursive, within }) {
      const start = resolve(posix.normalize(dir));
      if (start === undefined) return [{ path: dir, problem: { reason: 'missing' } }];
      const root = within === undefined ? start : (resolve(posix.normalize(within)) ?? within);
      if (!inside(start, root)) return [{ path: dir, problem: { reason: 'link-outside', folder: within ?? dir } }];
      const out: Listed[] = [];
      const walk = (d: string, real: string, seen: Set<string>): void => {
        const names = new Set<string>();
        for (const k of table.keys()) if (k !== real && inside(k, real)) names.add(k.slice(real.length + 1).split('/')[0]!);
        for (const name of [...names].sort()) {
          if (skippedName(name)) continue;
          const p = posix.join(d, name);
          const own = posix.join(real, name);
          const v = table.get(own);
          const linked = v !== undefined && typeof v === 'object' && 'link' in v;
          const target = resolve(own);
          if (target === undefined) {
            if (isYamlName(name)) out.push({ path: p, problem: { reason: 'missing' } });
            continue;
          }
          const kind = kindAt(target);
          if (kind === 'folder' ? !recursive : !isYamlName(name)) continue;
          if (linked && !inside(target, root)) {
            out.push({ path: p, problem: { reason: 'link-outside', folder: within ?? dir } });
            continue;
          }
          if (kind === 'folder') {
            if (!seen.has(target)) walk(p, target, new Set([...seen, target]));
          } else out.push(kind === 'file' ? { path: p } : { path: p, problem: { reason: 'not-a-file', what: kind } });
        }
      };
      walk(posix.normalize(dir), start, new Set([start]));
      return out;
    },
  };
}
