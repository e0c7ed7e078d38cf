import { appendFileSync, copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, kefu, tempHome } from '../helpers/cli.js';
import { KEY, kefuInteractive } from '../helpers/tty.js';

const mini = fixture('engine/duck-blood-mini.yaml');
const day = (d: number): Date => new Date(Date.UTC(2025, 2, d, 9));

/** A data folder with three sessions of wang's (perfect, escalated, left after one turn) and one of li's. */
async function seeded(): Promise<string> {
  const home = tempHome();
  const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
  await kefu(['play', mini, '--answers', '2,1'], { env, now: day(1) });
  await kefu(['play', mini, '--answers', '1'], { env, now: day(2) });
  await kefuInteractive(['play', mini, '--fast'], [KEY.down + KEY.enter, KEY.ctrlC], { env, promptMarker: /How do you reply\?/, now: day(3) });
  await kefu(['play', mini, '--answers', '1', '--trainee', 'li'], { env, now: day(4) });
  return home;
}

describe('kefu history', () => {
  it('lists the trainee’s sessions latest first, as JSON', async () => {
    const home = await seeded();
    const r = await kefu(['history', '--json'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { id: 3, trainee: 'wang', scenario: 'duck-blood-mini', title: '鸭血迟迟不上（小样）', mode: 'practice', status: 'abandoned', startedAt: day(3).toISOString(), endedAt: day(3).toISOString(), turns: 1 },
      { id: 2, trainee: 'wang', scenario: 'duck-blood-mini', title: '鸭血迟迟不上（小样）', mode: 'scripted', status: 'completed', startedAt: day(2).toISOString(), endedAt: day(2).toISOString(), score: 0, grade: 'F', outcome: 'escalated', turns: 1 },
      { id: 1, trainee: 'wang', scenario: 'duck-blood-mini', title: '鸭血迟迟不上（小样）', mode: 'scripted', status: 'completed', startedAt: day(1).toISOString(), endedAt: day(1).toISOString(), score: 100, grade: 'A', outcome: 'satisfied', turns: 2 },
    ]);
    const li = await kefu(['history', '--json', '--trainee', 'li'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } });
    expect((JSON.parse(li.stdout) as { id: number }[]).map((s) => s.id)).toEqual([4]);
    const one = await kefu(['history', '--json', '--limit', '1'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } });
    expect((JSON.parse(one.stdout) as { id: number }[]).map((s) => s.id)).toEqual([3]);
  });

  it('prints one line a session', async () => {
    const home = await seeded();
    const r = await kefu(['history'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Sessions of wang');
    expect(lines[1]).toMatch(/^id +when +scenario +mode +result$/);
    expect(lines.slice(2).map((l) => l.replace(/\d{4}-\d\d-\d\d \d\d:\d\d/, 'WHEN'))).toEqual([
      '#3  WHEN  鸭血迟迟不上（小样）  practice  not finished · 1 turn',
      '#2  WHEN  鸭血迟迟不上（小样）  scripted  0 F  escalated',
      '#1  WHEN  鸭血迟迟不上（小样）  scripted  100 A  satisfied',
    ]);
  });

  it('with nothing recorded, says so and creates nothing', async () => {
    const home = join(tempHome(), 'none');
    const r = await kefu(['history', '--trainee', 'zhao'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('No sessions recorded for zhao yet: play one with kefu play.\n');
    expect((await kefu(['history', '--json'], { env: { KEFU_HOME: home } })).stdout).toBe('[]\n');
  });

  it.each([['--limit', 'x'], ['--limit', '-1']])('%s %s is a usage error', async (...args) => {
    expect((await kefu(['history', ...args])).code).toBe(2);
  });

  it('says what --limit takes in the interface language', async () => {
    expect((await kefu(['history', '--limit', 'x'])).stderr).toBe("error: --limit takes a whole number, not 'x'\n");
    expect((await kefu(['--lang', 'zh', 'history', '--limit', 'x'])).stderr).toBe('错误：--limit 要一个整数，不是“x”\n');
  });
});

describe('kefu review', () => {
  it('replays a finished session with each reply’s steps, faults, mood and note, then the result', async () => {
    const home = await seeded();
    const r = await kefu(['review', '2'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Session #2: 鸭血迟迟不上（小样）  ·  scripted · \d{4}-\d\d-\d\d \d\d:\d\d · wang\n/);
    expect(r.stdout).toContain(
      [
        '王先生 (Arrogant)  ███░░░░░░░ 25',
        '  “服务员！我加的鸭血呢？等了二十分钟了！”',
        '  your reply: 1. 先生您别着急，后厨今天太忙了。',
        '  ✗ Telling the customer not to be anxious −8  ✗ Shifting blame −22.5',
        '  mood 25 → 0 (−25)',
        '  Trainer: 既让客户"别着急"，又把锅甩给后厨。',
      ].join('\n'),
    );
    expect(r.stdout).toContain('Outcome: escalated\nScore: 0  Grade: F  not passed');
    // An arrogant customer weighs responsibility 1.5: willingness is 1 of 3.5, 28.6 points,
    // shown whole so the three add up to the heading's 0: 29 + 28 + 43.
    expect(r.stdout).toContain('Emotional three-step  0\n  ✗ Express willingness to help (missing, −29)\n  ✗ Empathise with the feeling (missing, −28)\n  ✗ Take responsibility (missing, −43)');
    expect(r.stdout).toContain('Mood over the turns: ▃▁ 25 → 0');
  });

  it('a session left unfinished says how far it got and when it stopped', async () => {
    const home = await seeded();
    const r = await kefu(['--lang', 'zh', 'review', '#3'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ 表达服务意愿  ✓ 体谅客户情感');
    expect(r.stdout).toMatch(/没有练完：第 1 轮后中止，\d{4}-\d\d-\d\d \d\d:\d\d 中止/);
  });

  it('--json prints the session as recorded', async () => {
    const home = await seeded();
    const r = await kefu(['review', '1', '--json'], { env: { KEFU_HOME: home } });
    const s = JSON.parse(r.stdout) as { id: number; status: string; turns: { choice: number }[] };
    expect(s).toMatchObject({ id: 1, status: 'completed', file: mini, result: { score: 100 } });
    expect(s.turns.map((t) => t.choice)).toEqual([2, 1]);
  });

  it('still works when the scenario file has changed or gone, and warns on stderr', async () => {
    const home = tempHome();
    const copy = join(home, 'copy.yaml');
    copyFileSync(mini, copy);
    await kefu(['play', copy, '--answers', '2,1'], { env: { KEFU_HOME: home } });
    expect((await kefu(['review', '1'], { env: { KEFU_HOME: home } })).stderr).toBe('');
    appendFileSync(copy, '# edited\n');
    const changed = await kefu(['review', '1'], { env: { KEFU_HOME: home } });
    expect(changed.code).toBe(0);
    expect(changed.stderr).toBe(`warning: the scenario file ${copy} has changed since this session; the transcript shows it as it was played.\n`);
    expect(changed.stdout).toContain('your reply: 2. 真不好意思让您久等了，我这就帮您去催。');
    rmSync(copy);
    const gone = await kefu(['review', '1'], { env: { KEFU_HOME: home } });
    expect(gone.code).toBe(0);
    expect(gone.stderr).toMatch(/is no longer there/);
    expect(gone.stdout).toContain('Score: 100  Grade: A  passed');
    writeFileSync(copy, 'x');
    expect((await kefu(['review', '1'], { env: { KEFU_HOME: home } })).stderr).toMatch(/has changed/);
  });

  it('with --trainee shows only that trainee’s session, and refuses another’s', async () => {
    const home = await seeded();
    expect((await kefu(['review', '4'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' } })).code).toBe(0);
    expect((await kefu(['review', '4', '--trainee', 'li'], { env: { KEFU_HOME: home } })).code).toBe(0);
    const other = await kefu(['review', '4', '--trainee', 'wang'], { env: { KEFU_HOME: home } });
    expect(other).toMatchObject({ code: 2, stdout: '' });
    expect(other.stderr).toBe("error: session #4 is li's, not wang's; kefu history --trainee wang lists wang's sessions\n");
    const zh = await kefu(['--lang', 'zh', 'review', '4', '--trainee', 'wang'], { env: { KEFU_HOME: home } });
    expect(zh.stderr).toBe('错误：练习 #4 是 li 的，不是 wang 的；kefu history --trainee wang 列出 wang 的练习\n');
  });

  it.each([
    [['review', '99'], /there is no session 99; kefu history lists them/],
    [['review', 'abc'], /a session id is a number as kefu history shows it, not 'abc'/],
    [['--lang', 'zh', 'review', 'abc'], /练习编号是 kefu history 列出的数字，不是“abc”/],
  ])('%j is a usage error', async (args, message) => {
    const home = await seeded();
    const r = await kefu(args, { env: { KEFU_HOME: home } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
