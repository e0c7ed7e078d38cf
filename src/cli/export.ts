import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { progressMessages } from '../i18n/progress.js';
import { exportDocument } from '../progress/export.js';
import type { SessionRecord } from '../progress/records.js';
import type { AnswerRecord } from '../quiz/records.js';
import { sessionsCsv } from '../progress/session-csv.js';
import { safeText } from '../ui/text.js';
import type { ExportOptions } from './commands/export.js';
import type { CommandContext } from './context.js';
import { EXIT, KefuError, UsageError } from './errors.js';
import { nowOf, println } from './io.js';
import { databaseFile, readStore, traineeName } from './store.js';

export async function exportCommand(ctx: CommandContext, _args: readonly string[], options: ExportOptions): Promise<number> {
  const { io, lang } = ctx;
  const m = progressMessages[lang];
  const out = options.out !== undefined ? resolve(io.cwd, options.out) : undefined;
  if (out !== undefined && out === databaseFile(ctx, options)) throw new UsageError(m.exportIsDatabase({ file: safeText(options.out!) }));
  const trainees = options.all ? undefined : [traineeName(ctx, options)];
  const { sessions, answers } = await readStore(
    ctx,
    options,
    (store) => {
      const who = trainees ?? store.trainees();
      return { sessions: who.flatMap((t) => store.sessions(t)), answers: who.flatMap((t) => store.answers(t)) };
    },
    { sessions: [] as SessionRecord[], answers: [] as AnswerRecord[] },
  );
  const text = options.format === 'csv' ? sessionsCsv(sessions) : `${JSON.stringify(exportDocument(sessions, answers, nowOf(io).toISOString()))}\n`;
  if (out === undefined) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    writeFileSync(out, text);
  } catch (e) {
    throw new KefuError(m.exportUnwritable({ file: safeText(options.out!), detail: (e as Error).message }));
  }
  const file = safeText(options.out!);
  println(io.stderr, options.format === 'csv' ? m.exportedCsv({ sessions: sessions.length, file }) : m.exported({ sessions: sessions.length, answers: answers.length, file }));
  return EXIT.ok;
}
