import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { progressMessages } from '../i18n/progress.js';
import { parseExport } from '../progress/export.js';
import type { Named } from '../progress/records.js';
import { teamReport } from '../progress/report.js';
import type { NameBook } from '../progress/session-csv.js';
import { CsvSummaries } from '../progress/session-csv.js';
import { CsvDecoder } from '../progress/csv.js';
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
import { jsonText } from '../ui/escape.js';

/** An export larger than this is not something kefu wrote for one trainee. */
const MAX_EXPORT_BYTES = 256 * 1024 * 1024;
/** JSON is parsed whole, and its objects take several times its size: a tighter bound, to keep memory within a few hundred MiB. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** CSV is read a piece at a time. */
const PIECE_BYTES = 1024 * 1024;

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

/** Reads up to `length` bytes of `fd` from `position`. */
function readPiece(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const n = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, n);
}

/**
 * One export's sessions: JSON when it starts with `{`, CSV otherwise; a file that is neither is
 * an error naming it. CSV is read a piece at a time, so memory and time stay bounded whatever
 * the file holds (a quote left open is refused once its field outgrows the limit).
 */
async function readExport(path: string, shown: string, size: number, names: () => Promise<NameBook>, lang: Lang): Promise<SessionSummary[]> {
  const m = progressMessages[lang];
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new KefuError(m.reportUnreadable({ file: shown, detail: (e as Error).message }));
  }
  try {
    const head = readPiece(fd, 0, Math.min(PIECE_BYTES, size)).toString('utf8').replace(/^\uFEFF/, '');
    if (head.trimStart().startsWith('{')) {
      if (size > MAX_JSON_BYTES) throw new KefuError(m.reportTooLarge({ file: shown, mib: MAX_JSON_BYTES / 1024 / 1024 }));
      let value: unknown;
      try {
        value = JSON.parse(readPiece(fd, 0, size).toString('utf8').replace(/^\uFEFF/, ''));
      } catch (e) {
        throw new KefuError(m.reportNotJson({ file: shown, detail: (e as Error).message }));
      }
      const parsed = parseExport(value);
      if (!parsed.ok) throw new KefuError(m.reportNotExport({ file: shown, problem: safeText(parsed.problem) }));
      return parsed.document.sessions.map(summarise);
    }
    const decoder = new StringDecoder('utf8');
    const csv = new CsvDecoder();
    const summaries = new CsvSummaries(await names());
    const refuse = (problem: string): never => {
      throw new KefuError(m.reportNotExport({ file: shown, problem: safeText(problem) }));
    };
    for (let position = 0; ; ) {
      const piece = readPiece(fd, position, PIECE_BYTES);
      position += piece.length;
      const rows = piece.length > 0 ? csv.push(decoder.write(piece)) : csv.push(decoder.end());
      if (!rows.ok) refuse(rows.problem);
      else if (summaries.take(rows.rows)) break;
      if (piece.length === 0) break;
    }
    const last = csv.end();
    if (!last.ok) refuse(last.problem);
    else summaries.take(last.rows);
    const result = summaries.result();
    return result.ok ? result.sessions : refuse(result.problem);
  } catch (e) {
    if (e instanceof KefuError) throw e;
    throw new KefuError(m.reportUnreadable({ file: shown, detail: (e as Error).message }));
  } finally {
    closeSync(fd);
  }
}

export async function reportCommand(ctx: CommandContext, files: readonly string[], options: ReportOptions): Promise<number> {
  const { io, lang } = ctx;
  let names: Promise<NameBook> | undefined;
  const lazyNames = (): Promise<NameBook> => (names ??= bundledNames(ctx));
  const m = progressMessages[lang];
  const seen: { dev: number; ino: number }[] = [];
  const sessions: SessionSummary[] = [];
  for (const file of files) {
    const shown = safeText(file);
    const path = resolve(io.cwd, file);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(m.reportNoSuchFile({ file: shown }));
    if (!stat.isFile()) throw new UsageError(m.reportFolder({ file: shown }));
    if (stat.size > MAX_EXPORT_BYTES) throw new KefuError(m.reportTooLarge({ file: shown, mib: MAX_EXPORT_BYTES / 1024 / 1024 }));
    if (seen.some((s) => s.dev === stat.dev && s.ino === stat.ino)) {
      println(io.stderr, m.reportSkippedTwice({ file: shown }));
      continue;
    }
    seen.push({ dev: stat.dev, ino: stat.ino });
    const read = await readExport(path, shown, stat.size, lazyNames, lang);
    if (read.length === 0) println(io.stderr, m.reportSkippedEmpty({ file: shown }));
    sessions.push(...read);
  }
  const report = teamReport(sessions);
  if (options.json) {
    io.stdout.write(`${jsonText(report)}\n`);
    return EXIT.ok;
  }
  println(io.stdout, renderReport(colorFor(io.stdout, io.env), report, lang));
  return EXIT.ok;
}
