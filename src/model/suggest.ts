/** Levenshtein distance; small inputs only (ids and field names). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * The candidates nearest to `name`, best first: at most `limit`, and only those close
 * enough to be a plausible misspelling (or containing / contained in the name).
 */
export function nearest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = name.toLowerCase();
  const scored: { c: string; d: number }[] = [];
  for (const c of new Set(candidates)) {
    const cl = c.toLowerCase();
    const d = editDistance(lower, cl);
    const budget = Math.max(2, Math.floor(Math.max(lower.length, cl.length) / 3));
    if (d <= budget || (lower.length >= 3 && (cl.includes(lower) || lower.includes(cl)))) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c));
  return scored.slice(0, limit).map((s) => s.c);
}

/** " (did you mean 'a' or 'b'?)" or "" when nothing is near. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const near = nearest(name, candidates);
  if (near.length === 0) return '';
  const quoted = near.map((n) => `'${n}'`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return ` (did you mean ${list}?)`;
}

/** How many valid names a reference with no near match lists before it says how many more. */
const LISTED = 12;

/**
 * " (did you mean 'a'?)" when a candidate is near; otherwise " (valid: 'a', 'b' and 3 more)"
 * listing the candidates in order, so a reference that matches nothing closely still says
 * what it could be. "" when there are no candidates at all.
 */
export function suggestOrList(name: string, candidates: Iterable<string>): string {
  const all = [...new Set(candidates)];
  const near = didYouMean(name, all);
  if (near !== '' || all.length === 0) return near;
  const sorted = [...all].sort((a, b) => a.localeCompare(b));
  const shown = sorted.slice(0, LISTED).map((n) => `'${n}'`);
  const rest = sorted.length - shown.length;
  const list = rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
  return ` (valid: ${list})`;
}
