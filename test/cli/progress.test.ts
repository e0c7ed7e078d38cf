import { describe, expect, it } from 'vitest';
import { fixture, kefu, tempHome } from '../helpers/cli.js';
import { KEY, kefuInteractive } from '../helpers/tty.js';

const mini = fixture('engine/duck-blood-mini.yaml');
const shop = fixture('pack/shop-welcome.yaml');
const day = (d: number): Date => new Date(Date.UTC(2025, 2, d, 9));

/** wang: a perfect game, an escalated one, one missing the last step, a pack scenario, one left after a turn; li: one game. */
async function seeded(): Promise<string> {
  const home = tempHome();
  const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
  await kefu(['play', mini, '--answers', '2,1'], { env, now: day(1) });
  await kefu(['play', mini, '--answers', '1'], { env, now: day(2) });
  await kefu(['play', mini, '--answers', '2,2'], { env, now: day(3) });
  await kefu(['play', shop, '--answers', '1,2'], { env, now: day(4) });
  await kefuInteractive(['play', mini, '--fast'], [KEY.down + KEY.enter, KEY.ctrlC], { env, promptMarker: /How do you reply\?/, now: day(5) });
  await kefu(['play', mini, '--answers', '2,1', '--trainee', 'li'], { env, now: day(6) });
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
    // The fixture quiz is not a bundled one: its cards are not counted.
    expect(p.quiz).toEqual({ answered: 0, due: 0 });
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
