import { readFileSync } from 'node:fs';
import type { Lang } from '../i18n/lang.js';
import { langFromEnv } from '../i18n/lang.js';
import type { CommandContext } from './context.js';
import { didYouMean } from '../model/suggest.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { processIo } from './io.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Runs kefu with the given arguments (without `node` and the script) and returns the exit
 * code. Every error ends here: typed errors become their exit code and one clear message,
 * anything else a short internal-error line, never a stack trace.
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // `kefu --version` alone is answered before commander and the command table load: it is
  // what scripts call to see whether kefu is there at all.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const { Command, CommanderError, Option } = await import('commander');
  const { commands } = await import('./commands/index.js');
  const program = new Command('kefu');
  let exitCode: number = EXIT.ok;
  const ctx = (): CommandContext => {
    const lang = program.opts<{ lang?: Lang }>().lang ?? langFromEnv(io.env);
    return { io, lang };
  };
  program
    .description('Role-play and quiz trainer for customer-service staff.\n客服情景演练与测验：对着难缠的客户练习，按服务方法逐句打分。')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--lang <lang>', "the interface's language (default: from LANG)").choices(['zh', 'en']))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  for (const define of commands) {
    define(program, async (action) => {
      exitCode = await action(ctx());
    });
  }
  // `kefu` alone starts the picker, like `kefu play`.
  program.allowExcessArguments(true).action(async () => {
    const [word] = program.args;
    if (word !== undefined) {
      const names = program.commands.map((c) => c.name());
      throw new UsageError(`unknown command '${word}'${didYouMean(word, names)}; \`kefu --help\` lists them`);
    }
    const { playCommand } = await import('./play.js');
    exitCode = await playCommand(ctx(), [], {});
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit through here with code 0; every other commander error is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // Loaded only when something went wrong: it brings colour, diagnostics and the store's messages.
    const { reportError } = await import('./report-error.js');
    return reportError(e, io, ctx().lang);
  }
}
