import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../model/diagnostic.js';
import { safeText } from './text.js';

/** `file:line:column  severity  code  message`, the text format of a diagnostic. */
export function formatDiagnosticText(d: Diagnostic, c: ChalkInstance): string {
  const sev = d.severity === 'error' ? c.red('error') : c.yellow('warning');
  return `${c.bold(`${safeText(d.file)}:${d.line}:${d.column}`)}  ${sev}  ${c.dim(d.code)}  ${safeText(d.message)}`;
}
