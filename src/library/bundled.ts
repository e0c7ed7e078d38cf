import { fileURLToPath } from 'node:url';
import { fileSystemSource } from './fs-source.js';
import type { LibrarySource } from './source.js';

/** The library shipped with kefu: `scenarios/` at the package root. The one place that knows where it is. */
export function bundledDir(): string {
  return fileURLToPath(new URL('../../scenarios/', import.meta.url));
}

/** The file system, with the shipped library as the bundled one: what every command reads unless told otherwise. */
export function defaultSource(): LibrarySource {
  return fileSystemSource(bundledDir());
}
