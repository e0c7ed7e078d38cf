import type { Lang } from '../i18n/lang.js';
import type { UsageText } from '../i18n/usage.js';
import { usageMessages } from '../i18n/usage.js';
import type { Diagnostic } from '../model/diagnostic.js';

/** Exit codes kefu promises. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, interrupted: 130 } as const;

/**
 * What an error says: a message already in the interface language, or one picked from the
 * usage messages, said in whichever language the error is reported in.
 */
export type Words = string | ((m: UsageText) => string);

/** An error that can say itself in either language; `message` is its English. */
export abstract class SaidError extends Error {
  readonly #words: Words;
  constructor(words: Words) {
    super(typeof words === 'string' ? words : words(usageMessages.en));
    this.#words = words;
  }
  /** The message in `lang`. */
  say(lang: Lang): string {
    const words = this.#words;
    return typeof words === 'string' ? words : words(usageMessages[lang]);
  }
}

/** A mistake in how kefu was called: exit 2. */
export class UsageError extends SaidError {
  readonly exitCode = EXIT.usage;
}

/** Input files that are not valid: exit 1, with their diagnostics. */
export class InvalidInputError extends SaidError {
  readonly exitCode = EXIT.invalid;
  constructor(
    words: Words,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(words);
  }
}

/** A failure kefu understands and explains in one message (exit 1 unless told otherwise). */
export class KefuError extends SaidError {
  constructor(
    words: Words,
    readonly exitCode: number = EXIT.invalid,
  ) {
    super(words);
  }
}

/** The user pressed Ctrl-C: exit 130. */
export class Interrupted extends Error {
  readonly exitCode = EXIT.interrupted;
  constructor() {
    super('interrupted');
  }
}
