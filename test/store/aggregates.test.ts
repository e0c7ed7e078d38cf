import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarise, summaryOf } from '../../src/progress/summary.js';
import { Store } from '../../src/store/store.js';
import { ending, sessionStart, turnRecord } from './records.js';

const root = mkdtempSync(join(tmpdir(), 'kefu-aggregates-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('what lists and counts read without loading the turns', () => {
  it('headings and the faults of each session are those of the full records', async () => {
    const store = (await Store.open(join(root, 'kefu.db'), { create: true }))!;
    const fault = (id: string): { id: string; name: string; name_en: string; penalty: number } => ({ id, name: `名${id}`, name_en: `Name ${id}`, penalty: 5 });
    for (let i = 0; i < 6; i++) {
      const id = store.startSession(sessionStart({ startedAt: `2025-03-0${i + 1}T09:00:00.000Z`, trainee: i === 4 ? 'li' : 'wang' }));
      for (let t = 0; t < i; t++) store.addTurn(id, turnRecord(t, { faults: t % 2 === 0 ? [fault(`f${t}`), fault('cold')] : [], at: `2025-03-0${i + 1}T09:0${t}:30.000Z` }));
      if (i % 2 === 1) store.completeSession(id, { ...ending, score: 40 + i }, `2025-03-0${i + 1}T09:30:00.000Z`);
    }
    for (const trainee of ['wang', 'li', 'nobody']) {
      const full = store.sessions(trainee);
      expect(store.headings(trainee)).toEqual(full.map(({ turns, ...rest }) => ({ ...rest, turnCount: turns.length })));
      expect(store.headings(trainee, 2)).toEqual(store.headings(trainee).slice(0, 2));
      const read = store.sessionFaults(trainee);
      expect(read.map((s) => s.heading)).toEqual(store.headings(trainee));
      expect(read.map((s) => summaryOf(s.heading, s.faults))).toEqual(full.map(summarise));
      expect(store.summaries(trainee)).toEqual(full.map(summarise));
    }
    store.close();
  });
});
