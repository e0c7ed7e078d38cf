// `npm run bench` (after a build): recording, beside a baseline measured in the same run, so
// the ratio means something on any machine. (Start-up, validate and the path analysis have
// their own suites: startup.mjs, validate.mjs and analysis.mjs.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Store } from '../../../.build/store/store.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const time = (fn) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
function row(label, value, baselineLabel, baseline, unit) {
  const ratio = unit === 'files/s' ? baseline / value : value / baseline;
  console.log(`  ${label.padEnd(34)} ${value.toFixed(unit === 'files/s' ? 0 : 1).padStart(9)} ${unit}   ${baselineLabel.padEnd(26)} ${baseline.toFixed(unit === 'files/s' ? 0 : 1).padStart(9)} ${unit}   ×${ratio.toFixed(2)}`);
}

const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-'));
try {
  const big = join(dir, 'scenario.yaml');
  // 4. Recording: 1,000 turns written as play writes them (each its own transaction), beside
  // the same rows inserted one by one into a bare table of a database with the same settings
  // (WAL, synchronous NORMAL).
  const TURNS = 1000;
  const method = { id: 'm', name: 'm', name_en: 'm', steps: [{ id: 's', name: 's', name_en: 's' }] };
  const turns = Array.from({ length: TURNS }, (_, i) => ({
    seq: i,
    node: `node-${i}`,
    customer: '服务员！我加的鸭血呢？等了二十分钟了！',
    choice: 2,
    reply: '真不好意思让您久等了，我这就帮您去催。',
    moves: [{ method: 'm', step: 's' }],
    faults: [{ id: 'cold', name: '冷漠', name_en: 'Cold', penalty: 8 }],
    moodBefore: 25,
    mood: 41,
    feedback: '先道歉再把事揽下来。',
    at: new Date(Date.UTC(2025, 2, 1, 9, 0, i)).toISOString(),
  }));
  const storeTimes = [];
  const bareTimes = [];
  for (let r = 0; r < 3; r++) {
    const store = await Store.open(join(dir, `store-${r}`, 'kefu.db'), { create: true });
    const id = store.startSession({
      trainee: 'bench',
      scenario: 's',
      title: 't',
      file: big,
      fileHash: '0',
      mode: 'scripted',
      customerName: 'c',
      personality: { id: 'p', name: 'p', name_en: 'p' },
      methods: [method],
      startMood: 25,
      startedAt: new Date().toISOString(),
    });
    storeTimes.push(time(() => turns.forEach((t) => store.addTurn(id, t))));
    store.close();
    const db = new Database(join(dir, `bare-${r}.db`));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE bare (session_id, seq, node, customer, choice, reply, moves, faults, mood_before, mood, feedback, at)');
    const insert = db.prepare('INSERT INTO bare VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    bareTimes.push(time(() => turns.forEach((t) => insert.run(1, t.seq, t.node, t.customer, t.choice, t.reply, JSON.stringify(t.moves), JSON.stringify(t.faults), t.moodBefore, t.mood, t.feedback, t.at))));
    db.close();
  }
  console.log(`recording ${TURNS.toLocaleString('en')} turns, one transaction each (median of 3)`);
  row('store.addTurn', median(storeTimes), 'bare INSERT, autocommit', median(bareTimes), 'ms');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
