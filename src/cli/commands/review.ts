import type { Command } from 'commander';
import type { Runner } from './runner.js';
import type { StoreOptions } from './store-options.js';
import { withStoreOptions } from './store-options.js';

export interface ReviewOptions extends StoreOptions {
  json?: boolean;
}

export function defineReview(program: Command, run: Runner): void {
  const command = program
    .command('review')
    .description("replay a session's transcript with the feedback on each reply / 回看一次练习")
    .argument('<session>', 'the session id, as kefu history shows it')
    .option('--json', 'print the session as recorded, as JSON');
  withStoreOptions(command, { save: false, trainee: "refuse a session that is not this trainee's (default: show any session)" }).action(async (session: string, options: ReviewOptions) => {
    await run(async (ctx) => {
      const { reviewCommand } = await import('../review.js');
      return reviewCommand(ctx, [session], options);
    });
  });
}
