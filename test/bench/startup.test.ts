import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT, tempHome, testEnv } from '../helpers/cli.js';

const REGISTER = fileURLToPath(new URL('./trace-register.mjs', import.meta.url));
const HEAVY = /\/node_modules\/(yaml|zod|ora|@inquirer\/[^/]+|better-sqlite3|ts-fsrs)\//;
const DATABASE = /\/node_modules\/(better-sqlite3|ts-fsrs)\//;
const SCHEDULER = /\/node_modules\/ts-fsrs\//;

/** The module URLs a run of the built CLI resolves. Needs `npm run build`. */
function modulesLoaded(args: string[], trace: string, env: Record<string, string> = {}): string[] {
  const r = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...testEnv(env), KEFU_TRACE_FILE: trace, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(r.status).toBe(0);
  return readFileSync(trace, 'utf8').split('\n').filter(Boolean);
}

describe('start-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-trace-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('kefu --version loads no prompt, spinner, YAML, zod, database or scheduler module', () => {
    const loaded = modulesLoaded(['--version'], join(dir, 'version.txt'));
    expect(loaded.some((u) => u.endsWith('/cli/main.js'))).toBe(true);
    expect(loaded.filter((u) => HEAVY.test(u))).toEqual([]);
    // Nor what only an error or a command needs: colour, text width, the store's code.
    expect(loaded.filter((u) => /\/node_modules\/(chalk|string-width)\/|\/\.build\/store\//.test(u))).toEqual([]);
  });

  it('kefu validate loads neither the database nor the scheduler', () => {
    const loaded = modulesLoaded(['validate', 'test/fixtures/validate/clean.yaml'], join(dir, 'validate-db.txt'));
    expect(loaded.filter((u) => DATABASE.test(u))).toEqual([]);
  });

  it('play loads the database only when it records: not with --no-save', () => {
    const mini = fixture('engine/duck-blood-mini.yaml');
    const unsaved = modulesLoaded(['play', mini, '--answers', '2,1', '--no-save'], join(dir, 'play-no-save.txt'));
    expect(unsaved.filter((u) => DATABASE.test(u))).toEqual([]);
    const saved = modulesLoaded(['play', mini, '--answers', '2,1'], join(dir, 'play.txt'));
    expect(saved.some((u) => /\/node_modules\/better-sqlite3\//.test(u))).toBe(true);
  });

  it('only a quiz that records its answers loads the scheduler: not quiz --no-save, not progress', () => {
    const quiz = fixture('quiz/quizzes/mini.yaml');
    const answers = ['1', '1,3', 'true', '1,2,3', '1-1,2-2,3-3', '耐心', '5'].flatMap((a) => ['--answer', a]);
    const env = { KEFU_HOME: tempHome(), KEFU_TRAINEE: 'wang' };
    const unsaved = modulesLoaded(['quiz', quiz, ...answers, '--no-save'], join(dir, 'quiz-no-save.txt'), env);
    expect(unsaved.filter((u) => DATABASE.test(u))).toEqual([]);
    const saved = modulesLoaded(['quiz', quiz, ...answers], join(dir, 'quiz.txt'), env);
    expect(saved.some((u) => SCHEDULER.test(u))).toBe(true);
    // With cards in the store, as counting what is due needs only their due dates.
    const progress = modulesLoaded(['progress'], join(dir, 'progress.txt'), env);
    expect(progress.some((u) => /\/node_modules\/better-sqlite3\//.test(u))).toBe(true);
    expect(progress.filter((u) => SCHEDULER.test(u))).toEqual([]);
  });

  it('with the load cache warm, list and a scripted play load neither the YAML parser nor zod, nor string-width', () => {
    const env = { KEFU_CACHE: join(dir, 'cache') };
    const sheet = readFileSync(join(ROOT, 'test/fixtures/library/hotpot-duck-blood.yaml'), 'utf8');
    const answers = /^perfect:\s*\[([^\]]*)\]/m.exec(sheet)![1]!.replace(/\s+/g, '');
    const play = ['play', 'hotpot-duck-blood', '--answers', answers, '--no-save'];
    // The first runs check the library in full and fill the cache.
    expect(modulesLoaded(['list'], join(dir, 'list-cold.txt'), env).some((u) => /\/node_modules\/yaml\//.test(u))).toBe(true);
    modulesLoaded(play, join(dir, 'play-cold.txt'), env);
    const PARSING = /\/node_modules\/(yaml|zod|string-width)\//;
    expect(modulesLoaded(['list'], join(dir, 'list-warm.txt'), env).filter((u) => PARSING.test(u))).toEqual([]);
    expect(modulesLoaded(play, join(dir, 'play-warm.txt'), env).filter((u) => PARSING.test(u))).toEqual([]);
  });

  it('kefu --version loads neither commander nor the command table', () => {
    const loaded = modulesLoaded(['--version'], join(dir, 'version-light.txt'));
    expect(loaded.filter((u) => /\/node_modules\/commander\/|\/cli\/commands\//.test(u))).toEqual([]);
  });

  it('the trace does see heavy modules when a command needs them', () => {
    const loaded = modulesLoaded(['validate', 'test/fixtures/validate/clean.yaml'], join(dir, 'validate.txt'));
    expect(loaded.some((u) => /\/node_modules\/yaml\//.test(u))).toBe(true);
    expect(loaded.some((u) => /\/node_modules\/zod\//.test(u))).toBe(true);
  });
});
