import type { Command } from 'commander';
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

export function definePaths(program: Command, run: Runner): void {
  program
    .command('paths')
    .description('every path through a scenario with its score, best first, to review how the grading lands / 列出情景的每条路径及其得分')
    .argument('<scenario>', 'a bundled scenario id or a path to a scenario file')
    .option('--limit <n>', 'at most n paths (0: all, up to 100,000)', '50')
    .option('--json', 'one JSON object per path, one per line')
    .option('--count', 'print only the exact number of paths (that match the filters)')
    .option('--outcome <outcome>', 'only paths that end this way: satisfied, neutral, lost or escalated')
    .option('--fault <id>', 'only paths that commit this fault')
    .option('--failed', 'only paths that fail')
    .option('--passed', 'only paths that pass')
    .action(async (scenario: string, options: PathsOptions) => {
      await run(async (ctx) => {
        const { pathsCommand } = await import('../paths.js');
        return pathsCommand(ctx, [scenario], options);
      });
    });
}
