import type { PathFilter, PathsRefusal } from '../analysis/paths.js';
import { countPaths, keepsAll, listPaths } from '../analysis/paths.js';
import { pathsMessages } from '../i18n/paths.js';
import type { Outcome } from '../model/schema.js';
import { OUTCOMES } from '../model/schema.js';
import { nearest } from '../model/suggest.js';
import type { CompiledScenario } from '../scenario/compile.js';
import { colorFor } from '../ui/color.js';
import { jsonText, terminalLine } from '../ui/escape.js';
import { renderPathTable } from '../ui/paths.js';
import type { PathsOptions } from './commands/paths.js';
import type { CommandContext } from './context.js';
import { EXIT, KefuError, UsageError } from './errors.js';
import { displayPath } from './files.js';
import { playableScenario, scenarioPath } from './library.js';
import { println } from './io.js';

/** The filters, checked against the scenario: a usage error names what does not fit. */
function filterOf(ctx: CommandContext, scenario: CompiledScenario, options: PathsOptions): PathFilter {
  const m = pathsMessages[ctx.lang];
  if (options.passed && options.failed) throw new UsageError(m.passedAndFailed);
  let outcome: Outcome | undefined;
  if (options.outcome !== undefined) {
    outcome = OUTCOMES.find((o) => o === options.outcome);
    if (!outcome) throw new UsageError(m.badOutcome({ outcomes: OUTCOMES, given: terminalLine(options.outcome) }));
  }
  if (options.fault !== undefined && !scenario.faults.has(options.fault)) {
    throw new UsageError(m.unknownFault({ given: terminalLine(options.fault), near: nearest(options.fault, scenario.faults.keys()) }));
  }
  return {
    ...(outcome ? { outcome } : {}),
    ...(options.fault !== undefined ? { fault: options.fault } : {}),
    ...(options.passed ? { passed: true } : options.failed ? { passed: false } : {}),
  };
}

function refusal(ctx: CommandContext, file: string, r: PathsRefusal): KefuError {
  const m = pathsMessages[ctx.lang];
  const shown = terminalLine(file);
  if (r.reason === 'infinite') return new KefuError(m.infinite({ file: shown }));
  if (r.reason === 'too-large') return new KefuError(m.tooLarge({ file: shown, states: r.states }));
  return new KefuError(m.tooMany({ file: shown, paths: r.paths.toString(), max: r.max }));
}

/**
 * `kefu paths <scenario>`: every path from the start to an ending, graded as play grades it,
 * best first; the count is the analysis's, exact, and `--count` without filters needs nothing else.
 */
export async function pathsCommand(ctx: CommandContext, args: readonly string[], options: PathsOptions): Promise<number> {
  const { io, lang } = ctx;
  const m = pathsMessages[lang];
  const limitText = options.limit ?? '50';
  if (!/^\d{1,9}$/.test(limitText)) throw new UsageError(m.badLimit({ given: terminalLine(limitText) }));
  const limit = Number(limitText);
  const path = scenarioPath(io, args[0] ?? '');
  const loaded = await playableScenario(ctx, path);
  const scenario = loaded.compiled;
  const filter = filterOf(ctx, scenario, options);
  const file = displayPath(path, io.cwd);

  if (options.count && keepsAll(filter)) {
    const counted = countPaths(scenario);
    if (!counted.ok) throw refusal(ctx, file, counted);
    println(io.stdout, options.json ? `{"count":${counted.paths.toString()}}` : counted.paths.toString());
    return EXIT.ok;
  }
  const listing = listPaths(scenario, { filter, limit: options.count ? 1 : limit });
  if (!listing.ok) {
    if (listing.reason === 'too-many-to-list') throw new UsageError(m.tooManyToList({ max: listing.max }));
    throw refusal(ctx, file, listing);
  }
  if (options.count) {
    println(io.stdout, options.json ? `{"count":${listing.matching}}` : String(listing.matching));
    return EXIT.ok;
  }
  if (options.json) {
    for (const row of listing.rows) io.stdout.write(`${jsonText(row)}\n`);
    return EXIT.ok;
  }
  const c = colorFor(io.stdout, io.env);
  println(io.stdout, c.bold(m.title({ title: terminalLine(scenario.source.title), id: terminalLine(scenario.id), paths: listing.paths.toString() })));
  if (!keepsAll(filter)) println(io.stdout, m.matching({ matching: listing.matching }));
  if (listing.rows.length < listing.matching) println(io.stdout, c.dim(m.shown({ shown: listing.rows.length })));
  println(io.stdout);
  if (listing.rows.length === 0) println(io.stdout, m.noneMatch);
  else for (const line of renderPathTable(c, listing.rows, lang)) println(io.stdout, line);
  return EXIT.ok;
}
