import { displayWidth, padToWidth } from './text.js';

/**
 * Rows as aligned columns, two spaces apart, each line indented by `indent`; columns listed in
 * `right` are right-aligned (numbers). Trailing spaces are trimmed.
 */
export function table(rows: readonly (readonly string[])[], options: { readonly right?: readonly number[]; readonly indent?: string } = {}): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const right = new Set(options.right ?? []);
  return rows.map((row) => (options.indent ?? '') + row.map((cell, i) => padToWidth(cell, widths[i]!, right.has(i) ? 'right' : 'left')).join('  ').trimEnd());
}
