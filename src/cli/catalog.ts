import type { Personality } from '../model/schema.js';
import type { CatalogEntry } from '../library/types.js';
import { compareIds } from '../scenario/catalogue.js';
import type { CommandContext } from './context.js';
import { libraryOf } from './library.js';

export type { CatalogEntry } from '../library/types.js';

/**
 * The scenarios offered to the trainee (shape-checked only) and their folder's personalities, in
 * catalogue order: those of the Io's `scenariosDir` when it names one, else the bundled ones.
 */
export async function offeredCatalog(ctx: CommandContext): Promise<{ entries: CatalogEntry[]; personalities: Personality[] }> {
  const reader = libraryOf(ctx.io);
  return reader.catalog(ctx.io.scenariosDir ?? reader.bundledDir);
}

/** Entries grouped by their customer's personality, groups in catalogue order, then by difficulty. */
export function groupByPersonality(entries: readonly CatalogEntry[], personalities: readonly Personality[]): { personality: string; entries: CatalogEntry[] }[] {
  const order = personalities.map((p) => p.id);
  const groups = new Map<string, CatalogEntry[]>();
  for (const e of entries) {
    if (!e.scenario) continue;
    const key = e.scenario.customer.personality;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const rank = (k: string): number => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || compareIds(a, b))
    .map(([personality, list]) => ({
      personality,
      entries: list.sort((x, y) => x.scenario!.difficulty - y.scenario!.difficulty || compareIds(x.id, y.id)),
    }));
}
