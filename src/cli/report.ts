import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { progressMessages } from '../i18n/progress.js';
import { parseExport } from '../progress/export.js';
import type { Named } from '../progress/records.js';
import { teamReport } from '../progress/report.js';
import type { NameBook } from '../progress/session-csv.js';
import { summariesFromCsv } from '../progress/session-csv.js';
import type { SessionSummary } from '../progress/summary.js';
import { summarise } from '../progress/summary.js';
import { colorFor } from '../ui/color.js';
import { renderReport } from '../ui/report.js';
import { safeText } from '../ui/text.js';
import type { ReportOptions } from './commands/report.js';
import type { CommandContext } from './context.js';
import { EXIT, KefuError, UsageError } from './errors.js';
import { libraryOf } from './library.js';
import { println } from './io.js';

/** An export larger than this is not something kefu wrote for one trainee. */
const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/** The bundled catalogue's names, for CSV exports, which carry ids only. */
async function bundledNames(ctx: CommandContext): Promise<NameBook> {
  const reader = libraryOf(ctx.io);
  const { library } = await reader.catalogueFor(reader.bundledDir);
  const n = (x: Named): Named => ({ id: x.id, name: x.name, name_en: x.name_en });
  return {
    methods: new Map([...library.methods.values()].map((m) => [m.id, { ...n(m), steps: m.steps.map(n) }])),
    faults: new Map([...library.faults.values()].map((f) => [f.id, n(f)])),
    personalities: new Map([...library.personalities.values()].map((p) => [p.id, n(p)])),
  };
}

/** One export's sessions: JSON when it starts with `{`, CSV otherwise; a file that is neither is an error naming it. */
async function readExport(file: string, cwd: string, names: () => Promise<NameBook>, lang: Lang): Promise<SessionSummary[]> {
  const m = progressMessages[lang];
  const shown = safeText(file);
  const path = resolve(cwd, file);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(m.reportNoSuchFile({ file: shown }));
  if (!stat.isFile()) throw new UsageError(m.reportFolder({ file: shown }));
  if (stat.size > MAX_EXPORT_BYTES) throw new KefuError(m.reportTooLarge({ file: shown, mib: MAX_EXPORT_BYTES / 1024 / 1024 }));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new KefuError(m.reportUnreadable({ file: shown, detail: (e as Error).message }));
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trimStart().startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      throw new KefuError(m.reportNotJson({ file: shown, detail: (e as Error).message }));
    }
    const parsed = parseExport(value);
    if (!parsed.ok) throw new KefuError(m.reportNotExport({ file: shown, problem: safeText(parsed.problem) }));
    return parsed.document.sessions.map(summarise);
  }
  const parsed = summariesFromCsv(text, await names());
  if (!parsed.ok) throw new KefuError(m.reportNotExport({ file: shown, problem: safeText(parsed.problem) }));
  return parsed.sessions;
}

export async function reportCommand(ctx: CommandContext, files: readonly string[], options: ReportOptions): Promise<number> {
  const { io, lang } = ctx;
  let names: Promise<NameBook> | undefined;
  const lazyNames = (): Promise<NameBook> => (names ??= bundledNames(ctx));
  const sessions: SessionSummary[] = [];
  for (const f of files) sessions.push(...(await readExport(f, io.cwd, lazyNames, lang)));
  const report = teamReport(sessions);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(report)}\n`);
    return EXIT.ok;
  }
  println(io.stdout, renderReport(colorFor(io.stdout, io.env), report, lang));
  return EXIT.ok;
}
