import stringWidth from 'string-width';

/** Pads to a display width: a Chinese character takes two columns, colour codes none. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
}

/**
 * Rows as aligned columns, two spaces apart, each line indented by `indent`; columns listed in
 * `right` are right-aligned (numbers). Trailing spaces are trimmed.
 */
export function table(rows: readonly (readonly string[])[], options: { readonly right?: readonly number[]; readonly indent?: string } = {}): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  const right = new Set(options.right ?? []);
  return rows.map((row) => (options.indent ?? '') + row.map((cell, i) => (right.has(i) ? padStart(cell, widths[i]!) : padEnd(cell, widths[i]!))).join('  ').trimEnd());
}
