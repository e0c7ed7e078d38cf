import { expect, it } from 'vitest';
import { checks } from '../../src/checks/index.js';
import { checkScenario } from '../../src/checks/run.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { Library } from '../../src/scenario/library.js';
import { loadScenario } from '../../src/scenario/library.js';
import { parseText, toDiagnostic } from '../../src/scenario/source.js';
import { testLibrary } from '../helpers/library.js';

export interface Header {
  methods?: string;
  start?: string;
  personality?: string;
  mood?: number;
}

/** Nine header lines, so the `nodes` text given starts on line 10. */
export function scenarioText(nodes: string, h: Header = {}): string {
  return [
    'id: t',
    'title: t',
    'summary: s',
    'locale: en',
    'difficulty: 1',
    `customer: { name: c, personality: ${h.personality ?? 'plain'}, mood: ${h.mood ?? 50} }`,
    `methods: ${h.methods ?? '[emotional]'}`,
    `start: ${h.start ?? 'a'}`,
    'nodes:',
    nodes.replace(/^\n/, '').replace(/\s+$/, ''),
    '',
  ].join('\n');
}

/** The diagnostics of one code a scenario gets from the checks (shape must be valid). */
export function diagnose(code: string, text: string, library: Library = testLibrary): Diagnostic[] {
  const parsed = parseText(text, 't.yaml');
  const loaded = loadScenario(parsed);
  if (!loaded.value) throw new Error(`fixture does not have a valid shape: ${JSON.stringify(loaded.findings)}`);
  return checkScenario(loaded.value, library, 't').findings.filter((f) => f.code === code).map((f) => toDiagnostic(parsed.source, f));
}

export interface Case {
  readonly name: string;
  readonly nodes: string;
  readonly header?: Header;
}
export interface InvalidCase extends Case {
  /** Expected [line, column] of each diagnostic, in order. */
  readonly at: [number, number][];
  /** A word the message must contain (a suggestion, a node id). */
  readonly mentions?: string;
}

/** The typescript-eslint shape: valid cases report nothing, invalid ones report exactly `at`. */
export function table(code: string, valid: readonly Case[], invalid: readonly InvalidCase[], library: Library = testLibrary): void {
  const check = checks.find((c) => c.code === code);
  it('is registered', () => expect(check).toBeDefined());
  it.each(valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
    expect(diagnose(code, scenarioText(c.nodes, c.header), library)).toEqual([]);
  });
  it.each(invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
    const found = diagnose(code, scenarioText(c.nodes, c.header), library);
    expect(found.map((d) => [d.line, d.column])).toEqual(c.at);
    expect(found.every((d) => d.severity === check?.severity)).toBe(true);
    if (c.mentions) expect(found.map((d) => d.message).join('\n')).toContain(c.mentions);
  });
}

/** Two endings most cases share. */
export const END_OK = '  ok:\n    customer: bye\n    ending: satisfied';
export const END_LOST = '  lost:\n    customer: bye\n    ending: lost';
