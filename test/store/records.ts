import type { SessionEnding, SessionStart, TurnRecord } from '../../src/progress/records.js';

/** A session start as play would record it, for store tests. */
export function sessionStart(overrides: Partial<SessionStart> = {}): SessionStart {
  return {
    trainee: 'wang',
    scenario: 'duck-blood-mini',
    title: '鸭血迟迟不上（小样）',
    file: '/lib/duck-blood-mini.yaml',
    fileHash: 'ab'.repeat(32),
    mode: 'practice',
    customerName: '王先生',
    personality: { id: 'arrogant', name: '傲慢型', name_en: 'Arrogant' },
    methods: [
      {
        id: 'emotional-three-step',
        name: '情感三步曲',
        name_en: 'Emotional three-step',
        steps: [
          { id: 'willingness', name: '表达服务意愿', name_en: 'Express willingness to help' },
          { id: 'empathy', name: '体谅客户情感', name_en: "Empathise with the customer's feelings" },
          { id: 'responsibility', name: '表示承担责任', name_en: 'Take responsibility' },
        ],
      },
    ],
    startMood: 25,
    startedAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
}

/** The n-th turn (0-based) of a session, a second apart. */
export function turnRecord(seq: number, overrides: Partial<TurnRecord> = {}): TurnRecord {
  return {
    seq,
    node: `node-${seq}`,
    customer: `customer line ${seq}`,
    choice: 1,
    reply: `reply ${seq}`,
    moves: [{ method: 'emotional-three-step', step: 'willingness' }],
    faults: seq === 1 ? [{ id: 'dont-be-anxious', name: '请您别着急', name_en: 'Telling the customer not to be anxious', penalty: 8 }] : [],
    moodBefore: 25 + seq,
    mood: 26 + seq,
    at: new Date(Date.parse('2025-03-01T09:00:00.000Z') + (seq + 1) * 1000).toISOString(),
    ...overrides,
  };
}

export const ending: SessionEnding = {
  ending: 'happy-end',
  outcome: 'satisfied',
  score: 100,
  grade: 'A',
  methods: [{ id: 'emotional-three-step', score: 100, performed: ['willingness', 'empathy', 'responsibility'], missing: [], outOfOrder: [] }],
};
