import { statSync } from 'node:fs';
import { PROBLEMS_LISTED } from '../store/doctor.js';
import { StoreError } from '../store/errors.js';
import { doctorMessages } from '../store/messages.js';
import { Store } from '../store/store.js';
import { colorFor } from '../ui/color.js';
import { jsonText } from '../ui/escape.js';
import { safeText } from '../ui/text.js';
import type { DoctorOptions } from './commands/doctor.js';
import type { CommandContext } from './context.js';
import { EXIT } from './errors.js';
import { println } from './io.js';
import { storeErrorMessage } from './report-error.js';
import { databaseFile } from './store.js';

/**
 * `kefu doctor`: opens the database as the commands that only read do (so it writes nothing),
 * then runs SQLite's full check of every page. Exit 0 when it is sound or there is none yet,
 * 1 when it is damaged or cannot be used, with what to do.
 */
export async function doctorCommand(ctx: CommandContext, _args: readonly string[], options: DoctorOptions): Promise<number> {
  const { io, lang } = ctx;
  const m = doctorMessages[lang];
  const c = colorFor(io.stdout, io.env);
  const file = databaseFile(ctx, options);
  const path = safeText(file);
  const full = options.quick !== true;
  const verdict = (json: Record<string, unknown>, text: string, code: number): number => {
    if (options.json) io.stdout.write(`${jsonText({ file, ...json })}\n`);
    else println(code === EXIT.ok ? io.stdout : io.stderr, text);
    return code;
  };
  let store: Store | undefined;
  try {
    store = await Store.open(file, { create: false });
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    return verdict({ sound: false, reason: e.reason, problems: [e.detail].filter((d) => d !== '') }, `${colorFor(io.stderr, io.env).red('✗')} ${storeErrorMessage(e, lang)}`, EXIT.invalid);
  }
  if (!store) {
    const exists = statSync(file, { throwIfNoEntry: false }) !== undefined;
    return verdict({ sound: true, exists }, exists ? m.empty({ path }) : m.none({ path }), EXIT.ok);
  }
  try {
    const found = store.checkup(full);
    const check = full ? m.integrity : m.quick;
    if (found.problems.length === 0) {
      const mib = (found.bytes / 1024 / 1024).toFixed(1);
      const text = m.sound({ path, check, sessions: found.sessions, turns: found.turns, answers: found.answers, mib, version: found.schemaVersion });
      return verdict({ sound: true, ...found }, `${c.green('✓')} ${text}`, EXIT.ok);
    }
    const e = colorFor(io.stderr, io.env);
    const lines = [
      `${e.red('✗')} ${m.damaged({ path, check, n: found.problems.length })}`,
      ...found.problems.map((p) => `  ${safeText(p)}`),
      ...(found.problems.length >= PROBLEMS_LISTED ? [`  ${m.more({ n: PROBLEMS_LISTED })}`] : []),
      m.advice,
    ];
    return verdict({ sound: false, reason: 'damaged', ...found }, lines.join('\n'), EXIT.invalid);
  } finally {
    store.close();
  }
}
