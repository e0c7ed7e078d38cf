import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** Folders of the pure core: text in, values out; no I/O and no terminal. */
const CORE = ['model', 'scenario', 'engine', 'grading', 'checks', 'analysis', 'quiz', 'progress'];
const FORBIDDEN = /^(node:)?(fs|fs\/promises|child_process|process|readline|net|http|https|os|tty|worker_threads)$|^(chalk|ora|commander|@inquirer\/.*|better-sqlite3|env-paths|string-width)$|\/(cli|ui|store)\//;

function files(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the pure core', () => {
  const sources = CORE.flatMap((d) => files(join(ROOT, 'src', d)));

  it('has modules to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources.map((f) => [relative(ROOT, f), f]))('%s imports no I/O, terminal or shell module', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
    expect(imports.filter((i) => FORBIDDEN.test(i))).toEqual([]);
    expect(text).not.toMatch(/\bprocess\.|\bconsole\./);
  });
});

describe('the store', () => {
  it('is used by the commands only: rendering never reads or writes the history itself', () => {
    const ui = files(join(ROOT, 'src', 'ui'));
    expect(ui.length).toBeGreaterThan(5);
    const offenders = ui.filter((f) => /from\s*['"][^'"]*\/store\/[^'"]*['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
