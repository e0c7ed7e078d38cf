import type { Diagnostic } from '../model/diagnostic.js';
import type { Personality, Scenario } from '../model/schema.js';
import { loadScenario } from '../scenario/library.js';
import { bundledDir, bundledScenarios, catalogueLibrary, diagnosticsOf, displayPath, parseFile, readCatalogue } from './files.js';

export interface CatalogEntry {
  readonly id: string;
  readonly path: string;
  readonly scenario?: Scenario;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The scenarios of a folder (shape-checked only) and the folder's personalities, in catalogue
 * order: by default the bundled ones, else those of the folder an Io's `scenariosDir` names.
 */
export function bundledCatalog(cwd: string, dir = bundledDir()): { entries: CatalogEntry[]; personalities: Personality[] } {
  const { library } = catalogueLibrary(readCatalogue(dir, cwd));
  const entries = bundledScenarios(dir).map(({ id, path }): CatalogEntry => {
    const parsed = parseFile(path, displayPath(path, cwd));
    const loaded = loadScenario(parsed);
    return { id, path, ...(loaded.value ? { scenario: loaded.value } : {}), diagnostics: diagnosticsOf(parsed.source, loaded.findings) };
  });
  return { entries, personalities: [...library.personalities.values()] };
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
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([personality, list]) => ({
      personality,
      entries: list.sort((x, y) => x.scenario!.difficulty - y.scenario!.difficulty || x.id.localeCompare(y.id)),
    }));
}
