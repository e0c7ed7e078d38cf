import type { Dirent, Stats } from 'node:fs';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { AccessProblem, EntryKind, LibrarySource, Listed, ReadResult } from './source.js';
import { inside, isYamlName, skippedName } from './source.js';

/** The problem an error of the file system stands for; anything unexpected keeps its code. */
export function problemOf(e: unknown): AccessProblem {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: 'missing' };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'denied' };
    case 'ENAMETOOLONG':
      return { reason: 'name-too-long' };
    case 'EISDIR':
      return { reason: 'not-a-file', what: 'folder' };
    default:
      return { reason: 'failed', code };
  }
}

function kindOfStats(s: Stats | Dirent): EntryKind {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'folder';
  if (s.isFIFO()) return 'fifo';
  if (s.isSocket()) return 'socket';
  if (s.isCharacterDevice()) return 'character device';
  if (s.isBlockDevice()) return 'block device';
  return 'other';
}

/** The real path of a place, or why it has none. */
function real(path: string): string | AccessProblem {
  try {
    return realpathSync.native(path);
  } catch (e) {
    return problemOf(e);
  }
}

// Non-blocking, so that a FIFO swapped in between the check and the open cannot hang the read.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The file system, read under kefu's policy: a path is looked at (`lstat`, `stat`) before it
 * is opened, so a FIFO, socket or device is refused without being opened; a link is
 * followed only when its real target lies inside the folder being read; a file is read
 * with a buffer the size it has, not a fixed one, and never beyond the limit.
 */
export function fileSystemSource(bundledDir: string): LibrarySource {
  return {
    bundledDir,
    entry(path) {
      try {
        return kindOfStats(statSync(path));
      } catch (e) {
        return problemOf(e);
      }
    },
    identity(path, folder) {
      const target = regularTarget(path, folder);
      if ('problem' in target) return { ok: false, problem: target.problem };
      const s = statSync(target.path, { bigint: true, throwIfNoEntry: false });
      if (!s?.isFile()) return { ok: false, problem: { reason: 'missing' } };
      return { ok: true, key: `${s.dev}.${s.ino}.${s.size}.${s.mtimeNs}.${s.ctimeNs}` };
    },
    read(path, folder, limit): ReadResult {
      const found = regularTarget(path, folder);
      if ('problem' in found) return { ok: false, problem: found.problem };
      const { path: target, stats } = found;
      if (stats.size > limit) return { ok: false, problem: { reason: 'too-large', limit } };
      let fd: number;
      try {
        fd = openSync(target, OPEN_FLAGS);
      } catch (e) {
        return { ok: false, problem: problemOf(e) };
      }
      try {
        const opened = fstatSync(fd);
        if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev) return { ok: false, problem: { reason: 'failed', code: 'ECHANGED' } };
        return readAll(fd, opened.size, limit);
      } catch (e) {
        return { ok: false, problem: problemOf(e) };
      } finally {
        closeSync(fd);
      }
    },
    yamlFiles(dir, { recursive, within }) {
      const out: Listed[] = [];
      const start = real(dir);
      if (typeof start !== 'string') return [{ path: dir, problem: start }];
      const root = within === undefined ? start : real(within);
      if (typeof root !== 'string') return [{ path: dir, problem: root }];
      if (!inside(start, root, sep)) return [{ path: dir, problem: { reason: 'link-outside', folder: within ?? dir } }];
      const visited = new Set<string>([start]);
      const walk = (d: string): void => {
        let entries: Dirent[];
        try {
          entries = readdirSync(d, { withFileTypes: true });
        } catch (e) {
          out.push({ path: d, problem: problemOf(e) });
          return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
          if (skippedName(entry.name)) continue;
          const p = join(d, entry.name);
          let kind = kindOfStats(entry);
          if (entry.isSymbolicLink()) {
            const target = real(p);
            // A dangling link or one into a place that cannot be read: report it only when it looks like a file kefu reads.
            if (typeof target !== 'string') {
              if (isYamlName(entry.name)) out.push({ path: p, problem: target });
              continue;
            }
            let stats: Stats;
            try {
              stats = lstatSync(target);
            } catch (e) {
              if (isYamlName(entry.name)) out.push({ path: p, problem: problemOf(e) });
              continue;
            }
            kind = kindOfStats(stats);
            const counts = kind === 'folder' ? recursive : isYamlName(entry.name);
            if (!counts) continue;
            if (!inside(target, root, sep)) {
              out.push({ path: p, problem: { reason: 'link-outside', folder: within ?? dir } });
              continue;
            }
            if (kind === 'folder') {
              if (visited.has(target)) continue;
              visited.add(target);
            }
          }
          if (kind === 'folder') {
            if (recursive) walk(p);
          } else if (isYamlName(entry.name)) {
            out.push(kind === 'file' ? { path: p } : { path: p, problem: { reason: 'not-a-file', what: kind } });
          }
        }
      };
      walk(dir);
      return out;
    },
  };
}

/** Where a path really leads, when that is a regular file inside `folder`; else why not. Nothing is opened. */
function regularTarget(path: string, folder: string): { path: string; stats: Stats } | { problem: AccessProblem } {
  const target = real(path);
  if (typeof target !== 'string') return { problem: target };
  const boundary = real(folder);
  if (typeof boundary !== 'string') return { problem: boundary };
  if (!inside(target, boundary, sep)) return { problem: { reason: 'link-outside', folder } };
  let stats: Stats;
  try {
    stats = statSync(target);
  } catch (e) {
    return { problem: problemOf(e) };
  }
  const kind = kindOfStats(stats);
  if (kind !== 'file') return { problem: { reason: 'not-a-file', what: kind } };
  return { path: target, stats };
}

/** Reads an open file to its end, stopping one byte past `limit`; `size` is only the first guess. */
function readAll(fd: number, size: number, limit: number): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.min(size, limit) + 1;
  for (;;) {
    const buf = Buffer.allocUnsafe(want);
    let filled = 0;
    while (filled < want) {
      const n = readSync(fd, buf, filled, want - filled, null);
      if (n === 0) break;
      filled += n;
    }
    chunks.push(filled === want ? buf : buf.subarray(0, filled));
    total += filled;
    if (total > limit) return { ok: false, problem: { reason: 'too-large', limit } };
    // The file grew while it was read: read on, in pieces.
    if (filled < want) break;
    want = Math.min(64 * 1024, limit + 1 - total);
  }
  return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
}
