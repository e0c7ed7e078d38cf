import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../model/diagnostic.js';
import type { FileResult, ScenarioStats } from '../checks/validate.js';
import type { ValidateMessages } from '../i18n/validate.js';
import { validateMessages } from '../i18n/validate.js';
import type { Outcome } from '../model/schema.js';
import { safeText } from './text.js';

/**
 * A field of validate's text output: {@link safeText}, and a line feed made visible too, so a
 * key, a value or a file name can never start a line of its own (a forged diagnostic, a
 * forged summary, a CI workflow command).
 */
export function textField(s: string): string {
  return safeText(s).replace(/\n/g, '\\n');
}

/** `file:line:column  severity  code  message`, the text format of a diagnostic: always one line. */
export function formatDiagnosticText(d: Diagnostic, c: ChalkInstance): string {
  const sev = d.severity === 'error' ? c.red('error') : c.yellow('warning');
  return `${c.bold(`${textField(d.file)}:${d.line}:${d.column}`)}  ${sev}  ${c.dim(textField(d.code))}  ${textField(d.message)}`;
}

export interface Counts {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

export function countDiagnostics(results: readonly FileResult[]): Counts {
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { files: results.length, errors, warnings };
}

/** The one-line summary after the text format's diagnostics. */
export function formatSummary(counts: Counts, c: ChalkInstance, m: ValidateMessages = validateMessages.en): string {
  const files = m.checked(counts.files);
  if (counts.errors === 0 && counts.warnings === 0) return `${c.green('✓')} ${m.summary(files, m.noProblems)}`;
  const text = m.counts(counts.errors, counts.warnings);
  const coloured = counts.errors > 0 ? c.red(text) : c.yellow(text);
  return `${counts.errors > 0 ? c.red('✗') : c.yellow('!')} ${m.summary(files, coloured)}`;
}

/** A scenario's `--stats` figures in words. */
export function statsText(s: ScenarioStats, m: ValidateMessages = validateMessages.en): string {
  const endings = (Object.entries(s.endings) as [Outcome, number][])
    .filter(([, n]) => n > 0)
    .map(([o, n]) => m.outcome(n, o))
    .join(m.listSeparator);
  const parts = [m.nodes(s.nodes), m.decisions(s.decisions), m.endings(endings || m.noEndings)];
  if (s.paths !== undefined) parts.push(m.paths(s.paths));
  if (s.best !== undefined && s.worst !== undefined) parts.push(m.score(s.worst, s.best));
  return parts.join(' · ');
}

/** `--stats` in the text format: one line per scenario. */
export function formatStats(file: string, s: ScenarioStats, c: ChalkInstance, m: ValidateMessages = validateMessages.en): string {
  return `${c.bold(textField(file))}  ${c.dim(statsText(s, m))}`;
}

// Bidirectional and C1 characters are valid in JSON strings but act on a terminal.
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The `--format json` document: the same data, escaped so it is safe to print. */
export function formatJson(results: readonly FileResult[], withStats: boolean): string {
  const counts = countDiagnostics(results);
  const doc = {
    files: results.map((r) => ({ file: r.file, diagnostics: r.diagnostics, ...(withStats && r.stats ? { stats: r.stats } : {}) })),
    errors: counts.errors,
    warnings: counts.warnings,
  };
  return JSON.stringify(doc).replace(JSON_UNSAFE, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

// GitHub's workflow-command escaping: data escapes %, CR and LF; properties also : and ,.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A GitHub Actions annotation: `::error file=…,line=…,col=…,title=code::message`. */
export function formatGithub(d: Diagnostic): string {
  const props = `file=${escapeProperty(safeText(d.file))},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}`;
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(safeText(d.message))}`;
}

/** `--stats` as a GitHub notice on the scenario's file. */
export function formatGithubStats(file: string, s: ScenarioStats): string {
  return `::notice file=${escapeProperty(safeText(file))},title=stats::${escapeData(statsText(s))}`;
}
