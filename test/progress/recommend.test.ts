import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../../src/progress/recommend.js';
import { personalityScores, recommend } from '../../src/progress/recommend.js';
import { candidate, session } from './sessions.js';

const library = [
  candidate('hotpot', 'arrogant', ['emotional'], 1),
  candidate('toilet', 'reserved', ['objection'], 3),
  candidate('refund', 'arrogant', ['objection'], 2),
  candidate('welcome', 'plain', ['emotional', 'objection'], 1),
];

const pick = (r: Recommendation): string | undefined => r.scenario?.id;

describe('recommend', () => {
  it('with no history: the easiest scenario (then by id), or none without a library', () => {
    expect(recommend([], library)).toEqual({ kind: 'first', scenario: library[0] });
    expect(recommend([session({ methods: { emotional: 'iii' } })], library)).toMatchObject({ kind: 'first', scenario: { id: 'hotpot' } });
    expect(recommend([], [])).toEqual({ kind: 'first' });
  });

  it('a seeded history: restate is weakest, reserved customers go worst, so the reserved objection scenario', () => {
    const history = [
      session({ scenario: 'hotpot', personality: 'arrogant', score: 85, methods: { emotional: 'iii' } }),
      session({ scenario: 'refund', personality: 'arrogant', score: 70, methods: { objection: 'iiiii' } }),
      session({ scenario: 'toilet', personality: 'reserved', score: 55, methods: { objection: 'imiii' }, faults: ['cold'] }),
      session({ scenario: 'toilet', personality: 'reserved', score: 45, methods: { objection: 'imioi' } }),
      session({ scenario: 'welcome', personality: 'plain', score: 90, methods: { emotional: 'iii', objection: 'iimii' } }),
    ];
    const r = recommend(history, library);
    expect(r).toMatchObject({
      kind: 'practise',
      step: { method: { id: 'objection' }, step: { id: 'restate', inOrder: 2, sessions: 4, share: 0.5 } },
      personality: { personality: { id: 'reserved' }, average: 50, sessions: 2 },
      scenario: { id: 'toilet' },
    });
  });

  it('among scenarios for the step: the worst personality, then played least, then lowest best score, then easiest, then id', () => {
    const weakObjection = { objection: 'mmmmm' };
    const cands = [candidate('a', 'plain', ['objection'], 2), candidate('b', 'plain', ['objection'], 1), candidate('c', 'touchy', ['objection'], 5), candidate('d', 'touchy', ['objection'], 5)];
    // touchy is worst: c or d; d played less.
    const h1 = [session({ scenario: 'x', personality: 'touchy', score: 10, methods: weakObjection }), session({ scenario: 'c', personality: 'touchy', score: 30, methods: weakObjection }), session({ scenario: 'y', personality: 'plain', score: 90, methods: weakObjection })];
    expect(pick(recommend(h1, cands))).toBe('d');
    // Same plays: lower best score.
    const h2 = [...h1, session({ scenario: 'd', personality: 'touchy', score: 40, methods: weakObjection })];
    expect(pick(recommend(h2, cands))).toBe('c');
    // No candidate with the worst personality: played least, then easiest, then id.
    const h3 = [session({ scenario: 'z', personality: 'grumpy', score: 5, methods: weakObjection }), session({ scenario: 'a', personality: 'plain', score: 50, methods: weakObjection })];
    expect(pick(recommend(h3, cands.slice(0, 2)))).toBe('b');
    expect(pick(recommend(h3, [candidate('q', 'plain', ['objection'], 1), candidate('p', 'plain', ['objection'], 1)]))).toBe('p');
  });

  it('when no scenario grades the weakest step, the next weakest that one does', () => {
    const history = [session({ score: 50, methods: { emotional: 'iii', objection: 'mmiii' } }), session({ score: 50, methods: { emotional: 'imi' } })];
    const onlyEmotional = [candidate('hotpot', 'arrogant', ['emotional'])];
    expect(recommend(history, onlyEmotional)).toMatchObject({ kind: 'practise', step: { step: { id: 'empathy' } }, scenario: { id: 'hotpot' } });
    expect(recommend(history, [])).toMatchObject({ kind: 'practise', step: { step: { id: 'pause' } } });
    expect(recommend(history, []).scenario).toBeUndefined();
  });
});

describe('personalityScores', () => {
  it('averages completed sessions per personality, worst first', () => {
    const scores = personalityScores([
      session({ personality: 'plain', score: 90 }),
      session({ personality: 'touchy', score: 40 }),
      session({ personality: 'touchy', score: 61 }),
      session({ personality: 'grumpy' }),
    ]);
    expect(scores.map((s) => [s.personality.id, s.average, s.sessions])).toEqual([
      ['touchy', 50.5, 2],
      ['plain', 90, 1],
    ]);
  });
});
