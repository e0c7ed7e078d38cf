import type { Command } from 'commander';
import type { Runner } from './runner.js';
import type { StoreOptions } from './store-options.js';
import { withStoreOptions } from './store-options.js';

export interface PlayOptions extends StoreOptions {
  answers?: string;
  json?: boolean;
  exam?: boolean;
  seed?: string;
  fast?: boolean;
}

export function definePlay(program: Command, run: Runner): void {
  const command = program
    .command('play')
    .description('play a scenario (a picker when none is given) / 演练一个情景')
    .argument('[scenario]', 'a bundled scenario id or a path to a scenario file')
    .option('--answers <list>', 'scripted play: 1-based reply numbers as authored, e.g. 2,1,3 (no prompts)')
    .option('--json', 'with --answers: print the result as one JSON object')
    .option('--exam', 'exam mode: shuffle the replies and keep feedback for the end')
    .option('--seed <n>', 'with --exam: make the shuffled order repeatable')
    .option('--fast', 'no typing pauses');
  withStoreOptions(command, { save: true }).action(async (scenario: string | undefined, options: PlayOptions) => {
      await run(async (ctx) => {
        const { playCommand } = await import('../play.js');
        return playCommand(ctx, scenario ? [scenario] : [], options);
      });
    });
}
