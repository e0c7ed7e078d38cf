/**
 * What a file or folder is, as far as reading it goes. Anything but `file` and `folder` is
 * never opened: a FIFO would block the reader for ever, a device could be endless.
 */
export type EntryKind = 'file' | 'folder' | 'fifo' | 'socket' | 'character device' | 'block device' | 'other';

/** Why a file could not be read. The file itself is never quoted, so nothing of it leaks. */
export type AccessProblem =
  | { readonly reason: 'missing' }
  | { readonly reason: 'not-a-file'; readonly what: Exclude<EntryKind, 'file'> }
  | { readonly reason: 'link-outside'; readonly folder: string }
  | { readonly reason: 'too-large'; readonly limit: number }
  | { readonly reason: 'denied' }
  | { readonly reason: 'name-too-long' }
  | { readonly reason: 'failed'; readonly code: string };

export type ReadResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: AccessProblem };

/** One entry of a folder listing: a file to read, or a place that cannot be read and why. */
export type Listed = { readonly path: string; readonly problem?: AccessProblem };

/**
 * Where scenario, catalogue and quiz files come from: the file system, or memory in tests.
 * Every implementation holds the same policy: only regular files are read, a link is followed
 * only when it stays inside the folder being read, nothing above `limit` bytes is read.
 */
export interface LibrarySource {
  /** The library shipped with kefu. */
  readonly bundledDir: string;
  /** What a path names (a link followed), or why that cannot be known. */
  entry(path: string): EntryKind | AccessProblem;
  /**
   * The bytes of a regular file whose real place lies inside `folder`, reading at most
   * `limit` + 1 bytes' worth of it: enough to know it is too large.
   */
  read(path: string, folder: string, limit: number): ReadResult;
  /**
   * A key for the file `read` would read, without reading it: it changes whenever the file's
   * content may have (for a file on disk: device, inode, size, modification and change time;
   * the change time cannot be set back by anyone but the system). The same policy holds.
   */
  identity(path: string, folder: string): { readonly ok: true; readonly key: string } | { readonly ok: false; readonly problem: AccessProblem };
  /**
   * The `*.yaml` / `*.yml` files of a folder, by name, hidden entries and node_modules left
   * out; with `recursive`, those of its subfolders too (a linked folder only when it stays
   * inside the folder being read: `within`, by default `dir`). Entries that look like YAML
   * files but cannot be read come with their problem; a `dir` that itself leads outside
   * `within`, or cannot be read, is one entry with its problem.
   */
  yamlFiles(dir: string, options: { readonly recursive: boolean; readonly within?: string }): Listed[];
}

/** Whether a value is an {@link AccessProblem} rather than an {@link EntryKind}. */
export function isProblem(x: EntryKind | AccessProblem): x is AccessProblem {
  return typeof x === 'object';
}

/** Whether `path` is `folder` or lies below it (both absolute, same spelling). */
export function inside(path: string, folder: string, sep = '/'): boolean {
  if (path === folder) return true;
  const base = folder.endsWith(sep) ? folder : folder + sep;
  return path.startsWith(base);
}

/** YAML files kefu reads: `.yaml` or `.yml`, any case. */
export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** Folder entries no walk enters: hidden ones and installed packages. */
export function skippedName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}
