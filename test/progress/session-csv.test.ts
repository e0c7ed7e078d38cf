import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/progress/records.js';
import { sessionsCsv, summariesFromCsv } from '../../src/progress/session-csv.js';
import { summarise } from '../../src/progress/summary.js';
import { ending, sessionStart, turnRecord } from '../store/records.js';

const completed: SessionRecord = {
  ...sessionStart({ title: '标题, "带引号"', startedAt: '2025-03-02T09:00:00.000Z' }),
  id: 2,
  lastActivityAt: '2025-03-02T09:05:00.000Z',
  endedAt: '2025-03-02T09:05:00.000Z',
  status: 'completed',
  result: { ...ending, score: 61, methods: [{ id: 'emotional-three-step', score: 50, performed: ['empathy', 'willingness'], missing: ['responsibility'], outOfOrder: ['willingness'] }] },
  turns: [turnRecord(0), turnRecord(1), turnRecord(2)],
};
const abandoned: SessionRecord = { ...sessionStart({ trainee: '=li', startedAt: '2025-03-01T09:00:00.000Z' }), id: 1, lastActivityAt: '2025-03-01T09:01:00.000Z', status: 'abandoned', turns: [turnRecord(1)] };

describe('sessionsCsv', () => {
  it('one row per session, oldest first, steps and faults as lists', () => {
    const text = sessionsCsv([completed, abandoned]);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('trainee,session,started_at,ended_at,scenario,title,personality,mode,status,score,grade,outcome,turns,steps,faults');
    expect(lines[1]).toBe("'=li,1,2025-03-01T09:00:00.000Z,,duck-blood-mini,鸭血迟迟不上（小样）,arrogant,practice,abandoned,,,,1,,dont-be-anxious");
    expect(lines[2]).toBe(
      'wang,2,2025-03-02T09:00:00.000Z,2025-03-02T09:05:00.000Z,duck-blood-mini,"标题, ""带引号""",arrogant,practice,completed,61,A,satisfied,3,' +
        'emotional-three-step/willingness=out-of-order;emotional-three-step/empathy=in-order;emotional-three-step/responsibility=missing,dont-be-anxious',
    );
    expect(lines[3]).toBe('');
  });
});

describe('summariesFromCsv', () => {
  it('reads back what sessionsCsv wrote as the sessions’ summaries, names aside', () => {
    const back = summariesFromCsv(sessionsCsv([completed, abandoned]));
    const ids = (n: { id: string }): { id: string; name: string; name_en: string } => ({ id: n.id, name: n.id, name_en: n.id });
    const expected = [abandoned, completed].map(summarise).map((s) => ({
      ...s,
      personality: ids(s.personality),
      methods: s.methods.map((m) => ({ method: ids(m.method), steps: m.steps.map((st) => ({ ...ids(st), state: st.state })) })),
      faults: s.faults.map(ids),
    }));
    expect(back).toEqual({ ok: true, sessions: expected });
  });

  it('takes names from the name book', () => {
    const names = {
      methods: new Map([[sessionStart().methods[0]!.id, sessionStart().methods[0]!]]),
      faults: new Map([['dont-be-anxious', { id: 'dont-be-anxious', name: '请您别着急', name_en: 'Do not be anxious' }]]),
      personalities: new Map([['arrogant', sessionStart().personality]]),
    };
    const back = summariesFromCsv(sessionsCsv([completed]), names);
    expect(back.ok && back.sessions[0]).toEqual({ ...summarise(completed), faults: [{ id: 'dont-be-anxious', name: '请您别着急', name_en: 'Do not be anxious' }] });
  });

  it.each([
    ['', /the file is empty/],
    ['a,b\r\n1,2\r\n', /not a kefu CSV export: no column 'trainee', 'session'/],
    [sessionsCsv([completed]).replace(',completed,', ',done,'), /row 2: status is 'done'/],
    [sessionsCsv([completed]).replace(',completed,61,', ',completed,,'), /row 2: a completed session needs a score/],
    [sessionsCsv([completed]).replace('=in-order', '=sometimes'), /row 2: 'emotional-three-step\/empathy=sometimes' in steps/],
    [sessionsCsv([completed]).replace('wang,2,', 'wang,two,'), /row 2: session is 'two'/],
  ])('refuses %j', (text, problem) => {
    const r = summariesFromCsv(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problem).toMatch(problem);
  });
});
