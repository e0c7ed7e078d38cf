import type { Command } from 'commander';
import type { HelpText } from '../../i18n/help.js';
import type { Runner } from './runner.js';

export interface PathsOptions {
  limit?: string;
  json?: boolean;
  count?: boolean;
  outcome?: string;
  fault?: string;
  failed?: boolean;
  passed?: boolean;
}

export function definePaths(program: Command, run: Runner, h: HelpText): void {
  program
    .command('paths')
    .description(h.paths)
    .argument('<scenario>', h.pathsScenario)
    .option('--limit <n>', h.pathsLimit, '50')
    .option('--json', h.pathsJson)
    .option('--count', h.pathsCount)
    .option('--outcome <outcome>', h.pathsOutcome)
    .option('--fault <id>', h.pathsFault)
    .option('--failed', h.pathsFailed)
    .option('--passed', h.pathsPassed)
    .action(async (scenario: string, options: PathsOptions) => {
      await run(async (ctx) => {
        const { pathsCommand } = await import('../paths.js');
        return pathsCommand(ctx, [scenario], options);
      });
    });
}
