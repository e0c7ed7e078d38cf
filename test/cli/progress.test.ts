import { describe, expect, it } from 'vitest';
import { fixture, kefu, tempHome } from '../helpers/cli.js';
import { KEY, kefuInteractive } from '../helpers/tty.js';

const mini = fixture('engine/duck-blood-mini.yaml');
const shop = fixture('pack/shop-welcome.yaml');
const quiz = fixture('quiz/quizzes/mini.yaml');
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
  await kefuInteractive(['play', mini, '--fast'], [KEY.down + KEY.enter, KEY.ctrlC], { env, promptMarker: /How do you reply\?/, now: day(5) });
  await kefu(['play', mini, '--answers', '2,1', '--trainee', 'li'], { env, now: day(6) });
  await kefu(['quiz', quiz, ...answers], { env, now: day(6) });
  return home;
}

interface Listed {
  id: string;
  methods: string[];
  difficulty: number;
}

describe('kefu progress', () => {
  it('on a seeded history: sessions, scenarios, step mastery, faults, trend and the weakest step', async () => {
    const home = await seeded();
    const r = await kefu(['progress', '--json'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' }, now: day(7) });
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout) as Record<string, unknown> & { recommendation: { kind: string; step: { method: { id: string }; step: { id: string } }; personality: unknown; scenario?: Listed } };
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
    expect(p.recommendation).toMatchObject({ kind: 'practise', personality: { personality: { id: 'arrogant' }, average: 49, sessions: 3 } });
    // The step: thank (0 of 1), unless the bundled library has nothing for greet-three but
    // has for the emotional three-step, whose weakest step is responsibility (1 of 3).
    const listed = JSON.parse((await kefu(['list', '--json'])).stdout) as Listed[];
    const { step, scenario } = p.recommendation;
    const grades = (method: string): boolean => listed.some((s) => s.methods.includes(method));
    const expected = grades('greet-three') || !grades('emotional-three-step') ? 'greet-three/thank' : 'emotional-three-step/responsibility';
    expect(`${step.method.id}/${step.step.id}`).toBe(expected);
    if (scenario) expect(listed.find((s) => s.id === scenario.id)?.methods).toContain(step.method.id);
    else expect(grades(step.method.id)).toBe(false);
  });

  it('prints the progress screen', async () => {
    const home = await seeded();
    const r = await kefu(['progress'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' }, now: day(7) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Progress of wang\n5 sessions (4 completed, 1 not finished) · 2 scenarios tried\n');
    expect(r.stdout).toContain(
      ['  Emotional three-step  3 sessions', '    Express willingness to help  ███████░░░  67%', '    Empathise with the feeling   ███████░░░  67%', '    Take responsibility          ███░░░░░░░  33%'].join('\n'),
    );
    expect(r.stdout).toMatch(/Most frequent faults\n {2}✗ Cold +2×\n/);
    expect(r.stdout).toContain('Score trend: █▁▄▅ 100 0 47 51');
    expect(r.stdout).toMatch(/Weakest step: .* hardest customers: Arrogant \(average 49\)/);
    expect(r.stdout).toMatch(/\nNext: /);
  });

  it('speaks of one session and one scenario in the singular', async () => {
    const home = tempHome();
    await kefu(['play', mini, '--answers', '2,1'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'zhao' }, now: day(1) });
    const r = await kefu(['progress'], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'zhao' }, now: day(2) });
    expect(r.stdout).toContain('Progress of zhao\n1 session (1 completed, 0 not finished) · 1 scenario tried\n');
    expect(r.stdout).toContain('  Emotional three-step  1 session\n');
  });

  it('with no history says so and suggests the easiest bundled scenario, creating nothing', async () => {
    const home = tempHome();
    const r = await kefu(['progress', '--trainee', 'zhao'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Progress of zhao\nNo sessions recorded for zhao yet\.\n\n/);
    const listed = JSON.parse((await kefu(['list', '--json'])).stdout) as Listed[];
    const easiest = [...listed].sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id))[0];
    if (easiest) expect(r.stdout).toContain(`No completed session yet: start with ${easiest.id} (`);
    else expect(r.stdout).toContain('No completed session yet, and no bundled scenario to suggest');
    const json = JSON.parse((await kefu(['progress', '--json'], { env: { KEFU_HOME: home } })).stdout) as { recommendation: { kind: string; scenario?: { id: string } } };
    expect(json.recommendation.kind).toBe('first');
    expect(json.recommendation.scenario?.id).toBe(easiest?.id);
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
