import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, linkSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { fixture, kefu, ROOT, tempHome } from '../helpers/cli.js';
import { ending, sessionStart, turnRecord } from '../store/records.js';

const mini = fixture('engine/duck-blood-mini.yaml');
const day = (d: number): Date => new Date(Date.UTC(2025, 2, d, 9));

/** A data folder with one of wang's games. */
async function seeded(): Promise<string> {
  const home = tempHome();
  await kefu(['play', mini, '--answers', '2,1'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' }, now: day(1) });
  return home;
}

describe('kefu export --out', () => {
  it.each([
    ['a symbolic link to the database', (db: string, out: string) => symlinkSync(db, out)],
    ['a hard link to the database', (db: string, out: string) => linkSync(db, out)],
    ['a symbolic link to a symbolic link to it', (db: string, out: string) => (symlinkSync(db, `${out}.first`), symlinkSync(`${out}.first`, out))],
  ])('refuses %s, even with --force, and the database stays as it was', async (_name, link) => {
    const home = await seeded();
    const db = join(home, 'kefu.db');
    const out = join(home, 'x.json');
    link(db, out);
    const before = readFileSync(db);
    for (const force of [[], ['--force']]) {
      const r = await kefu(['export', '--all', '--out', out, ...force], { env: { KEFU_HOME: home } });
      expect(r).toMatchObject({ code: 2, stdout: '', stderr: `error: --out ${out} is kefu's database itself: write the export somewhere else\n` });
    }
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('refuses to overwrite a file without --force; with it, replaces the file, never writing through a link at that path', async () => {
    const home = await seeded();
    const out = join(home, 'wang.json');
    writeFileSync(out, 'keep me');
    const r = await kefu(['export', '--out', out], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } });
    expect(r).toMatchObject({ code: 2, stderr: `error: ${out} already exists: add --force to replace it, or choose another file\n` });
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const zh = await kefu(['--lang', 'zh', 'export', '--out', out], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } });
    expect(zh.stderr).toBe(`错误：${out} 已经存在：加上 --force 覆盖它，或换一个文件名\n`);
    // A link to someone else's file: replaced by the export, the file it pointed to untouched.
    const other = join(home, 'notes.txt');
    writeFileSync(other, 'my notes');
    const linked = join(home, 'linked.json');
    symlinkSync(other, linked);
    const forced = await kefu(['export', '--out', linked, '--force'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } });
    expect(forced.code).toBe(0);
    expect(readFileSync(other, 'utf8')).toBe('my notes');
    expect(JSON.parse(readFileSync(linked, 'utf8'))).toMatchObject({ format: 'kefu-export' });
    // Written through a file beside it, renamed: none is left behind.
    expect(readdirSync(home).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('CSV files start with a UTF-8 byte-order mark unless --no-bom; standard output has none unless --bom', async () => {
    const home = await seeded();
    const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
    await kefu(['export', '--format', 'csv', '--out', join(home, 'a.csv')], { env });
    await kefu(['export', '--format', 'csv', '--out', join(home, 'b.csv'), '--no-bom'], { env });
    expect(readFileSync(join(home, 'a.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(join(home, 'a.csv'), 'utf8').slice(1)).toBe(readFileSync(join(home, 'b.csv'), 'utf8'));
    expect(readFileSync(join(home, 'b.csv'), 'utf8')).toMatch(/^trainee,/);
    expect((await kefu(['export', '--format', 'csv'], { env })).stdout).toMatch(/^trainee,/);
    expect((await kefu(['export', '--format', 'csv', '--bom'], { env })).stdout).toMatch(/^\uFEFFtrainee,/);
    // JSON has no mark, and report reads either CSV.
    await kefu(['export', '--out', join(home, 'c.json')], { env });
    expect(readFileSync(join(home, 'c.json'), 'utf8')).toMatch(/^\{/);
    const report = JSON.parse((await kefu(['report', join(home, 'a.csv'), '--json'])).stdout) as { sessions: number };
    expect(report.sessions).toBe(1);
  });

  it('says on stderr when there is nothing to export: an unknown trainee, an empty data folder', async () => {
    const home = await seeded();
    const r = await kefu(['export', '--format', 'csv', '--trainee', 'wnag'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('note: wnag has no sessions recorded, so the export holds none (is the name spelt right? kefu export --all exports every trainee)\n');
    const zh = await kefu(['--lang', 'zh', 'export', '--all'], { env: { KEFU_HOME: join(tempHome(), 'none') } });
    expect(zh.stderr).toBe('注意：这个数据文件夹里还没有练习记录，导出的内容里没有练习\n');
  });

  it('a title or trainee that would be a formula after a semicolon is quoted in the CSV', async () => {
    const home = tempHome();
    const store = (await Store.open(join(home, 'kefu.db'), { create: true }))!;
    const id = store.startSession(sessionStart({ trainee: 'ann;@SUM(1+1);', title: 'Refund;=1+2;' }));
    store.addTurn(id, turnRecord(0));
    store.completeSession(id, ending, '2025-03-01T09:05:00.000Z');
    store.close();
    const r = await kefu(['export', '--format', 'csv', '--all'], { env: { KEFU_HOME: home } });
    const row = r.stdout.split('\r\n')[1]!;
    expect(row.startsWith('"ann;@SUM(1+1);",1,')).toBe(true);
    expect(row).toContain(',"Refund;=1+2;",');
  });
});

describe('kefu report', () => {
  it('says which files it skips and why: no sessions in it, the same file given twice', async () => {
    const home = await seeded();
    const env = { KEFU_HOME: home };
    await kefu(['export', '--out', join(home, 'wang.json'), '--trainee', 'wang'], { env });
    await kefu(['export', '--out', join(home, 'nobody.json'), '--trainee', 'nobody'], { env });
    const r = await kefu(['report', 'wang.json', 'nobody.json', 'wang.json', '--json'], { cwd: home });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('note: skipping nobody.json: it holds no sessions\nnote: skipping wang.json: the same file was given before\n');
    expect((JSON.parse(r.stdout) as { sessions: number }).sessions).toBe(1);
  });

  it('refuses a 150 MB CSV with one quote left open within 10 s and 512 MB', () => {
    const home = tempHome();
    const file = join(home, 'broken.csv');
    const fd = openSync(file, 'w');
    writeSync(fd, 'trainee,session,started_at,ended_at,scenario,title,personality,mode,status,score,grade,outcome,turns,steps,faults\r\nwang,1,"');
    const block = Buffer.alloc(1024 * 1024, 'abcdefgh,\r\n');
    for (let i = 0; i < 150; i++) writeSync(fd, block);
    closeSync(fd);
    const script = `const { run } = await import(${JSON.stringify(join(ROOT, '.build/cli/main.js'))});
      const code = await run(['report', ${JSON.stringify(file)}]);
      process.stdout.write(JSON.stringify({ code, rss: process.resourceUsage().maxRSS }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' }, encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toMatch(/broken\.csv: line 2: a quoted field runs past 65536 characters \(is a quote left open\?\)/);
    const { code, rss } = JSON.parse(r.stdout) as { code: number; rss: number };
    expect(code).toBe(1);
    expect(rss).toBeLessThan(512 * 1024);
    expect(existsSync(file)).toBe(true);
  });
});

describe('trainee names', () => {
  it.each(['\u202eevil', 'li\u2066x\u2069', 'a\u202ab'])('%j changing the text direction is refused, and nothing is recorded', async (name) => {
    const home = join(tempHome(), 'data');
    const r = await kefu(['play', mini, '--answers', '2,1', '--trainee', name], { env: { KEFU_HOME: home } });
    expect(r).toMatchObject({
      code: 2,
      stderr: 'error: a trainee name may not hold characters that change the text direction (U+202A–202E, U+2066–2069): they make it read differently in lists and exports\n',
    });
    expect(existsSync(home)).toBe(false);
    const zh = await kefu(['--lang', 'zh', 'history', '--trainee', name], { env: { KEFU_HOME: home } });
    expect(zh).toMatchObject({ code: 2, stderr: '错误：学员名字不能含改变文字方向的字符（U+202A–202E、U+2066–2069）：它们会让名字在列表和导出文件里显示成另一个样子\n' });
  });

  it('C1 controls and DEL are refused too', async () => {
    for (const name of ['a\u0085b', 'a\u007fb', 'a\u009bb']) {
      expect(await kefu(['history', '--trainee', name])).toMatchObject({ code: 2, stderr: 'error: a trainee name is at most 100 characters with no control characters\n' });
    }
  });
});
