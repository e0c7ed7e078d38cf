import type { Fault, Method, Personality } from '../model/schema.js';

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

/** Builds a library from loaded catalogue values; later entries with an id replace earlier ones. */
export function buildLibrary(parts: { methods?: readonly Method[]; faults?: readonly Fault[]; personalities?: readonly Personality[] }): Library {
  return {
    methods: new Map((parts.methods ?? []).map((m) => [m.id, m])),
    faults: new Map((parts.faults ?? []).map((f) => [f.id, f])),
    personalities: new Map((parts.personalities ?? []).map((p) => [p.id, p])),
  };
}

export type FileKind = 'scenario' | 'method' | 'faults' | 'personalities' | 'quiz';

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * What a file is. Where it sits decides first: `methods/*.yaml`, `quizzes/*.yaml`,
 * `faults.yaml`, `personalities.yaml`. Elsewhere its content does: a mapping without the
 * `nodes` and `start` of a scenario but with `questions` is a quiz, with `steps` a method, with
 * a `faults` or `personalities` list a catalogue of those. Anything else is a scenario.
 */
export function kindOf(path: string, value?: unknown): FileKind {
  const parts = path.split(/[\\/]/);
  const base = (parts[parts.length - 1] ?? '').replace(/\.ya?ml$/i, '');
  const dir = parts[parts.length - 2] ?? '';
  if (dir === 'methods') return 'method';
  if (dir === 'quizzes') return 'quiz';
  if (base === 'faults') return 'faults';
  if (base === 'personalities') return 'personalities';
  if (!isMapping(value) || 'nodes' in value || 'start' in value) return 'scenario';
  if (Array.isArray(value.questions)) return 'quiz';
  if (Array.isArray(value.steps)) return 'method';
  if (Array.isArray(value.faults)) return 'faults';
  if (Array.isArray(value.personalities)) return 'personalities';
  return 'scenario';
}

/** The file name without folder and extension: what a file's `id` must equal. */
export function stemOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return (parts[parts.length - 1] ?? '').replace(/\.ya?ml$/i, '');
}

const PLAIN_ID = /^[a-z0-9-]*$/;

/**
 * Orders ids as `localeCompare` does. Kebab-case ids (every id kefu accepts) compare by code
 * unit, which for them is the same order, without waking the collator: its first use costs a
 * listing more than everything else it does.
 */
export function compareIds(a: string, b: string): number {
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
