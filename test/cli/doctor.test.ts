import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { QUICK_CHECK_MAX_BYTES } from '../../src/store/open.js';
import { Store } from '../../src/store/store.js';
import { kefu, tempHome } from '../helpers/cli.js';
import { ending, sessionStart, turnRecord } from '../store/records.js';

/** A kefu database in a fresh data folder with `sessions` sessions of two turns; its file. */
async function history(sessions: number, pad = ''): Promise<string> {
  const file = join(tempHome(), 'kefu.db');
  const store = (await Store.open(file, { create: true }))!;
  for (let i = 0; i < sessions; i++) {
    const id = store.startSession(sessionStart({ title: `${pad}${i}` }));
    store.addTurn(id, turnRecord(0));
    store.addTurn(id, turnRecord(1));
    store.completeSession(id, ending, '2025-03-01T09:05:00.000Z');
  }
  store.close();
  return file;
}

/** The folder's files and each one's bytes. */
const snapshot = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

/**
 * Makes the indexes on sessions disagree with the table, leaving every page's structure sound,
 * so that only the full check finds it: the trainee's name is changed in the index pages only.
 */
function breakIndexes(file: string): void {
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  for (let page = 1; page * pageSize < bytes.length; page++) {
    const start = page * pageSize;
    // 0x0a and 0x02: index b-tree pages, leaf and interior.
    if (bytes[start] !== 0x0a && bytes[start] !== 0x02) continue;
    for (let i = bytes.indexOf('wang', start); i !== -1 && i < start + pageSize; i = bytes.indexOf('wang', i + 4)) bytes.write('wanh', i);
  }
  writeFileSync(file, bytes);
}

describe('kefu doctor', () => {
  it('a sound database: exit 0, what it holds, and nothing written or created', async () => {
    const file = await history(3);
    const home = join(file, '..');
    const before = snapshot(home);
    const r = await kefu(['doctor'], { env: { KEFU_HOME: home } });
    expect(r).toEqual({
      code: 0,
      stdout: `✓ ${file} is sound: SQLite's integrity check read every page and found no problem. 3 sessions, 6 turns, 0 quiz answers, 0.0 MiB, schema version ${SCHEMA_VERSION}.\n`,
      stderr: '',
    });
    expect(snapshot(home)).toEqual(before);
    const zh = await kefu(['--lang', 'zh', 'doctor', '--quick'], { env: { KEFU_HOME: home } });
    expect(zh.stdout).toBe(`✓ ${file} 完好：SQLite 的快速检查检查了每一页，没有发现问题。3 次练习、6 轮对话、0 道答题，0.0 MiB，数据结构版本 ${SCHEMA_VERSION}。\n`);
  });

  it('no database yet: nothing to check, exit 0, nothing created', async () => {
    const home = join(tempHome(), 'none');
    const r = await kefu(['doctor', '--json'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: join(home, 'kefu.db'), sound: true, exists: false });
    expect(readdirSync(join(home, '..'))).not.toContain('none');
  });

  it('a damaged page in a small database: exit 1 with what to do, the file unchanged', async () => {
    const file = await history(3);
    const home = join(file, '..');
    const db = new Database(file, { readonly: true });
    const root = (db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'turns'").get() as { rootpage: number }).rootpage;
    db.close();
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    const bytes = readFileSync(file);
    bytes.fill(0xee, (root - 1) * 4096, root * 4096);
    writeFileSync(file, bytes);
    const before = snapshot(home);
    const r = await kefu(['doctor'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^✗ ${file} is damaged: SQLite found broken pages in it\\.`));
    expect(snapshot(home)).toEqual(before);
  });

  it('a large database whose indexes disagree with their table: it opens, and only the full check finds it', async () => {
    // Large enough that opening it skips the quick check.
    const file = await history(1200, 'x'.repeat(2000));
    expect(readFileSync(file).length).toBeGreaterThan(QUICK_CHECK_MAX_BYTES);
    breakIndexes(file);
    const home = join(file, '..');
    const before = snapshot(home);
    expect(await kefu(['doctor', '--quick'], { env: { KEFU_HOME: home } })).toMatchObject({ code: 0 });
    const r = await kefu(['doctor'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^✗ ${file} is damaged: SQLite's integrity check found \\d+ problems:$`));
    expect(lines.slice(1, -1).every((l) => /^ {2}\S/.test(l) && /sessions_by_(trainee|scenario)|\(only the first 20/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe(
      'kefu has left it as it is. Save what can still be read with kefu export --all --out backup.json, then move it aside (rename it to kefu.db.bad, say) and kefu will start a new one; a backup of it, if you have one, can take its place.',
    );
    expect(snapshot(home)).toEqual(before);
  });

  it('a file that is not a database: exit 1, the store’s own reason', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'kefu.db'), 'my notes\n');
    const r = await kefu(['doctor', '--json'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ sound: false, reason: 'not-sqlite' });
  });
});
