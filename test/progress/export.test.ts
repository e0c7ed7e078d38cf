import { describe, expect, it } from 'vitest';
import { exportDocument, parseExport } from '../../src/progress/export.js';
import type { SessionRecord } from '../../src/progress/records.js';
import { ending, sessionStart, turnRecord } from '../store/records.js';

const session = (id: number, startedAt: string, o: Partial<SessionRecord> = {}): SessionRecord => ({
  ...sessionStart({ startedAt }),
  id,
  lastActivityAt: startedAt,
  endedAt: startedAt,
  status: 'completed',
  result: ending,
  turns: [turnRecord(0), turnRecord(1, { feedback: '别甩锅' })],
  ...o,
});
const answer = { trainee: 'wang', quiz: 'mini', question: 'q', correct: true, credit: 1, answeredAt: '2025-03-01T10:00:00.000Z' };

describe('exportDocument and parseExport', () => {
  it('put sessions oldest first and read back exactly, through JSON', () => {
    const doc = exportDocument([session(2, '2025-03-02T09:00:00.000Z'), session(1, '2025-03-01T09:00:00.000Z', { status: 'abandoned', result: undefined, endedAt: undefined })], [answer], '2025-03-03T00:00:00.000Z');
    expect(doc.sessions.map((s) => s.id)).toEqual([1, 2]);
    const back = parseExport(JSON.parse(JSON.stringify(doc)));
    expect(back).toEqual({ ok: true, document: JSON.parse(JSON.stringify(doc)) });
  });

  it.each([
    [null, /not a kefu export/],
    ['kefu-export', /not a kefu export/],
    [42, /not a kefu export/],
    [[], /not a kefu export/],
    [{ hello: 1 }, /not a kefu export/],
    [{ format: 'kefu-export', version: 2, exportedAt: 'x', sessions: [], answers: [] }, /written by a newer kefu \(export version 2; this kefu reads 1\)/],
    [{ format: 'kefu-export', version: 1, exportedAt: 'x', sessions: [{ id: 1 }], answers: [] }, /^sessions\[0\]\.trainee: /],
    [{ format: 'kefu-export', version: 1, exportedAt: 'x', sessions: [], answers: [{ ...answer, correct: 'yes' }] }, /^answers\[0\]\.correct: /],
  ])('refuses %j', (value, problem) => {
    const r = parseExport(value);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problem).toMatch(problem);
  });
});
