import type { Lang } from '../i18n/lang.js';
import { CommanderError } from 'commander';
import { commanderWords, usageMessages } from '../i18n/usage.js';
import { storeMessages } from '../store/messages.js';
import { StoreError } from '../store/errors.js';
import { SCHEMA_VERSION } from '../store/migrations.js';
import { BUSY_TIMEOUT_MS } from '../store/open.js';
import { colorFor } from '../ui/color.js';
import { formatDiagnosticText } from '../ui/diagnostics.js';
import { safeText } from '../ui/text.js';
import { EXIT, Interrupted, InvalidInputError, KefuError, UsageError } from './errors.js';
import type { Io } from './io.js';

function isPromptExit(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}

/** One line naming the file or folder, what is wrong with it and what to do, in `lang`; `hint` is added after. */
export function storeErrorMessage(e: StoreError, lang: Lang, hint?: string): string {
  const text = storeMessages[lang][e.reason]({
    path: e.path,
    code: e.code || '?',
    detail: e.detail,
    version: e.detail,
    known: SCHEMA_VERSION,
    seconds: BUSY_TIMEOUT_MS / 1000,
  });
  // Chinese sentences follow one another without a space.
  return hint ? usageMessages[lang].then(text, hint) : text;
}

/** Prints an error the way the user should see it and returns the exit code. */
export function reportError(e: unknown, io: Io, lang: Lang): number {
  const c = colorFor(io.stderr, io.env);
  const m = usageMessages[lang];
  const prefix = c.red(m.error);
  if (e instanceof Interrupted || isPromptExit(e)) {
    io.stderr.write('\n');
    return EXIT.interrupted;
  }
  if (e instanceof CommanderError) {
    const words = commanderWords(e.code, e.message);
    io.stderr.write(`${prefix}${safeText(words(m))}\n`);
    return EXIT.usage;
  }
  if (e instanceof InvalidInputError) {
    for (const d of e.diagnostics) io.stderr.write(`${formatDiagnosticText(d, c)}\n`);
    io.stderr.write(`${prefix}${safeText(e.say(lang))}\n`);
    return e.exitCode;
  }
  if (e instanceof UsageError) {
    io.stderr.write(`${prefix}${safeText(e.say(lang))}\n`);
    return e.exitCode;
  }
  if (e instanceof StoreError) {
    io.stderr.write(`${prefix}${safeText(storeErrorMessage(e, lang))}\n`);
    return EXIT.invalid;
  }
  if (e instanceof KefuError) {
    io.stderr.write(`${prefix}${safeText(e.say(lang))}\n`);
    return e.exitCode;
  }
  const msg = safeText(e instanceof Error ? e.message : String(e));
  io.stderr.write(`${c.red(m.internalError)}${msg}\n`);
  return EXIT.invalid;
}
