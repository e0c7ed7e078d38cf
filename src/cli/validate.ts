import stringWidth from 'string-width';
import { safeText } from '../ui/text.js';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FileResult, ValidateInput, ValidateOptions } from '../checks/validate.js';
import { validateFiles } from '../checks/validate.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkQuizSource, questionIdsOf } from '../quiz/check-source.js';
import type { FileKind } from '../scenario/library.js';
import { kindOf } from '../scenario/library.js';
import { validateMessages } from '../i18n/validate.js';
import { colorFor } from '../ui/color.js';
import { countDiagnostics, formatDiagnosticText, formatGithub, formatGithubStats, formatJson, formatStats, formatSummary } from '../ui/diagnostics.js';
import type { ValidateCommandOptions } from './commands/validate.js';
import type { CommandContext } from './context.js';
import { EXIT, UsageError } from './errors.js';
import { bundledDir, displayPath, listYamlFiles, parseFile } from './files.js';
import { println } from './io.js';

/** More files than this on a terminal, and a spinner shows progress. */
const SPINNER_THRESHOLD = 5;

/** The folder whose catalogue a file uses: its own, or the parent of `methods/` and `quizzes/`. */
function folderOf(path: string, kind: FileKind): string {
  const dir = dirname(path);
  return kind === 'method' || kind === 'quiz' ? dirname(dir) : dir;
}

/** The catalogue files of a folder that exist: methods/*.yaml, faults and personalities. */
function catalogueFiles(folder: string): string[] {
  const methods = join(folder, 'methods');
  const files = existsSync(methods) && statSync(methods).isDirectory() ? listYamlFiles(methods) : [];
  for (const name of ['faults', 'personalities']) {
    const found = [join(folder, `${name}.yaml`), join(folder, `${name}.yml`)].filter((p) => existsSync(p));
    files.push(...found);
  }
  return files;
}

/** The files the arguments name: files as given, folders searched; a missing path is a usage error. */
export function collectFiles(paths: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError((m) => m.noSuchPath({ path: safeText(p) }));
    const files = statSync(abs).isDirectory() ? listYamlFiles(abs) : [abs];
    for (const f of files) {
      if (seen.has(f)) continue;
      seen.add(f);
      out.push(f);
    }
  }
  return out;
}

/**
 * The quiz checker, with question ids shared across the quiz files of one run: a question id
 * that an earlier quiz file already uses is reported where it is reused.
 */
function quizChecker(): NonNullable<ValidateOptions['checkQuiz']> {
  const known = new Map<string, string>();
  return (parsed) => {
    const findings = checkQuizSource(parsed, { knownQuestionIds: new Map(known) });
    for (const id of questionIdsOf(parsed.source.value)) if (!known.has(id)) known.set(id, parsed.source.file);
    return findings;
  };
}

function strictly(results: readonly FileResult[]): FileResult[] {
  return results.map((r) => ({ ...r, diagnostics: r.diagnostics.map((d): Diagnostic => (d.severity === 'warning' ? { ...d, severity: 'error' } : d)) }));
}

/**
 * `kefu validate`: reads the files (and the catalogues they refer to), hands them to the pure
 * validator and prints its diagnostics in the chosen format. Exit 1 when any error remains.
 */
export async function validateCommand(ctx: CommandContext, paths: readonly string[], options: ValidateCommandOptions): Promise<number> {
  const { io } = ctx;
  const files = collectFiles(paths.length > 0 ? paths : ['scenarios/'], io.cwd);
  const base = resolve(bundledDir());

  const spinner =
    io.stderr.isTTY && files.length > SPINNER_THRESHOLD
      ? (await import('ora')).default({ text: validateMessages[ctx.lang].checking(files.length), stream: io.stderr, isEnabled: true, discardStdin: false }).start()
      : undefined;

  const inputs: ValidateInput[] = [];
  const taken = new Set<string>();
  const add = async (path: string, implicit: boolean): Promise<void> => {
    if (taken.has(path)) return;
    taken.add(path);
    const kind = kindOf(path);
    inputs.push({ file: displayPath(path, io.cwd), folder: folderOf(path, kind), kind, parsed: parseFile(path, displayPath(path, io.cwd)), ...(implicit ? { implicit } : {}) });
    // Let the spinner draw between files.
    if (spinner && inputs.length % 25 === 0) {
      spinner.text = validateMessages[ctx.lang].progress(inputs.length, files.length);
      await new Promise((r) => setImmediate(r));
    }
  };
  try {
    for (const f of files) await add(f, false);
    const folders = new Set(inputs.filter((i) => i.kind === 'scenario').map((i) => i.folder));
    folders.add(base);
    for (const folder of folders) for (const f of catalogueFiles(folder)) await add(f, true);
    let results = validateFiles(inputs, { baseFolder: base, checkQuiz: quizChecker(), countPaths: options.stats === true, width: stringWidth });
    if (options.strict) results = strictly(results);
    spinner?.stop();
    print(ctx, results, options);
    return countDiagnostics(results).errors > 0 ? EXIT.invalid : EXIT.ok;
  } finally {
    spinner?.stop();
  }
}

function print(ctx: CommandContext, results: readonly FileResult[], options: ValidateCommandOptions): void {
  const { io } = ctx;
  if (options.format === 'json') {
    println(io.stdout, formatJson(results, options.stats === true));
    return;
  }
  if (options.format === 'github') {
    for (const r of results) {
      for (const d of r.diagnostics) println(io.stdout, formatGithub(d));
      if (options.stats && r.stats) println(io.stdout, formatGithubStats(r.file, r.stats));
    }
    return;
  }
  const c = colorFor(io.stdout, io.env);
  const m = validateMessages[ctx.lang];
  for (const r of results) for (const d of r.diagnostics) println(io.stdout, formatDiagnosticText(d, c));
  if (options.stats) for (const r of results) if (r.stats) println(io.stdout, formatStats(r.file, r.stats, c, m));
  println(io.stdout, formatSummary(countDiagnostics(results), c, m));
}
