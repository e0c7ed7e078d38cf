import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, kefu, tempHome } from '../helpers/cli.js';

const mini = fixture('engine/duck-blood-mini.yaml');
const shop = fixture('pack/shop-welcome.yaml');
const quiz = fixture('quiz/quizzes/mini.yaml');
const day = (d: number): Date => new Date(Date.UTC(2025, 2, d, 9));

/** Two trainees on one machine: wang with three games and a quiz, li with two games. */
async function seeded(): Promise<string> {
  const home = tempHome();
  const as = (trainee: string): { env: Record<string, string>; now: Date } => ({ env: { KEFU_HOME: home, KEFU_TRAINEE: trainee }, now: day(1) });
  await kefu(['play', mini, '--answers', '2,1'], { ...as('wang'), now: day(1) });
  await kefu(['play', mini, '--answers', '2,2'], { ...as('wang'), now: day(2) });
  await kefu(['play', shop, '--answers', '1,2'], { ...as('wang'), now: day(3) });
  await kefu(['quiz', quiz, '--answer', '1', '--answer', '1,3', '--answer', 'true', '--answer', '1,2,3', '--answer', '1-1,2-2,3-3', '--answer', '耐心', '--answer', '9'], { ...as('wang'), now: day(3) });
  await kefu(['play', mini, '--answers', '1'], { ...as('li'), now: day(2) });
  await kefu(['play', shop, '--answers', '1,1'], { ...as('li'), now: day(4) });
  return home;
}

interface Mastery {
  id: string;
  sessions: number;
  steps: { id: string; inOrder: number; sessions: number; share: number }[];
}
const counts = (methods: Mastery[]): unknown => methods.map((m) => ({ id: m.id, sessions: m.sessions, steps: m.steps.map(({ id, inOrder, sessions, share }) => ({ id, inOrder, sessions, share })) }));

describe('kefu export', () => {
  it('JSON: every session with its turns and every quiz answer, as recorded, oldest first', async () => {
    const home = await seeded();
    const r = await kefu(['export'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' }, now: day(9) });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { format: string; version: number; exportedAt: string; sessions: { id: number; trainee: string }[]; answers: { question: string; correct: boolean }[] };
    expect(doc).toMatchObject({ format: 'kefu-export', version: 1, exportedAt: day(9).toISOString() });
    expect(doc.sessions.map((s) => [s.id, s.trainee])).toEqual([
      [1, 'wang'],
      [2, 'wang'],
      [3, 'wang'],
    ]);
    const recorded = JSON.parse((await kefu(['review', '2', '--json'], { env: { KEFU_HOME: home } })).stdout) as unknown;
    expect(doc.sessions[1]).toEqual(recorded);
    expect(doc.answers).toHaveLength(7);
    expect(doc.answers[6]).toMatchObject({ question: 'new-customer-cost', correct: false });
    // Everyone, by start time (then id: li's first game started with wang's second).
    const all = JSON.parse((await kefu(['export', '--all'], { env: { KEFU_HOME: home } })).stdout) as typeof doc;
    expect(all.sessions.map((s) => [s.id, s.trainee])).toEqual([
      [1, 'wang'],
      [2, 'wang'],
      [4, 'li'],
      [3, 'wang'],
      [5, 'li'],
    ]);
  });

  it('CSV: one row per session; --out writes the file and says so on stderr', async () => {
    const home = await seeded();
    const out = join(home, 'li.csv');
    const r = await kefu(['export', '--format', 'csv', '--out', out, '--trainee', 'li'], { env: { KEFU_HOME: home } });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: `Exported 2 sessions to ${out}\n` });
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^li,4,2025-03-02T09:00:00\.000Z,.*,escalated,1,emotional-three-step\/willingness=missing;.*,dont-be-anxious;shift-blame$/);
  });

  it('with nothing recorded: an empty export, and no data folder made', async () => {
    const home = join(tempHome(), 'none');
    const r = await kefu(['export', '--format', 'csv'], { env: { KEFU_HOME: home } });
    expect(r.stdout).toBe('trainee,session,started_at,ended_at,scenario,title,personality,mode,status,score,grade,outcome,turns,steps,faults\r\n');
    expect(existsSync(home)).toBe(false);
  });

  it('refuses to write over its own database', async () => {
    const home = await seeded();
    const before = readFileSync(join(home, 'kefu.db'));
    const r = await kefu(['export', '--out', join(home, 'kefu.db')], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is kefu's database itself/);
    expect(readFileSync(join(home, 'kefu.db')).equals(before)).toBe(true);
    const zh = await kefu(['--lang', 'zh', 'export', '--out', join(home, 'kefu.db')], { env: { KEFU_HOME: home } });
    expect(zh.stderr).toBe(`错误：--out ${join(home, 'kefu.db')} 就是 kefu 的数据库：请把导出写到别的文件\n`);
  });

  it('says in the interface language when it cannot write the file', async () => {
    const home = await seeded();
    const r = await kefu(['--lang', 'zh', 'export', '--out', home], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^错误：无法写入 ${home}：`));
  });
});

describe('kefu report', () => {
  it('export → report: each trainee’s mastery, average and faults are what progress shows them, from JSON and CSV alike', async () => {
    const home = await seeded();
    const wang = join(home, 'wang.json');
    const li = join(home, 'li.csv');
    await kefu(['export', '--out', wang, '--trainee', 'wang'], { env: { KEFU_HOME: home } });
    await kefu(['export', '--format', 'csv', '--out', li, '--trainee', 'li'], { env: { KEFU_HOME: home } });
    const r = await kefu(['report', wang, li, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { sessions: number; methods: { id: string }[]; trainees: { trainee: string; sessions: number; completed: number; averageScore: number; methods: Mastery[]; faults: { id: string; count: number }[] }[] };
    expect(report.sessions).toBe(5);
    expect(report.methods.map((m) => m.id)).toEqual(['emotional-three-step', 'greet-three']);
    expect(report.trainees.map((t) => [t.trainee, t.sessions, t.completed, t.averageScore])).toEqual([
      ['li', 2, 2, 50],
      ['wang', 3, 3, 66], // (100 + 47 + 51) / 3
    ]);
    for (const t of report.trainees) {
      const progress = JSON.parse((await kefu(['progress', '--json', '--trainee', t.trainee], { env: { KEFU_HOME: home } })).stdout) as { methods: Mastery[]; faults: { id: string; count: number }[] };
      expect(counts(t.methods)).toEqual(counts(progress.methods));
      expect(t.faults.map((f) => [f.id, f.count])).toEqual(progress.faults.map((f) => [f.id, f.count]));
    }
  });

  it('counts an export given twice once, and prints the table', async () => {
    const home = await seeded();
    const all = join(home, 'all.json');
    await kefu(['export', '--all', '--out', all], { env: { KEFU_HOME: home } });
    const r = await kefu(['report', all, all]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual(['2 trainees · 5 sessions', '', 'trainee  sessions  average', 'li              2     50.0', 'wang            3     66.0']);
    expect(r.stdout).toMatch(/\nEmotional three-step\n +Express willingness to help +Empathise with the feeling +Take responsibility\nli +0% +0% +0%\nwang +100% +100% +50%\n/);
    expect(r.stdout).toMatch(/\nMost frequent faults\nli +✗ Telling the customer not to be anxious 1× · ✗ Shifting blame 1×\nwang +✗ Cold 2×\n/);
  });

  it('speaks of one trainee and one session in the singular', async () => {
    const home = tempHome();
    const env = { KEFU_HOME: home, KEFU_TRAINEE: 'zhao' };
    await kefu(['play', mini, '--answers', '2,1'], { env, now: day(1) });
    const out = join(home, 'zhao.json');
    const exported = await kefu(['export', '--out', out], { env });
    expect(exported.stderr).toBe(`Exported 1 session and 0 quiz answers to ${out}\n`);
    expect((await kefu(['report', out])).stdout).toMatch(/^1 trainee · 1 session\n/);
  });

  it.each([
    [['missing.json'], 2, /^error: no such file: missing\.json\n$/],
    [['bad.json'], 1, /^error: bad\.json: not valid JSON .*; give the file kefu export wrote\n$/],
    [['other.json'], 1, /^error: other\.json: not a kefu export/],
    [['other.csv'], 1, /^error: other\.csv: not a kefu CSV export: no column 'trainee'/],
    [['--lang', 'zh', 'missing.json'], 2, /^错误：没有这个文件：missing\.json\n$/],
    [['--lang', 'zh', 'folder'], 2, /^错误：folder 是文件夹：请给出导出文件本身\n$/],
    [['--lang', 'zh', 'bad.json'], 1, /^错误：bad\.json：不是有效的 JSON（.*）；请给出 kefu export 写出的文件\n$/],
    [['--lang', 'zh', 'other.json'], 1, /^错误：other\.json：not a kefu export .*；请给出 kefu export 写出的文件\n$/],
    [['--lang', 'zh', 'other.csv'], 1, /^错误：other\.csv：not a kefu CSV export: .*；请给出 kefu export 写出的文件\n$/],
  ])('%j exits %d with the file named', async (args, code, message) => {
    const dir = tempHome();
    writeFileSync(join(dir, 'bad.json'), '{"format": "kefu-export",');
    writeFileSync(join(dir, 'other.json'), '{"sessions": []}');
    writeFileSync(join(dir, 'other.csv'), 'name,score\nwang,90\n');
    mkdirSync(join(dir, 'folder'));
    const r = await kefu(['report', ...args], { cwd: dir });
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
