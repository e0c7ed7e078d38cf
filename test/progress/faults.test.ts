import { describe, expect, it } from 'vitest';
import { faultCounts } from '../../src/progress/faults.js';
import { session } from './sessions.js';

describe('faultCounts', () => {
  it.each([
    ['none', [session({ score: 100 })], []],
    [
      'most frequent first, then by id; sessions counted once each',
      [session({ score: 40, faults: ['cold', 'argue', 'cold'] }), session({ score: 60, faults: ['argue'] }), session({ score: 70, faults: ['jargon'] })],
      [
        ['argue', 2, 2],
        ['cold', 2, 1],
        ['jargon', 1, 1],
      ],
    ],
    ['abandoned sessions count: the fault was made', [session({ faults: ['cold'] }), session({ score: 90 })], [['cold', 1, 1]]],
  ])('%s', (_name, sessions, expected) => {
    expect(faultCounts(sessions).map((f) => [f.id, f.count, f.sessions])).toEqual(expected);
  });

  it('names come from the latest session', () => {
    const old = session({ score: 50, faults: ['cold'], day: 1 });
    const latest = { ...session({ score: 50, day: 2 }), faults: [{ id: 'cold', name: '冷淡', name_en: 'Cold' }] };
    expect(faultCounts([latest, old])).toEqual([{ id: 'cold', name: '冷淡', name_en: 'Cold', count: 2, sessions: 2 }]);
  });
});
