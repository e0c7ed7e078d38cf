import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, kefu, kefuProcess, tempHome } from '../helpers/cli.js';
import { recordedSessions } from '../helpers/store.js';
import { KEY, kefuInteractive } from '../helpers/tty.js';

const mini = fixture('engine/duck-blood-mini.yaml');
const marker = /How do you reply\?/;
const at = new Date('2025-03-01T09:00:00.000Z');

describe('kefu play records each session', () => {
  it('scripted play: a completed session with every turn, its steps, faults, mood and result', async () => {
    const home = tempHome();
    const r = await kefu(['play', mini, '--answers', '2,2', '--json', '--trainee', 'wang'], { env: { KEFU_HOME: home }, now: at });
    expect(r.code).toBe(0);
    const [session, ...others] = await recordedSessions(home);
    expect(others).toEqual([]);
    expect(session).toMatchObject({
      trainee: 'wang',
      scenario: 'duck-blood-mini',
      title: '鸭血迟迟不上（小样）',
      file: mini,
      fileHash: createHash('sha256').update(readFileSync(mini)).digest('hex'),
      mode: 'scripted',
      customerName: '王先生',
      personality: { id: 'arrogant', name: '傲慢型', name_en: 'Arrogant' },
      startMood: 25,
      startedAt: at.toISOString(),
      endedAt: at.toISOString(),
      status: 'completed',
      result: { ending: 'meh-end', outcome: 'neutral', score: JSON.parse(r.stdout).score, grade: JSON.parse(r.stdout).grade },
    });
    expect(session!.methods.map((m) => [m.id, m.steps.map((s) => s.id)])).toEqual([['emotional-three-step', ['willingness', 'empathy', 'responsibility']]]);
    // The recorded verdict is the one the player was shown.
    const shown = JSON.parse(r.stdout) as { methods: unknown[] };
    expect(session!.result!.methods).toEqual(shown.methods);
    expect(session!.result!.methods).toMatchObject([{ id: 'emotional-three-step', performed: ['willingness', 'empathy'], missing: ['responsibility'], outOfOrder: [] }]);
    expect(session!.turns).toEqual([
      {
        seq: 0,
        node: 'complaint',
        customer: '服务员！我加的鸭血呢？等了二十分钟了！',
        choice: 2,
        reply: '真不好意思让您久等了，我这就帮您去催。',
        moves: [
          { method: 'emotional-three-step', step: 'willingness' },
          { method: 'emotional-three-step', step: 'empathy' },
        ],
        faults: [],
        moodBefore: 25,
        mood: 41,
        at: at.toISOString(),
      },
      {
        seq: 1,
        node: 'calmer',
        customer: '快点啊，锅都要烧干了。',
        choice: 2,
        reply: '好的。',
        moves: [],
        faults: [{ id: 'cold', name: expect.any(String), name_en: expect.any(String), penalty: expect.any(Number), severity: 'minor' }],
        moodBefore: 41,
        mood: expect.any(Number),
        at: at.toISOString(),
      },
    ]);
  });

  it('records the faults practice mode shows, with their cost and the trainer’s note', async () => {
    const home = tempHome();
    const r = await kefu(['play', mini, '--answers', '1'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(0);
    const [session] = await recordedSessions(home);
    expect(session!.turns[0]).toMatchObject({
      faults: [
        { id: 'dont-be-anxious', penalty: 8 },
        { id: 'shift-blame', penalty: 22.5 },
      ],
      feedback: '既让客户"别着急"，又把锅甩给后厨。',
    });
    expect(session!.result).toMatchObject({ outcome: 'escalated' });
  });

  it('--no-save plays without creating or touching the data folder', async () => {
    const home = join(tempHome(), 'data');
    const r = await kefu(['play', mini, '--answers', '2,1', '--json', '--no-save'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(0);
    expect(existsSync(home)).toBe(false);
    const i = await kefuInteractive(['play', mini, '--fast', '--in-order', '--no-save'], [KEY.down + KEY.enter, KEY.enter], { env: { KEFU_HOME: home }, promptMarker: marker });
    expect(i.code).toBe(0);
    expect(existsSync(home)).toBe(false);
  });

  it('an answer sheet that does not fit records nothing', async () => {
    const home = tempHome();
    const r = await kefu(['play', mini, '--answers', '2'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(2);
    expect(await recordedSessions(home)).toEqual([]);
  });

  it('interactive practice and exam games are recorded with their mode', async () => {
    const home = tempHome();
    const practice = await kefuInteractive(['play', mini, '--fast', '--in-order'], [KEY.down + KEY.enter, KEY.enter], { env: { KEFU_HOME: home }, promptMarker: marker });
    expect(practice.code).toBe(0);
    const exam = await kefuInteractive(['play', mini, '--fast', '--exam', '--seed', '7'], [KEY.enter, KEY.enter, KEY.enter], { env: { KEFU_HOME: home }, promptMarker: marker });
    expect(exam.code).toBe(0);
    const [second, first] = await recordedSessions(home);
    expect(first).toMatchObject({ mode: 'practice', status: 'completed', result: { outcome: 'satisfied', score: 100 } });
    expect(first!.turns.map((t) => t.choice)).toEqual([2, 1]);
    expect(second).toMatchObject({ mode: 'exam', status: 'completed' });
    expect(second!.turns.length).toBeGreaterThan(0);
  });

  it('Ctrl-C at the second reply: exit 130, the session abandoned with its first turn and an end time', async () => {
    const home = tempHome();
    const r = await kefuInteractive(['play', mini, '--fast', '--in-order'], [KEY.down + KEY.enter, KEY.ctrlC], { env: { KEFU_HOME: home }, promptMarker: marker, now: at });
    expect(r.code).toBe(130);
    const [session] = await recordedSessions(home);
    expect(session).toMatchObject({ status: 'abandoned', endedAt: at.toISOString() });
    expect(session!.result).toBeUndefined();
    expect(session!.turns.map((t) => t.node)).toEqual(['complaint']);
  });

  it('--trainee, else KEFU_TRAINEE, names whose session it is; --data-dir wins over KEFU_HOME', async () => {
    const home = tempHome();
    const other = tempHome();
    await kefu(['play', mini, '--answers', '1'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'li' } });
    await kefu(['play', mini, '--answers', '1', '--trainee', 'wang'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'li' } });
    await kefu(['play', mini, '--answers', '1', '--data-dir', other], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'zhao' } });
    expect((await recordedSessions(home)).map((s) => s.trainee)).toEqual(['wang', 'li']);
    expect((await recordedSessions(other)).map((s) => s.trainee)).toEqual(['zhao']);
    const empty = await kefu(['play', mini, '--answers', '1', '--trainee', ' ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--trainee takes a name/);
  });

  it('says what a trainee name must be in the interface language', async () => {
    const empty = await kefu(['--lang', 'zh', 'history', '--trainee', ' ']);
    expect(empty).toMatchObject({ code: 2, stderr: '错误：--trainee 要一个名字，例如 --trainee wangfang\n' });
    const long = await kefu(['--lang', 'zh', 'progress', '--trainee', 'x'.repeat(101)]);
    expect(long).toMatchObject({ code: 2, stderr: '错误：学员名字最多 100 个字符，不能含控制字符\n' });
    expect((await kefu(['progress', '--trainee', 'a\u0007b'])).stderr).toBe('error: a trainee name is at most 100 characters with no control characters\n');
  });

  it.skipIf(process.platform !== 'linux')('without KEFU_HOME or --data-dir, the data lives in the platform data folder', () => {
    const xdg = tempHome();
    const r = kefuProcess(['play', mini, '--answers', '1'], { env: { KEFU_HOME: '', XDG_DATA_HOME: xdg } });
    expect(r.code).toBe(0);
    expect(readdirSync(join(xdg, 'kefu'))).toContain('kefu.db');
  });
});

describe('kefu play when the store cannot be used', () => {
  it('a corrupt database: exit 1 before the first prompt, naming the file and what to do, the file unchanged', async () => {
    const home = tempHome();
    const file = join(home, 'kefu.db');
    writeFileSync(file, 'not a database at all\n'.repeat(20));
    const before = readFileSync(file);
    const r = await kefuInteractive(['play', mini, '--fast', '--in-order'], [KEY.enter, KEY.enter], { env: { KEFU_HOME: home }, promptMarker: marker });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(marker);
    expect(r.stderr).toBe(
      `error: ${file} is not a database kefu can read: it is not a SQLite file. kefu has left it as it is: move it aside (rename it to kefu.db.bad, say) and kefu will start a new one. Or run without saving: --no-save.\n`,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(home)).toEqual(['kefu.db']);
    // And it says so in Chinese too.
    const zh = await kefu(['--lang', 'zh', 'play', mini, '--answers', '1'], { env: { KEFU_HOME: home } });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe(
      `错误：${file} 不是 kefu 能读取的数据库：它不是 SQLite 文件。kefu 没有改动它：把它移到别处（比如改名为 kefu.db.bad），kefu 会新建一个。也可以加 --no-save，不保存记录。\n`,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a data folder that cannot be written: exit 1 naming the folder; --no-save still plays', async () => {
    const base = tempHome();
    writeFileSync(join(base, 'a-file'), 'x');
    const home = join(base, 'a-file', 'kefu');
    const r = await kefu(['play', mini, '--answers', '1'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: cannot create the data folder ${home}: ${join(base, 'a-file')} is a file, not a folder. Move that file, or point --data-dir / KEFU_HOME at another folder. Or run without saving: --no-save.\n`,
    );
    const ok = await kefu(['play', mini, '--answers', '1', '--no-save'], { env: { KEFU_HOME: home } });
    expect(ok.code).toBe(0);
  });

  it.skipIf(!existsSync('/proc/self'))('a data folder the system will not create (under /proc): exit 1 at once, naming the folder', () => {
    // Node's recursive mkdir retried this for ever; a hang is killed and fails here.
    const r = kefuProcess(['play', mini, '--answers', '1', '--data-dir', '/proc/kefu-test'], { timeout: 10_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error: cannot create the data folder /proc/kefu-test: the system does not allow a folder there (ENOENT). Point --data-dir / KEFU_HOME at an ordinary folder you can write to. Or run without saving: --no-save.\n',
    );
    expect(existsSync('/proc/kefu-test')).toBe(false);
  });

  it('a folder named kefu.db is unreadable, and stays', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'kefu.db'));
    const r = await kefu(['play', mini, '--answers', '1'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: ${join(home, 'kefu.db')} is a folder, where kefu keeps its database file: move or rename that folder, or point --data-dir / KEFU_HOME at another folder. Or run without saving: --no-save.\n`,
    );
  });
});
