import type { Diagnostic } from '../model/diagnostic.js';

/** Exit codes kefu promises. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, interrupted: 130 } as const;

/** A mistake in how kefu was called: exit 2. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;
}

/** Input files that are not valid: exit 1, with their diagnostics. */
export class InvalidInputError extends Error {
  readonly exitCode = EXIT.invalid;
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
  }
}

/** A failure kefu understands and explains in one message (exit 1 unless told otherwise). */
export class KefuError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.invalid,
  ) {
    super(message);
  }
}

/** The user pressed Ctrl-C: exit 130. */
export class Interrupted extends Error {
  readonly exitCode = EXIT.interrupted;
  constructor() {
    super('interrupted');
  }
}
