import { resolve } from 'node:path';
import { displayWidth } from '../ui/text.js';
import type { FileResult, ValidateInput, ValidateOptions } from '../checks/validate.js';
import { validateFiles } from '../checks/validate.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkQuizSource, questionIdsOf } from '../quiz/check-source.js';
import { catalogueFileList } from '../library/catalogue-files.js';
import { parseRead } from '../library/load.js';
import { displayPath, packFolder } from '../library/reading.js';
import type { AccessProblem } from '../library/source.js';
import type { LibrarySource, Listed } from '../library/source.js';
import { isProblem, isYamlName } from '../library/source.js';
import { kindOf } from '../scenario/catalogue.js';
import { validateMessages } from '../i18n/validate.js';
import { safeText } from '../ui/text.js';
import { colorFor } from '../ui/color.js';
import { countDiagnostics, formatDiagnosticText, formatGithub, formatGithubStats, formatJson, formatStats, formatSummary } from '../ui/diagnostics.js';
import type { ValidateCommandOptions } from './commands/validate.js';
import type { CommandContext } from './context.js';
import { EXIT, UsageError } from './errors.js';
import { libraryOf } from './library.js';
import { println } from './io.js';

/** More files than this on a terminal, and a spinner shows progress. */
const SPINNER_THRESHOLD = 5;

/**
 * The files the arguments name: files as given, folders searched. A missing path is a usage
 * error; anything else that cannot be read (a FIFO, a link leading outside the folder, an
 * unreadable subfolder, a folder named like a YAML file) comes with its problem, to be
 * reported on it.
 */
export function collectFiles(source: LibrarySource, paths: readonly string[], cwd: string): Listed[] {
  const out: Listed[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const there = source.entry(abs);
    if (isProblem(there) && there.reason === 'missing') throw new UsageError((m) => m.noSuchPath({ path: safeText(p) }));
    const files: Listed[] = there === 'folder' && !isYamlName(abs) ? source.yamlFiles(abs, { recursive: true }) : [{ path: abs }];
    for (const f of files) {
      if (seen.has(f.path)) continue;
      seen.add(f.path);
      out.push(f);
    }
  }
  return out;
}

/** A file that could not be listed, as a file with one finding that says why. */
function problemFile(path: string, shown: string, problem: AccessProblem): { read: { shown: string }; parsed: ReturnType<typeof parseRead> } {
  return { read: { shown }, parsed: parseRead({ path, shown, problem }) };
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
  const loader = await libraryOf(io).loader();
  const files = collectFiles(loader.source, paths.length > 0 ? paths : ['scenarios/'], io.cwd);
  const base = resolve(loader.source.bundledDir);

  const spinner =
    io.stderr.isTTY && files.length > SPINNER_THRESHOLD
      ? (await import('ora')).default({ text: validateMessages[ctx.lang].checking(files.length), stream: io.stderr, isEnabled: true, discardStdin: false }).start()
      : undefined;

  const inputs: ValidateInput[] = [];
  const taken = new Set<string>();
  const add = async ({ path, problem }: Listed, implicit: boolean): Promise<void> => {
    if (taken.has(path)) return;
    taken.add(path);
    // Where a file sits says what it is first; the folder a link may not leave is its pack's.
    const folder = packFolder(path, kindOf(path));
    const { read, parsed } = problem ? problemFile(path, displayPath(path, io.cwd), problem) : loader.parse(path, folder);
    const kind = kindOf(path, parsed.source.value);
    inputs.push({ file: read.shown, folder: packFolder(path, kind), kind, parsed, ...(implicit ? { implicit } : {}) });
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
    for (const folder of folders) {
      const list = catalogueFileList(loader.source, folder);
      for (const f of [...list.methods, ...(list.faults ? [list.faults] : []), ...(list.personalities ? [list.personalities] : [])]) await add({ path: f }, true);
    }
    let results = validateFiles(inputs, { baseFolder: base, checkQuiz: quizChecker(), countPaths: options.stats === true, width: displayWidth });
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
