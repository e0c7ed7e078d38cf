// A history as kefu records it, generated quickly for the store's benchmark: sessions with
// their turns, written in one transaction. Plain JS so `npm run bench` needs no compiler.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Store } from '../../.build/store/store.js';

/** Whose sessions they are. */
export const TRAINEE = 'wang';

export const METHODS = [
  {
    id: 'emotional-three-step',
    name: '情感三步曲',
    name_en: 'Emotional three-step',
    steps: [
      { id: 'willingness', name: '表达服务意愿', name_en: 'Express willingness to help', weight: 1 },
      { id: 'empathy', name: '体谅客户情感', name_en: "Empathise with the customer's feelings", weight: 1.5 },
      { id: 'responsibility', name: '表示承担责任', name_en: 'Take responsibility', weight: 1 },
    ],
  },
  {
    id: 'objection-five-step',
    name: '异议处理五步',
    name_en: 'Five objection steps',
    steps: ['pause', 'restate', 'confirm', 'handle', 'check-satisfaction'].map((id) => ({ id, name: id, name_en: id, weight: 1 })),
  },
];
export const FAULTS = [
  { id: 'shift-blame', name: '推卸责任', name_en: 'Shifting blame', penalty: 8 },
  { id: 'dont-be-anxious', name: '请您别着急', name_en: 'Telling the customer not to be anxious', penalty: 5 },
  { id: 'cold', name: '冷漠', name_en: 'Cold', penalty: 6 },
];
const SCENARIOS = ['hotpot-duck-blood', 'hotpot-wrong-bill', 'property-leak', 'toilet-scale', 'sanbao-refund-day-10', 'car-window-rain'];
export const PERSONALITIES = [
  { id: 'arrogant', name: '傲慢型', name_en: 'Arrogant' },
  { id: 'reserved', name: '内敛型', name_en: 'Reserved' },
  { id: 'easygoing', name: '随和型', name_en: 'Easygoing' },
];

/**
 * A data folder with `sessions` sessions of TRAINEE's (3 to 8 turns each, about 5.5 on average,
 * some with faults, one in ten abandoned), as play records them, written in one transaction.
 */
export async function generate(sessions) {
  const home = mkdtempSync(join(tmpdir(), `kefu-bench-store-${sessions}-`));
  const file = join(home, 'kefu.db');
  (await Store.open(file, { create: true })).close();
  const db = new Database(file);
  const insertSession = db.prepare(
    `INSERT INTO sessions (id, trainee, scenario, title, file, file_hash, mode, customer_name, personality, methods, start_mood, started_at, ended_at, status, ending, outcome, score, grade, method_results)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTurn = db.prepare('INSERT INTO turns (session_id, seq, node, customer, choice, reply, moves, faults, mood_before, mood, feedback, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const methods = JSON.stringify(METHODS);
  db.transaction(() => {
    for (let i = 1; i <= sessions; i++) {
      const start = Date.UTC(2024, 0, 1) + i * 3_600_000;
      const turns = 3 + (i % 6);
      const completed = i % 10 !== 0;
      const score = 40 + ((i * 37) % 61);
      const results = METHODS.map((m, k) => ({
        id: m.id,
        score: (score + k * 7) % 101,
        performed: m.steps.filter((_, s) => (i + s + k) % 3 !== 0).map((s) => s.id),
        missing: m.steps.filter((_, s) => (i + s + k) % 3 === 0).map((s) => s.id),
        outOfOrder: m.steps.filter((_, s) => (i + s) % 7 === 0).map((s) => s.id),
      }));
      const scenario = SCENARIOS[i % SCENARIOS.length];
      insertSession.run(
        i,
        TRAINEE,
        scenario,
        `情景 ${scenario}`,
        `/lib/${scenario}.yaml`,
        'ab'.repeat(32),
        i % 3 === 0 ? 'exam' : 'practice',
        '王先生',
        JSON.stringify(PERSONALITIES[i % PERSONALITIES.length]),
        methods,
        25 + (i % 30),
        new Date(start).toISOString(),
        new Date(start + 300_000).toISOString(),
        completed ? 'completed' : 'abandoned',
        completed ? 'won' : null,
        completed ? 'satisfied' : null,
        completed ? score : null,
        completed ? 'B' : null,
        completed ? JSON.stringify(results) : null,
      );
      for (let t = 0; t < turns; t++) {
        const faults = (i + t) % 4 === 0 ? [FAULTS[(i + t) % FAULTS.length]] : [];
        insertTurn.run(
          i,
          t,
          `node-${t}`,
          '服务员！我加的鸭血呢？等了二十分钟了！你们到底还做不做生意？',
          1 + ((i + t) % 3),
          '真不好意思让您久等了，我这就帮您去后厨催一下，马上给您端上来。',
          JSON.stringify([{ method: METHODS[t % 2].id, step: METHODS[t % 2].steps[t % 3].id }]),
          JSON.stringify(faults),
          25 + t * 5,
          30 + t * 5,
          t % 2 === 0 ? '先道歉，再把事揽下来。' : null,
          new Date(start + t * 30_000).toISOString(),
        );
      }
    }
  })();
  db.close();
  return home;
}

