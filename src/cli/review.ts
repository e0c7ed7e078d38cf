import { statSync } from 'node:fs';
import { progressMessages } from '../i18n/progress.js';
import { colorFor } from '../ui/color.js';
import { renderReview } from '../ui/review.js';
import { safeText } from '../ui/text.js';
import type { ReviewOptions } from './commands/review.js';
import type { CommandContext } from './context.js';
import { EXIT, UsageError } from './errors.js';
import { fileHash } from './files.js';
import { println } from './io.js';
import { readStore, traineeName } from './store.js';

export async function reviewCommand(ctx: CommandContext, args: readonly string[], options: ReviewOptions): Promise<number> {
  const { io, lang } = ctx;
  const m = progressMessages[lang];
  const given = (args[0] ?? '').replace(/^#/, '');
  if (!/^\d{1,12}$/.test(given)) throw new UsageError(m.reviewBadId({ given: safeText(args[0] ?? '') }));
  // Only a --trainee given says whose session this must be: by default any session is shown.
  const trainee = options.trainee !== undefined ? traineeName(ctx, options) : undefined;
  const session = await readStore(ctx, options, (store) => store.session(Number(given)), undefined);
  if (!session) throw new UsageError(m.noSuchSession({ id: given }));
  if (trainee !== undefined && session.trainee !== trainee) {
    throw new UsageError(m.reviewOtherTrainee({ id: session.id, owner: safeText(session.trainee), trainee: safeText(trainee) }));
  }
  // The transcript is the record's; the file only tells whether it still reads the same.
  if (!statSync(session.file, { throwIfNoEntry: false })?.isFile()) println(io.stderr, m.reviewMissing({ file: safeText(session.file) }));
  else if (fileHash(session.file) !== session.fileHash) println(io.stderr, m.reviewChanged({ file: safeText(session.file) }));
  if (options.json) {
    io.stdout.write(`${JSON.stringify(session)}\n`);
    return EXIT.ok;
  }
  println(io.stdout, renderReview(colorFor(io.stdout, io.env), session, lang));
  return EXIT.ok;
}
