import { readFileSync } from 'node:fs';
import type { Help } from 'commander';
import type { HelpText } from '../i18n/help.js';
import type { Lang } from '../i18n/lang.js';
import { langFromEnv } from '../i18n/lang.js';
import type { CommandContext } from './context.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io.js';
import { processIo } from './io.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * The language asked for on the command line (`--lang zh`, `--lang=zh`), which commander has
 * not parsed yet when the help is written, else the environment's.
 */
function langOf(argv: readonly string[], env: Io['env']): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === 'zh' || value === 'en') return value;
  }
  return langFromEnv(env);
}

/** Commander's help, with its headings and its "(default: …)" and "(choices: …)" in the interface language. */
function helpIn(h: HelpText, Help: typeof import('commander').Help): Partial<Help> {
  const titles: Readonly<Record<string, string>> = { 'Usage:': h.usage, 'Arguments:': h.arguments, 'Options:': h.options, 'Commands:': h.commands };
  const words = (text: string): string => text.replace(/\(default: /g, `(${h.defaultIs}: `).replace(/\(choices: /g, `(${h.choicesAre}: `).replace(/, default: /g, `, ${h.defaultIs}: `);
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    optionDescription: (option) => words(Help.prototype.optionDescription.call(new Help(), option)),
    argumentDescription: (argument) => words(Help.prototype.argumentDescription.call(new Help(), argument)),
  };
}

/**
 * Runs kefu with the given arguments (without `node` and the script) and returns the exit
 * code. Every error ends here: typed errors become their exit code and one clear message,
 * anything else a short internal-error line, never a stack trace.
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // `kefu --version` alone is answered before commander, the help texts and the command table
  // load: it is what scripts call to see whether kefu is there at all.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const { Command, CommanderError, Help, Option } = await import('commander');
  const { helpMessages } = await import('../i18n/help.js');
  const { commands } = await import('./commands/index.js');
  const program = new Command('kefu');
  let exitCode: number = EXIT.ok;
  const asked = langOf(argv, io.env);
  const h = helpMessages[asked];
  const ctx = (): CommandContext => {
    const lang = program.opts<{ lang?: Lang }>().lang ?? asked;
    return { io, lang };
  };
  program
    .description(h.program)
    .version(version(), '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand('help [command]', h.helpCommand)
    .addOption(new Option('--lang <lang>', h.lang).choices(['zh', 'en']))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureHelp(helpIn(h, Help))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's own errors are said in the interface language, escaped, by the error reporter.
      outputError: () => undefined,
    });
  for (const define of commands) {
    define(
      program,
      async (action) => {
        exitCode = await action(ctx());
      },
      h,
    );
  }
  for (const command of program.commands) command.configureHelp(helpIn(h, Help)).helpOption('-h, --help', h.help);
  // `kefu` alone starts the picker, like `kefu play`.
  program.allowExcessArguments(true).action(async () => {
    const [word] = program.args;
    if (word !== undefined) {
      const names = program.commands.map((c) => c.name());
      throw new UsageError((m) => m.unknownCommand({ word, known: names }));
    }
    const { playCommand } = await import('./play.js');
    exitCode = await playCommand(ctx(), [], {});
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    // Help and version exit through here with code 0.
    if (e instanceof CommanderError && e.exitCode === 0) return EXIT.ok;
    // Loaded only when something went wrong: it brings colour, diagnostics and the store's messages.
    const { reportError } = await import('./report-error.js');
    return reportError(e, io, ctx().lang);
  }
}
