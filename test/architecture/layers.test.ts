import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/**
 * The layering ESLint holds (test/eslint.config.js): each case puts one import or use into an
 * existing source file's text and asks whether ESLint's layering rules object. The lint of the
 * real sources runs in `npm test` itself.
 */
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: 'test/eslint.config.js' });
const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-globals', 'no-console']);

async function objections(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const probe = 1;\n`, { filePath: `${ROOT}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId)).map((m) => m.ruleId!);
}

describe('the layers', () => {
  it.each([
    ['src/engine/engine.ts', "import { grade } from '../grading/grade.js';", 'engine does not import grading'],
    ['src/grading/rules/fault/authored.ts', "import type { Store } from '../../../store/store.js';", 'the core does not reach the store'],
    ['src/model/schema.ts', "import { scenarioSchema } from '../scenario/compile.js';", 'model imports no other folder'],
    ['src/quiz/due.ts', "import type { Progress } from '../progress/progress.js';", 'quiz does not depend on progress'],
    ['src/i18n/lang.ts', "import type { StoreReason } from '../store/errors.js';", 'i18n imports only model'],
    ['src/ui/prompter.ts', "import type { Io } from '../cli/io.js';", 'ui does not import cli'],
    ['src/ui/render.ts', "import { Store } from '../store/store.js';", 'rendering never reads the history itself'],
    ['src/analysis/analyse.ts', "import { readFileSync } from 'node:fs';", 'the core does no I/O'],
    ['src/checks/run.ts', "import chalk from 'chalk';", 'the core does not colour'],
    ['src/progress/summary.ts', 'export const home = process.env.HOME;', 'the core does not read the process'],
    ['src/scenario/source.ts', "console.log('x');", 'the core does not print'],
  ])('%s: %s is refused (%s)', async (file, line) => {
    expect(await objections(file, line)).not.toEqual([]);
  });

  it.each([
    ['src/grading/grade.ts', "import type { Turn } from '../engine/engine.js';"],
    ['src/progress/progress.ts', "import { dueCards } from '../quiz/due.js';"],
    ['src/cli/play.ts', "import { Store } from '../store/store.js';"],
    ['src/store/store.ts', "import { readFileSync } from 'node:fs';"],
    ['src/ui/render.ts', "import chalk from 'chalk';"],
  ])('%s: %s is allowed', async (file, line) => {
    expect(await objections(file, line)).toEqual([]);
  });
});

describe('the layer map', () => {
  it('has no cycle between folders: every folder can be placed above all it may import', async () => {
    const { LAYERS } = await import('../eslint.config.js');
    const placed: string[] = [];
    const left = new Map(Object.entries(LAYERS));
    while (left.size > 0) {
      const ready = [...left].filter(([, below]) => below.every((b) => placed.includes(b)));
      expect(ready, `a cycle among ${[...left.keys()].join(', ')}`).not.toEqual([]);
      for (const [folder] of ready) {
        placed.push(folder);
        left.delete(folder);
      }
    }
    expect(placed.at(-1)).toBe('cli');
  });
});
