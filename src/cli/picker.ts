import { playMessages } from '../i18n/play.js';
import { terminalLine } from '../ui/escape.js';
import { displayWidth, padToWidth, safeName, safeText } from '../ui/text.js';
import type { Prompter, PromptChoice, PromptSeparator } from '../ui/prompter.js';
import { groupByPersonality, offeredCatalog } from './catalog.js';
import type { CommandContext } from './context.js';
import { KefuError } from './errors.js';

/** Asks which bundled scenario to play, grouped by personality type; returns its path. */
export async function pickScenario(ctx: CommandContext, prompter: Prompter): Promise<string> {
  const { entries, personalities } = await offeredCatalog(ctx);
  const groups = groupByPersonality(entries, personalities);
  if (groups.length === 0) throw new KefuError(playMessages[ctx.lang].listEmpty);
  const items: (PromptChoice<string> | PromptSeparator)[] = [];
  const titleWidth = Math.max(...groups.flatMap((g) => g.entries.map((e) => displayWidth(terminalLine(e.scenario!.title)))));
  for (const g of groups) {
    const p = personalities.find((x) => x.id === g.personality);
    items.push({ separator: `── ${p ? safeName(p, ctx.lang) : terminalLine(g.personality)} ──` });
    for (const e of g.entries) {
      items.push({
        name: `${padToWidth(terminalLine(e.scenario!.title), titleWidth)}  ${'★'.repeat(e.scenario!.difficulty)}`,
        value: e.path,
        description: safeText(e.scenario!.summary),
      });
    }
  }
  return prompter.select(playMessages[ctx.lang].pickScenario, items);
}

