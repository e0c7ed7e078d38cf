import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, kefu, tempHome } from '../helpers/cli.js';
import { KEY, kefuInteractive } from '../helpers/tty.js';

const mini = fixture('engine/duck-blood-mini.yaml');
const shop = fixture('pack/shop-welcome.yaml');
const quiz = fixture('quiz/quizzes/mini.yaml');
/**
 * The scenarios progress recommends from, instead of the bundled ones: calm-arrogant (difficulty
 * 3) and calm-easygoing (difficulty 1), both grading the emotional three-step only.
 */
const catalogue = fixture('progress/catalogue');
const day = (d: number): Date => new Date(Date.UTC(2025, 2, d, 9));
/** The mini quiz's seven answers: the first wrong, the rest right. */
const answers = ['3', '1,3', 'true', '1,2,3', '1-1,2-2,3-3', '耐心', '5'].flatMap((a) => ['--answer', a]);

/**
 * wang: a perfect game, an escalated one, one missing the last step, a pack scenario, one left
 * after a turn, and the mini quiz (a file given by path) with one answer wrong; li: one game.
 */
async function seeded(): Promise<string> {
  const home = tempHome();
  const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
  await kefu(['play', mini, '--answers', '2,1'], { env, now: day(1) });
  await kefu(['play', mini, '--answers', '1'], { env, now: day(2) });
  await kefu(['play', mini, '--answers', '2,2'], { env, now: day(3) });
  await kefu(['play', shop, '--answers', '1,2'], { env, now: day(4) });
  await kefuInteractive(['play', mini, '--fast', '--in-order'], [KEY.down + KEY.enter, KEY.ctrlC], { env, promptMarker: /How do you reply\?/, now: day(5) });
  await kefu(['play', mini, '--answers', '2,1', '--trainee', 'li'], { env, now: day(6) });
  await kefu(['quiz', quiz, ...answers], { env, now: day(6) });
  return home;
}

describe('kefu progress', () => {
  it('on a seeded history: sessions, scenarios, step mastery, faults, trend and the weakest step', async () => {
    const home = await seeded();
    const r = await kefu(['progress', '--json'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' }, now: day(7), scenariosDir: catalogue });
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(p.trainee).toBe('wang');
    expect(p.sessions).toEqual({ total: 5, completed: 4, abandoned: 1 });
    expect(p.scenarios).toEqual([
      { id: 'duck-blood-mini', title: '鸭血迟迟不上（小样）', played: 4, completed: 3, best: 100, last: 47 },
      { id: 'shop-welcome', title: '门店接待', played: 1, completed: 1, best: 51, last: 51 },
    ]);
    const shares = (p.methods as { id: string; sessions: number; steps: { id: string; inOrder: number; sessions: number }[] }[]).map((m) => [
      m.id,
      m.sessions,
      m.steps.map((s) => `${s.id} ${s.inOrder}/${s.sessions}`),
    ]);
    expect(shares).toEqual([
      ['emotional-three-step', 3, ['willingness 2/3', 'empathy 2/3', 'responsibility 1/3']],
      ['greet-three', 1, ['greet 1/1', 'ask 1/1', 'thank 0/1']],
    ]);
    expect((p.faults as { id: string; count: number }[]).map((f) => [f.id, f.count])).toEqual([
      ['cold', 2],
      ['dont-be-anxious', 1],
      ['shift-blame', 1],
    ]);
    expect(p.trend).toEqual([100, 0, 47, 51]);
    // The wrong answer comes back the next day; the right ones later.
    expect(p.quiz).toEqual({ answered: 7, due: 1, nextDue: expect.stringMatching(/^2025-03-\d\dT/) as string });
    // The weakest step is thank (0 of 1), but no scenario offered grades greet-three: the next
    // weakest is responsibility (1 of 3). Of the two that grade it, the one with the customer
    // type wang does worst with, though it is the harder.
    expect(p.recommendation).toEqual({
      kind: 'practise',
      step: {
        method: { id: 'emotional-three-step', name: '处理客户情感三步曲', name_en: 'Emotional three-step' },
        step: { id: 'responsibility', name: '表示承担责任', name_en: 'Take responsibility', inOrder: 1, sessions: 3, share: 0.3333 },
        position: 2,
      },
      personality: { personality: { id: 'arrogant', name: '傲慢型', name_en: 'Arrogant' }, average: 49, sessions: 3 },
      scenario: { id: 'calm-arrogant', title: '傲慢的老顾客', personality: { id: 'arrogant', name: '傲慢型', name_en: 'Arrogant' }, methods: ['emotional-three-step'], difficulty: 3 },
    });
  });

  it('prints the progress screen', async () => {
    const home = await seeded();
    const r = await kefu(['progress'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' }, now: day(7), scenariosDir: catalogue });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Progress of wang\n5 sessions (4 completed, 1 not finished) · 2 scenarios tried\n');
    expect(r.stdout).toContain(
      ['  Emotional three-step  3 sessions', '    Express willingness to help  ███████░░░  67%', '    Empathise with the feeling   ███████░░░  67%', '    Take responsibility          ███░░░░░░░  33%'].join('\n'),
    );
    expect(r.stdout).toMatch(/Most frequent faults\n {2}✗ Cold +2×\n/);
    expect(r.stdout).toContain('Score trend: █▁▄▅ 100 0 47 51');
    expect(r.stdout).toContain('\nQuiz review: 1 question due · kefu quiz --due\n');
    expect(r.stdout.endsWith(
      [
        '',
        'Weakest step: Take responsibility (33% in order) · hardest customers: Arrogant (average 49)',
        'Next: practise calm-arrogant (傲慢的老顾客): it grades Take responsibility, with a customer of the Arrogant type',
        '',
      ].join('\n'),
    )).toBe(true);
  });

  it('with no scenario to offer for any step played, says which step to work on', async () => {
    const home = await seeded();
    const r = await kefu(['progress'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' }, now: day(7), scenariosDir: tempHome() });
    expect(r.stdout).toMatch(/\nNext: work on Thank and see off; no bundled scenario grades it\n$/);
  });

  it('speaks of one session and one scenario in the singular', async () => {
    const home = tempHome();
    await kefu(['play', mini, '--answers', '2,1'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'zhao' }, now: day(1) });
    const r = await kefu(['progress'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'zhao' }, now: day(2) });
    expect(r.stdout).toContain('Progress of zhao\n1 session (1 completed, 0 not finished) · 1 scenario tried\n');
    expect(r.stdout).toContain('  Emotional three-step  1 session\n');
  });

  it('with no history says so and suggests the easiest scenario, creating nothing', async () => {
    const home = tempHome();
    const r = await kefu(['progress', '--trainee', 'zhao'], { env: { KEFU_HOME: home }, scenariosDir: catalogue });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Progress of zhao\nNo sessions recorded for zhao yet.\n\nNo completed session yet: start with calm-easygoing (随和的老顾客), the easiest\n');
    const json = JSON.parse((await kefu(['progress', '--json'], { env: { KEFU_HOME: home }, scenariosDir: catalogue })).stdout) as { recommendation: unknown };
    expect(json.recommendation).toEqual({
      kind: 'first',
      scenario: { id: 'calm-easygoing', title: '随和的老顾客', personality: { id: 'easygoing', name: '活跃型', name_en: 'Easygoing' }, methods: ['emotional-three-step'], difficulty: 1 },
    });
    expect(existsSync(join(home, 'kefu.db'))).toBe(false);
    const none = await kefu(['progress', '--trainee', 'zhao'], { env: { KEFU_HOME: home }, scenariosDir: tempHome() });
    expect(none.stdout).toMatch(/\nNo completed session yet, and no bundled scenario to suggest\n$/);
  });
});

describe('kefu progress and kefu quiz --due', () => {
  it('agree on what is due, whichever quiz the questions come from: --due asks them, or names those it cannot find', async () => {
    const home = await seeded();
    const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
    const due = async (d: number): Promise<number> => (JSON.parse((await kefu(['progress', '--json'], { env, now: day(d) })).stdout) as { quiz: { due: number } }).quiz.due;
    /** The questions `kefu quiz <quiz> --due` asks, from the usage error an answer sheet too long gives. */
    const asked = async (d: number): Promise<string[]> => {
      const r = await kefu(['quiz', quiz, '--due', ...Array<string>(20).fill('--answer=x')], { env, now: day(d) });
      return r.code === 0 ? [] : /in order \(([^)]+)\)/.exec(r.stderr)![1]!.split(', ');
    };
    expect(await due(7)).toBe(1);
    expect(await asked(7)).toEqual(['return-days']);
    expect(await due(90)).toBe(7);
    expect(await asked(90)).toHaveLength(7);

    // Without a quiz named, a due question that is neither bundled nor generated is named and skipped, never deleted.
    const all = await kefu(['quiz', '--due'], { env, now: day(7) });
    expect(all.code).toBe(0);
    expect(all.stderr).toBe(
      "Skipped 1 due question found in neither the bundled quizzes nor the generated questions: return-days. Its record is kept; a quiz file's own questions come back with kefu quiz <file> --due.\n",
    );
    expect(all.stdout).toMatch(/^Nothing is due for review now\. The next question is due /);
    expect(await due(7)).toBe(1);
    const zh = await kefu(['--lang', 'zh', 'quiz', '--due'], { env, now: day(90) });
    expect(zh.stderr).toMatch(/^跳过 7 道到期的题，自带题库和自动出题里都找不到：[^。]*return-days。记录保留/);
  });
});
