/** A path into a YAML document: mapping keys and sequence indices. */
export type YamlPath = readonly (string | number)[];

export type Severity = 'error' | 'warning';

/**
 * A problem found in an input file, before it is given a line and column.
 * `path` points at the offending value (or, with `at: 'key'`, at its key); `offset`
 * is used instead when the problem has no path (a YAML syntax error).
 */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path?: YamlPath;
  readonly at?: 'key' | 'value';
  readonly offset?: number;
}

/** A finding placed in its file: line and column are 1-based. */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export function error(code: string, message: string, path?: YamlPath, at?: 'key' | 'value'): Finding {
  return { code, severity: 'error', message, ...(path ? { path } : {}), ...(at ? { at } : {}) };
}

export function warning(code: string, message: string, path?: YamlPath, at?: 'key' | 'value'): Finding {
  return { code, severity: 'warning', message, ...(path ? { path } : {}), ...(at ? { at } : {}) };
}

export function hasErrors(items: readonly { severity: Severity }[]): boolean {
  return items.some((d) => d.severity === 'error');
}
