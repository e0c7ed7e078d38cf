import { describe, expect, it } from 'vitest';
import { stepMastery, stepsWeakestFirst } from '../../src/progress/mastery.js';
import { session } from './sessions.js';

/** step id → [inOrder, sessions] for one method. */
function shares(sessions: Parameters<typeof stepMastery>[0], method: string): Record<string, [number, number, number]> {
  const m = stepMastery(sessions).find((x) => x.id === method);
  return Object.fromEntries((m?.steps ?? []).map((s) => [s.id, [s.inOrder, s.sessions, s.share]]));
}

describe('stepMastery', () => {
  it.each([
    ['one perfect session', [session({ score: 100, methods: { emotional: 'iii' } })], { willingness: [1, 1, 1], empathy: [1, 1, 1], responsibility: [1, 1, 1] }],
    [
      'out of order and missing both count as not in order',
      [session({ score: 70, methods: { emotional: 'ioi' } }), session({ score: 60, methods: { emotional: 'imi' } }), session({ score: 100, methods: { emotional: 'iii' } })],
      { willingness: [3, 3, 1], empathy: [1, 3, 0.3333], responsibility: [3, 3, 1] },
    ],
    [
      'abandoned sessions are not counted',
      [session({ methods: { emotional: 'mmm' } }), session({ score: 90, methods: { emotional: 'iim' } })],
      { willingness: [1, 1, 1], empathy: [1, 1, 1], responsibility: [0, 1, 0] },
    ],
  ])('%s', (_name, sessions, expected) => {
    expect(shares(sessions, 'emotional')).toEqual(expected);
  });

  it('lists methods by id, steps in the method’s order, with the session count', () => {
    const m = stepMastery([session({ score: 80, methods: { objection: 'iiiii', emotional: 'iii' } }), session({ score: 80, methods: { objection: 'mmmmm' } })]);
    expect(m.map((x) => [x.id, x.sessions, x.steps.map((s) => s.id)])).toEqual([
      ['emotional', 1, ['willingness', 'empathy', 'responsibility']],
      ['objection', 2, ['pause', 'restate', 'confirm', 'handle', 'check']],
    ]);
    expect(m[0]).toMatchObject({ name: 'emotional-zh', name_en: 'emotional-en' });
  });

  it('a method changed since: the latest session’s steps and names; each step counts the sessions that had it', () => {
    const old = session({ score: 50, methods: { emotional: 'iii' }, day: 1 });
    const renamed = session({ score: 50, methods: { emotional: 'imi' }, day: 2 });
    const latest = {
      ...renamed,
      methods: [{ method: { id: 'emotional', name: '新名', name_en: 'New name' }, steps: [{ id: 'willingness', name: '意愿', name_en: 'W', state: 'in-order' as const }] }],
    };
    const [m] = stepMastery([old, latest]);
    expect(m).toMatchObject({ name: '新名', sessions: 2, steps: [{ id: 'willingness', name: '意愿', inOrder: 2, sessions: 2, share: 1 }] });
  });

  it('nothing completed, nothing to say', () => {
    expect(stepMastery([])).toEqual([]);
    expect(stepMastery([session({ methods: { emotional: 'iii' } })])).toEqual([]);
  });
});

describe('stepsWeakestFirst', () => {
  const rank = (sessions: Parameters<typeof stepMastery>[0]): string[] => stepsWeakestFirst(stepMastery(sessions)).map((r) => `${r.method.id}/${r.step.id}`);

  it('lowest share first', () => {
    expect(rank([session({ score: 50, methods: { emotional: 'iim' } }), session({ score: 50, methods: { emotional: 'imi' } }), session({ score: 50, methods: { emotional: 'iii' } })]).slice(0, 1)).toEqual([
      'emotional/empathy',
    ]);
    expect(rank([session({ score: 50, methods: { emotional: 'iim' } }), session({ score: 50, methods: { emotional: 'iim' } }), session({ score: 50, methods: { emotional: 'imi' } })])[0]).toBe(
      'emotional/responsibility',
    );
  });

  it('ties go to the earlier place in the method, then to the id', () => {
    // empathy and responsibility both 0; pause (objection's 1st) and empathy (emotional's 2nd) tie at 0 too.
    expect(rank([session({ score: 50, methods: { emotional: 'imm' } })])).toEqual(['emotional/empathy', 'emotional/responsibility', 'emotional/willingness']);
    expect(rank([session({ score: 50, methods: { emotional: 'imi', objection: 'miiii' } })]).slice(0, 2)).toEqual(['objection/pause', 'emotional/empathy']);
    // Same share, same place: by id.
    expect(rank([session({ score: 50, methods: { emotional: 'mii', objection: 'miiii' } })]).slice(0, 2)).toEqual(['emotional/willingness', 'objection/pause']);
  });
});
