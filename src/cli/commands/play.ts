import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
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

export function definePlay(program: Command, run: Runner, h: HelpText): void {
  const command = program
    .command('play')
    .description(h.play)
    .argument('[scenario]', h.playScenario)
    .option('--answers <list>', h.playAnswers)
    .option('--json', h.playJson)
    .option('--exam', h.playExam)
    .option('--seed <n>', h.playSeed)
    .option('--fast', h.playFast);
  withStoreOptions(command, h, { save: true }).action(async (scenario: string | undefined, options: PlayOptions) => {
      await run(async (ctx) => {
        const { playCommand } = await import('../play.js');
        return playCommand(ctx, scenario ? [scenario] : [], options);
      });
    });
}
