import type { FileResult } from '../../src/checks/validate.js';
import { validateFiles } from '../../src/checks/validate.js';
import type { FileKind } from '../../src/scenario/library.js';
import { parseText } from '../../src/scenario/source.js';

/** Validates in-memory files: `[path, kind, text]`, each in the folder before its file name. */
export function validateTexts(files: readonly [string, FileKind, string][]): FileResult[] {
  return validateFiles(
    files.map(([file, kind, text]) => {
      const folder = file.replace(/\/(methods\/)?[^/]+$/, '');
      return { file, folder, kind, parsed: parseText(text, file) };
    }),
  );
}

export function codesAt(results: readonly FileResult[], code: string): [string, number, number][] {
  return results.flatMap((r) => r.diagnostics.filter((d) => d.code === code).map((d): [string, number, number] => [r.file, d.line, d.column]));
}

export const method = (id: string): string =>
  `id: ${id}\nname: m\nname_en: M\ndescription: d\nsteps:\n  - { id: s, name: s, name_en: S, description: d, cues: [] }\n`;
export const scenario = (id: string): string =>
  `id: ${id}\ntitle: t\nsummary: s\nlocale: en\ndifficulty: 1\ncustomer: { name: c, personality: p, mood: 50 }\nmethods: [m]\nstart: a\nnodes:\n  a: { customer: hi, ending: satisfied }\n`;
