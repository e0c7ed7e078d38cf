import { dirname, relative, sep } from 'node:path';
import type { FileKind } from '../scenario/catalogue.js';
import type { AccessProblem, LibrarySource } from './source.js';

/**
 * The most kefu reads of one file: the parser's MAX_FILE_BYTES (1 MiB), repeated here so that
 * reading does not load the parser. A test holds the two equal.
 */
export const READ_LIMIT = 1024 * 1024;

/** A path as the user should see it: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : path;
}

/** SHA-256 of some bytes, hex: how a session records the scenario file it played. */
export function contentHash(bytes: Uint8Array): string {
  // Loaded when first needed: node's crypto costs a command that only lists more than its reading.
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A short key of some bytes for the load cache: their length and two 32-bit FNV-style hashes.
 * Not a secret-proof digest, and it need not be: the cache only ever hands back a value that
 * passed every check, so a collision could show one checked file in place of another, never
 * let an unchecked one through.
 */
export function contentKey(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return `${bytes.length.toString(36)}.${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/**
 * The folder a file belongs to: a scenario's, faults' or personalities' own folder; for
 * `methods/*.yaml` and `quizzes/*.yaml`, the folder above. Its catalogue is the one the file
 * uses, and a link in it is followed only when it stays inside it.
 */
export function packFolder(path: string, kind: FileKind): string {
  const dir = dirname(path);
  return kind === 'method' || kind === 'quiz' ? dirname(dir) : dir;
}

/** One file as read: its bytes and their hash, or why it could not be read. */
export interface FileRead {
  readonly path: string;
  /** The path as the user sees it. */
  readonly shown: string;
  readonly bytes?: Uint8Array;
  readonly problem?: AccessProblem;
  /** The source's identity of the file, taken before it was read: the load cache's key. */
  readonly key?: string;
}

/** Reads files from a source once each: a second read of the same file in one process costs nothing. */
export class FileReader {
  private readonly memo = new Map<string, FileRead>();
  private readonly identities = new Map<string, string | undefined>();

  constructor(
    readonly source: LibrarySource,
    readonly cwd: string,
  ) {}

  /** The source's identity of a file (see {@link LibrarySource.identity}), or undefined when it cannot be read. */
  identify(path: string, folder: string): string | undefined {
    const key = `${folder}\0${path}`;
    if (this.identities.has(key)) return this.identities.get(key);
    const r = this.source.identity(path, folder);
    const id = r.ok ? r.key : undefined;
    this.identities.set(key, id);
    return id;
  }

  /** The file at `path`, read under the policy with `folder` as the folder being read. */
  read(path: string, folder: string): FileRead {
    const key = `${folder}\0${path}`;
    const known = this.memo.get(key);
    if (known) return known;
    const shown = displayPath(path, this.cwd);
    // The identity first: should the file change while it is read, the value read is kept
    // under the identity it had before, which no later run will see again.
    const identity = this.identify(path, folder);
    const r = this.source.read(path, folder, READ_LIMIT);
    const read: FileRead = r.ok ? { path, shown, bytes: r.bytes, ...(identity !== undefined ? { key: identity } : {}) } : { path, shown, problem: r.problem };
    this.memo.set(key, read);
    return read;
  }
}
