import type { Finding } from '../model/diagnostic.js';
import { error } from '../model/diagnostic.js';
import type { Fault, Method, Personality, Scenario } from '../model/schema.js';
import { faultCatalogueSchema, methodSchema, personalityCatalogueSchema, scenarioSchema } from '../model/schema.js';
import { checkShape } from './shape.js';
import type { ParsedSource } from './source.js';

// The catalogue's types and helpers live apart from the loaders, so that a command that has
// its values already (from the load cache) does not load the schemas.
export type { FileKind, Library } from './catalogue.js';
export { buildLibrary, emptyLibrary, kindOf, layerLibrary, stemOf } from './catalogue.js';

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
