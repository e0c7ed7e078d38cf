import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { progressMessages } from '../i18n/progress.js';
import { exportDocument } from '../progress/export.js';
import type { SessionRecord } from '../progress/records.js';
import type { AnswerRecord } from '../quiz/records.js';
import { summariesCsv } from '../progress/session-csv.js';
import { summaryOf } from '../progress/summary.js';
import { safeText } from '../ui/text.js';
import type { ExportOptions } from './commands/export.js';
import type { CommandContext } from './context.js';
import { EXIT, KefuError, UsageError } from './errors.js';
import { nowOf, println } from './io.js';
import { databaseFile, readStore, traineeName } from './store.js';

/** What a trainee's spreadsheet needs to read Chinese as UTF-8. */
const BOM = '\uFEFF';

/**
 * The database and its side files, by device and inode: a path to any of them, however it is
 * spelt (a symbolic link, a hard link), is the database.
 */
function databaseInodes(db: string): { dev: number; ino: number }[] {
  return ['', '-wal', '-shm', '-journal'].flatMap((side) => {
    const stat = statSync(`${db}${side}`, { throwIfNoEntry: false });
    return stat ? [{ dev: stat.dev, ino: stat.ino }] : [];
  });
}

/**
 * Writes `text` to `out` through a new file beside it, renamed over `out` once complete: an
 * export cut short leaves no half file, and a link at `out` is replaced, never written through.
 */
function writeThroughRename(out: string, text: string): void {
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', 0o644);
    writeSync(fd, text);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, out);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw e;
  }
}

export async function exportCommand(ctx: CommandContext, _args: readonly string[], options: ExportOptions): Promise<number> {
  const { io, lang } = ctx;
  const m = progressMessages[lang];
  const out = options.out !== undefined ? resolve(io.cwd, options.out) : undefined;
  const shown = safeText(options.out ?? '');
  if (out !== undefined) {
    const db = databaseFile(ctx, options);
    const target = statSync(out, { throwIfNoEntry: false });
    if (out === db || (target && databaseInodes(db).some((d) => d.dev === target.dev && d.ino === target.ino))) {
      throw new UsageError(m.exportIsDatabase({ file: shown }));
    }
    if (target?.isDirectory()) throw new KefuError(m.exportUnwritable({ file: shown, detail: lang === 'zh' ? '这是一个文件夹' : 'it is a folder' }));
    if (target && !options.force) throw new UsageError(m.exportExists({ file: shown }));
  }
  const trainees = options.all ? undefined : [traineeName(ctx, options)];
  const csv = options.format === 'csv';
  let count: number;
  let answerCount = 0;
  let text: string;
  if (csv) {
    // A row per session needs no turn: what it counts of them, SQLite reads.
    const rows = await readStore(
      ctx,
      options,
      (store) => (trainees ?? store.trainees()).flatMap((t) => store.sessionFaults(t)).map((s) => ({ heading: s.heading, summary: summaryOf(s.heading, s.faults) })),
      [],
    );
    count = rows.length;
    text = (options.bom ?? out !== undefined ? BOM : '') + summariesCsv(rows);
  } else {
    const { sessions, answers } = await readStore(
      ctx,
      options,
      (store) => {
        const who = trainees ?? store.trainees();
        return { sessions: who.flatMap((t) => store.sessions(t)), answers: who.flatMap((t) => store.answers(t)) };
      },
      { sessions: [] as SessionRecord[], answers: [] as AnswerRecord[] },
    );
    count = sessions.length;
    answerCount = answers.length;
    text = `${JSON.stringify(exportDocument(sessions, answers, nowOf(io).toISOString()))}\n`;
  }
  if (count === 0) println(io.stderr, trainees ? m.exportNoSessions({ trainee: safeText(trainees[0]!) }) : m.exportNoSessionsAll);
  if (out === undefined) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    writeThroughRename(out, text);
  } catch (e) {
    throw new KefuError(m.exportUnwritable({ file: shown, detail: (e as Error).message }));
  }
  println(io.stderr, csv ? m.exportedCsv({ sessions: count, file: shown }) : m.exported({ sessions: count, answers: answerCount, file: shown }));
  return EXIT.ok;
}
