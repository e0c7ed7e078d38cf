import { playMessages } from '../i18n/play.js';
import { colorFor } from '../ui/color.js';
import { displayWidth, padToWidth, safeName } from '../ui/text.js';
import { groupByPersonality, offeredCatalog } from './catalog.js';
import type { CommandContext } from './context.js';
import { EXIT } from './errors.js';
import { println } from './io.js';
import { jsonText, terminalLine } from '../ui/escape.js';

export async function listCommand(ctx: CommandContext, _args: readonly string[], options: { json?: boolean }): Promise<number> {
  const { io, lang } = ctx;
  const { entries, personalities } = await offeredCatalog(ctx);
  const groups = groupByPersonality(entries, personalities);
  if (options.json) {
    const rows = groups.flatMap((g) =>
      g.entries.map((e) => ({
        id: e.id,
        title: e.scenario!.title,
        personality: e.scenario!.customer.personality,
        difficulty: e.scenario!.difficulty,
        methods: e.scenario!.methods,
        tags: e.scenario!.tags ?? [],
      })),
    );
    io.stdout.write(`${jsonText(rows)}\n`);
    return EXIT.ok;
  }
  const c = colorFor(io.stdout, io.env);
  const m = playMessages[lang];
  if (groups.length === 0) println(io.stderr, m.listEmpty);
  const idWidth = Math.max(0, ...entries.map((e) => displayWidth(terminalLine(e.id))));
  const titleWidth = Math.max(0, ...entries.map((e) => (e.scenario ? displayWidth(terminalLine(e.scenario.title)) : 0)));
  for (const g of groups) {
    const p = personalities.find((x) => x.id === g.personality);
    println(io.stdout, c.bold(terminalLine(p ? `${safeName(p, lang)} (${p.id})` : g.personality)));
    for (const e of g.entries) {
      const s = e.scenario!;
      println(io.stdout, `  ${padToWidth(terminalLine(e.id), idWidth)}  ${padToWidth(terminalLine(s.title), titleWidth)}  ${c.yellow(padToWidth('★'.repeat(s.difficulty), 5))}  ${c.dim(terminalLine(s.methods.join(', ')))}`);
    }
  }
  const broken = entries.filter((e) => !e.scenario);
  for (const e of broken) println(io.stderr, c.yellow(terminalLine(`${e.id}: not a valid scenario (kefu validate ${e.id}.yaml)`)));
  return EXIT.ok;
}
