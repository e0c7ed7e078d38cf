import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/progress/records.js';
import { summarise } from '../../src/progress/summary.js';
import { ending, sessionStart, turnRecord } from '../store/records.js';

const record = (o: Partial<SessionRecord>): SessionRecord => ({
  ...sessionStart(),
  id: 7,
  lastActivityAt: '2025-03-01T09:05:00.000Z',
  status: 'completed',
  result: ending,
  turns: [turnRecord(0), turnRecord(1)],
  ...o,
});

describe('summarise', () => {
  it('gives each step of each graded method its state, in the method’s order', () => {
    const s = summarise(
      record({ result: { ...ending, score: 61, methods: [{ id: 'emotional-three-step', score: 50, performed: ['empathy', 'willingness'], missing: ['responsibility'], outOfOrder: ['willingness'] }] } }),
    );
    expect(s.score).toBe(61);
    expect(s.methods).toEqual([
      {
        method: { id: 'emotional-three-step', name: '情感三步曲', name_en: 'Emotional three-step' },
        steps: [
          { id: 'willingness', name: '表达服务意愿', name_en: 'Express willingness to help', state: 'out-of-order' },
          { id: 'empathy', name: '体谅客户情感', name_en: "Empathise with the customer's feelings", state: 'in-order' },
          { id: 'responsibility', name: '表示承担责任', name_en: 'Take responsibility', state: 'missing' },
        ],
      },
    ]);
    expect(s.faults).toEqual([{ id: 'dont-be-anxious', name: '请您别着急', name_en: 'Telling the customer not to be anxious' }]);
  });

  it('an abandoned session has no score and no verdicts, but its faults', () => {
    const { result: _none, ...started } = record({ status: 'abandoned', turns: [turnRecord(0), turnRecord(1)] });
    const s = summarise(started);
    expect(s).toMatchObject({ status: 'abandoned', methods: [] });
    expect(s.score).toBeUndefined();
    expect(s.faults.map((f) => f.id)).toEqual(['dont-be-anxious']);
  });
});
