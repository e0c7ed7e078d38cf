import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';
import type { StoreOptions } from './store-options.js';
import { withStoreOptions } from './store-options.js';

export interface ReviewOptions extends StoreOptions {
  json?: boolean;
}

export function defineReview(program: Command, run: Runner, h: HelpText): void {
  const command = program
    .command('review')
    .description(h.review)
    .argument('<session>', h.reviewSession)
    .option('--json', h.reviewJson);
  withStoreOptions(command, h, { save: false, trainee: h.reviewTrainee }).action(async (session: string, options: ReviewOptions) => {
    await run(async (ctx) => {
      const { reviewCommand } = await import('../review.js');
      return reviewCommand(ctx, [session], options);
    });
  });
}
