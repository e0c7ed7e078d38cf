import { describe, expect, it } from 'vitest';
import { teamReport } from '../../src/progress/report.js';
import { session } from './sessions.js';

describe('teamReport', () => {
  it('one entry per trainee, by name: sessions, average over completed ones, mastery and faults', () => {
    const r = teamReport([
      session({ trainee: 'wang', score: 80, methods: { emotional: 'imi' }, faults: ['cold'] }),
      session({ trainee: 'li', score: 90, methods: { emotional: 'iii', objection: 'imiii' } }),
      session({ trainee: 'wang', score: 55, methods: { emotional: 'iii' }, faults: ['cold', 'argue'] }),
      session({ trainee: 'wang', faults: ['cold'] }),
    ]);
    expect(r.sessions).toBe(4);
    expect(r.methods.map((m) => [m.id, m.steps.map((s) => s.id)])).toEqual([
      ['emotional', ['willingness', 'empathy', 'responsibility']],
      ['objection', ['pause', 'restate', 'confirm', 'handle', 'check']],
    ]);
    expect(r.trainees.map((t) => [t.trainee, t.sessions, t.completed, t.averageScore])).toEqual([
      ['li', 1, 1, 90],
      ['wang', 3, 2, 67.5],
    ]);
    const wang = r.trainees[1]!;
    expect(wang.methods.map((m) => [m.id, m.steps.map((s) => s.share)])).toEqual([['emotional', [1, 0.5, 1]]]);
    expect(wang.faults.map((f) => [f.id, f.count])).toEqual([
      ['cold', 3],
      ['argue', 1],
    ]);
  });

  it('counts a session given twice once', () => {
    const a = session({ trainee: 'wang', score: 80, methods: { emotional: 'iii' } });
    const b = session({ trainee: 'wang', score: 40, methods: { emotional: 'mmm' } });
    const r = teamReport([a, b, a, { ...b }]);
    expect(r.sessions).toBe(2);
    expect(r.trainees[0]).toMatchObject({ sessions: 2, averageScore: 60 });
    // Same id and time, another trainee: another session.
    expect(teamReport([a, { ...a, trainee: 'li' }]).sessions).toBe(2);
  });

  it('a trainee with no completed session has no average', () => {
    const r = teamReport([session({ trainee: 'zhao' })]);
    expect(r.trainees[0]).toEqual({ trainee: 'zhao', sessions: 1, completed: 0, methods: [], faults: [] });
    expect(teamReport([])).toEqual({ sessions: 0, methods: [], trainees: [] });
  });
});
