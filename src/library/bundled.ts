import { fileURLToPath } from 'node:url';

/** The library shipped with kefu: `scenarios/` at the package root. The one place that knows where it is. */
export function bundledDir(): string {
  return fileURLToPath(new URL('../../scenarios/', import.meta.url));
}
