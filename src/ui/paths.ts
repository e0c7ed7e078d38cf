import type { ChalkInstance } from 'chalk';
import type { PathRow } from '../analysis/paths.js';
import type { Lang } from '../i18n/lang.js';
import { pathsMessages } from '../i18n/paths.js';
import { terminalLine } from './escape.js';
import { outcomeName } from './render.js';
import { table } from './table.js';

/** Fault ids in turn order, a repeated one once with its count: `argue×2, cold`. */
function faultCell(faults: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const f of faults) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].map(([id, n]) => (n > 1 ? `${id}×${n}` : id)).join(', ');
}

/** Missing step ids; prefixed by their method when the scenario grades more than one. */
function missingCell(missing: PathRow['missing']): string {
  const methods = Object.entries(missing);
  const own = methods.filter(([, steps]) => steps.length > 0);
  if (methods.length <= 1) return own.flatMap(([, steps]) => steps).join(', ');
  return own.map(([method, steps]) => `${method}: ${steps.join(', ')}`).join('; ');
}

/**
 * Paths as a table, one row each in the order given: answers as authored, ending, outcome,
 * score, grade, faults and missing steps. Ids come from files, so every cell is escaped.
 */
export function renderPathTable(c: ChalkInstance, rows: readonly PathRow[], lang: Lang): string[] {
  const m = pathsMessages[lang];
  const head = [m.answers, m.ending, m.outcome, m.score, m.grade, m.faults, m.missing];
  const body = rows.map((r) => [
    r.answers.join(','),
    terminalLine(r.ending),
    outcomeName(r.outcome, lang),
    String(r.score),
    r.grade,
    terminalLine(faultCell(r.faults)),
    terminalLine(missingCell(r.missing)),
  ]);
  const lines = table([head, ...body], { right: [3] });
  return lines.map((line, i) => {
    if (i === 0) return c.bold(line);
    return rows[i - 1]!.passed ? line : c.red(line);
  });
}
