import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseExport } from '../progress/export.js';
import type { Named } from '../progress/records.js';
import { teamReport } from '../progress/report.js';
import type { NameBook } from '../progress/session-csv.js';
import { summariesFromCsv } from '../progress/session-csv.js';
import type { SessionSummary } from '../progress/summary.js';
import { summarise } from '../progress/summary.js';
import { colorFor } from '../ui/color.js';
import { renderReport } from '../ui/report.js';
import type { ReportOptions } from './commands/report.js';
import type { CommandContext } from './context.js';
import { EXIT, KefuError, UsageError } from './errors.js';
import { bundledDir, catalogueLibrary, readCatalogue } from './files.js';
import { println } from './io.js';

/** An export larger than this is not something kefu wrote for one trainee. */
const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/** The bundled catalogue's names, for CSV exports, which carry ids only. */
function bundledNames(cwd: string): NameBook {
  const { library } = catalogueLibrary(readCatalogue(bundledDir(), cwd));
  const n = (x: Named): Named => ({ id: x.id, name: x.name, name_en: x.name_en });
  return {
    methods: new Map([...library.methods.values()].map((m) => [m.id, { ...n(m), steps: m.steps.map(n) }])),
    faults: new Map([...library.faults.values()].map((f) => [f.id, n(f)])),
    personalities: new Map([...library.personalities.values()].map((p) => [p.id, n(p)])),
  };
}

/** One export's sessions: JSON when it starts with `{`, CSV otherwise; a file that is neither is an error naming it. */
function readExport(file: string, cwd: string, names: () => NameBook): SessionSummary[] {
  const path = resolve(cwd, file);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`no such file: ${file}`);
  if (!stat.isFile()) throw new UsageError(`${file} is a folder: give the export files themselves`);
  if (stat.size > MAX_EXPORT_BYTES) throw new KefuError(`${file}: larger than ${MAX_EXPORT_BYTES / 1024 / 1024} MiB, not a kefu export`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new KefuError(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (text.replace(/^\uFEFF/, '').trimStart().startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new KefuError(`${file}: not valid JSON (${(e as Error).message}); give the file kefu export wrote`);
    }
    const parsed = parseExport(value);
    if (!parsed.ok) throw new KefuError(`${file}: ${parsed.problem}; give the file kefu export wrote`);
    return parsed.document.sessions.map(summarise);
  }
  const parsed = summariesFromCsv(text, names());
  if (!parsed.ok) throw new KefuError(`${file}: ${parsed.problem}; give the file kefu export wrote`);
  return parsed.sessions;
}

export async function reportCommand(ctx: CommandContext, files: readonly string[], options: ReportOptions): Promise<number> {
  const { io, lang } = ctx;
  let names: NameBook | undefined;
  const lazyNames = (): NameBook => (names ??= bundledNames(io.cwd));
  const sessions = files.flatMap((f) => readExport(f, io.cwd, lazyNames));
  const report = teamReport(sessions);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(report)}\n`);
    return EXIT.ok;
  }
  println(io.stdout, renderReport(colorFor(io.stdout, io.env), report, lang));
  return EXIT.ok;
}
