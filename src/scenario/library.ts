import type { Finding } from '../model/diagnostic.js';
import { error } from '../model/diagnostic.js';
import type { Fault, Method, Personality, Scenario } from '../model/schema.js';
import { faultCatalogueSchema, methodSchema, personalityCatalogueSchema, scenarioSchema } from '../model/schema.js';
import { checkShape } from './shape.js';
import type { ParsedSource } from './source.js';

/** The methods, faults and personalities scenarios refer to, by id. */
export interface Library {
  readonly methods: ReadonlyMap<string, Method>;
  readonly faults: ReadonlyMap<string, Fault>;
  readonly personalities: ReadonlyMap<string, Personality>;
}

export const emptyLibrary: Library = { methods: new Map(), faults: new Map(), personalities: new Map() };

/** `over` laid on `base`: an entry with the same id replaces the base one. */
export function layerLibrary(base: Library, over: Partial<Library>): Library {
  return {
    methods: new Map([...base.methods, ...(over.methods ?? [])]),
    faults: new Map([...base.faults, ...(over.faults ?? [])]),
    personalities: new Map([...base.personalities, ...(over.personalities ?? [])]),
  };
}

export type FileKind = 'scenario' | 'method' | 'faults' | 'personalities' | 'quiz';

/**
 * What a file is, from where it sits: `methods/*.yaml`, `quizzes/*.yaml`, `faults.yaml`,
 * `personalities.yaml`; anything else is a scenario.
 */
export function kindOf(path: string): FileKind {
  const parts = path.split(/[\\/]/);
  const base = (parts[parts.length - 1] ?? '').replace(/\.ya?ml$/i, '');
  const dir = parts[parts.length - 2] ?? '';
  if (dir === 'methods') return 'method';
  if (dir === 'quizzes') return 'quiz';
  if (base === 'faults') return 'faults';
  if (base === 'personalities') return 'personalities';
  return 'scenario';
}

/** The file name without folder and extension: what a file's `id` must equal. */
export function stemOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return (parts[parts.length - 1] ?? '').replace(/\.ya?ml$/i, '');
}

export interface Loaded<T> {
  readonly value?: T;
  readonly findings: Finding[];
}

function shaped<T>(parsed: ParsedSource, check: (v: unknown) => { value?: T; findings: Finding[] }): Loaded<T> {
  if (parsed.findings.some((f) => f.severity === 'error') && parsed.source.value === undefined) {
    return { findings: parsed.findings };
  }
  const v = parsed.source.value;
  if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) {
    return { findings: [...parsed.findings, error('invalid-value', 'the file must be a YAML mapping (key: value lines)', [])] };
  }
  const r = check(v);
  const findings = [...parsed.findings, ...r.findings];
  // A file whose YAML had errors is not trusted for use, even if its shape happens to fit.
  return findings.some((f) => f.severity === 'error') ? { findings } : { value: r.value, findings };
}

export function loadScenario(parsed: ParsedSource): Loaded<Scenario> {
  return shaped(parsed, (v) => checkShape(scenarioSchema, v));
}

export function loadMethod(parsed: ParsedSource): Loaded<Method> {
  return shaped(parsed, (v) => checkShape(methodSchema, v));
}

export function loadFaults(parsed: ParsedSource): Loaded<Fault[]> {
  const r = shaped(parsed, (v) => checkShape(faultCatalogueSchema, v));
  return r.value ? { value: r.value.faults, findings: r.findings } : { findings: r.findings };
}

export function loadPersonalities(parsed: ParsedSource): Loaded<Personality[]> {
  const r = shaped(parsed, (v) => checkShape(personalityCatalogueSchema, v));
  return r.value ? { value: r.value.personalities, findings: r.findings } : { findings: r.findings };
}

/** Builds a library from loaded catalogue values; later entries with an id replace earlier ones. */
export function buildLibrary(parts: { methods?: Method[]; faults?: Fault[]; personalities?: Personality[] }): Library {
  return {
    methods: new Map((parts.methods ?? []).map((m) => [m.id, m])),
    faults: new Map((parts.faults ?? []).map((f) => [f.id, f])),
    personalities: new Map((parts.personalities ?? []).map((p) => [p.id, p])),
  };
}
