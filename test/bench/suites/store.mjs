// The history: `history`, `progress`, `export` and a recording `play` on stores of 0, 1,000 and
// 10,000 sessions, each beside bare better-sqlite3 reads of the same rows (a recording play
// beside the same play with --no-save), and recording turn by turn beside bare INSERTs.
//
// First, in this process, what each command reads from the store and works out from it (the
// targets: history within ×1.5 and progress within ×2 of the bare reads at 10,000 sessions),
// then the whole commands through the CLI's `run`, argument parsing and output included;
// `progress` is offered the two scenarios of a test catalogue, so parsing the bundled library
// (not the store's work) stays out. Plays run as child processes, as a trainee runs them (the
// target: within ×1.2 of --no-save), and so, for reference, do `history` and `progress`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { run } from '../../../.build/cli/main.js';
import { exportDocument } from '../../../.build/progress/export.js';
import { progressOf, quizProgress } from '../../../.build/progress/progress.js';
import { Store } from '../../../.build/store/store.js';
import { FAULTS, generate, METHODS, PERSONALITIES, TRAINEE } from '../history.mjs';
import { paired, row, section, spawnTime, time } from '../lib.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/kefu.js');
const MINI = join(ROOT, 'test/fixtures/engine/duck-blood-mini.yaml');
const CATALOGUE = join(ROOT, 'test/fixtures/progress/catalogue');

const sink = () => new Writable({ write: (_c, _e, cb) => cb() });

/** Runs kefu in this process with its output discarded; fails when it does not exit 0. */
async function kefu(args, home) {
  const io = { stdin: process.stdin, stdout: sink(), stderr: sink(), env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', KEFU_HOME: home, KEFU_TRAINEE: TRAINEE }, cwd: ROOT, scenariosDir: CATALOGUE };
  const code = await run(args, io);
  if (code !== 0) throw new Error(`kefu ${args.join(' ')} exited ${code}`);
}

/** Bare better-sqlite3 reads of the rows each command reads, opened read-only, as the command opens it. */
const BARE = {
  history: (db) => db.prepare(`SELECT s.*, (SELECT count(*) FROM turns t WHERE t.session_id = s.id) AS turns FROM sessions s WHERE trainee = ? ORDER BY started_at DESC, id DESC LIMIT 20`).all(TRAINEE),
  progress: (db) => {
    db.prepare('SELECT * FROM sessions WHERE trainee = ? ORDER BY started_at DESC, id DESC').all(TRAINEE);
    db.prepare("SELECT t.session_id, t.faults FROM sessions s JOIN turns t ON t.session_id = s.id WHERE s.trainee = ? AND t.faults <> '[]'").all(TRAINEE);
    db.prepare('SELECT * FROM cards WHERE trainee = ?').all(TRAINEE);
  },
  export: (db) => {
    db.prepare('SELECT * FROM sessions WHERE trainee = ?').all(TRAINEE);
    db.prepare('SELECT t.* FROM sessions s JOIN turns t ON t.session_id = s.id WHERE s.trainee = ? ORDER BY t.session_id, t.seq').all(TRAINEE);
    db.prepare('SELECT * FROM quiz_answers WHERE trainee = ?').all(TRAINEE);
  },
};

function bare(home, read) {
  const file = join(home, 'kefu.db');
  return () => {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      read(db);
    } finally {
      db.close();
    }
  };
}

/** The same read as a child process of node: start-up and loading better-sqlite3 included. */
function bareProcess(home, which) {
  const file = join(home, 'kefu.db');
  const body = BARE[which].toString();
  const script = `const D = require('better-sqlite3'); const TRAINEE = ${JSON.stringify(TRAINEE)}; const db = new D(${JSON.stringify(file)}, { readonly: true, fileMustExist: true }); (${body})(db); db.close();`;
  return () => spawnTime(['-e', script], { cwd: ROOT, expectStatus: 0 });
}

const SIZES = [0, 1000, 10_000];
const TARGETS = { history: 1.5, progress: 2 };
const homes = new Map();
const started = performance.now();
try {
  for (const n of SIZES) homes.set(n, await generate(n));
  console.log(`(generated ${SIZES.map((n) => n.toLocaleString('en')).join(', ')} sessions in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

  for (const n of SIZES) {
    const home = homes.get(n);
    const file = join(home, 'kefu.db');
    const runs = n === 10_000 ? 7 : 11;
    section(`${n.toLocaleString('en')} sessions: what each command reads and works out, in this process (medians of ${runs} paired runs)`);
    const withStore = (work) => async () => {
      const store = await Store.open(file, { create: false });
      if (!store) return;
      try {
        work(store);
      } finally {
        store.close();
      }
    };
    const now = new Date();
    const figures = {
      history: withStore((store) => store.headings(TRAINEE, 20)),
      progress: withStore((store) => JSON.stringify(progressOf(TRAINEE, store.summaries(TRAINEE), [], quizProgress(store.cards(TRAINEE), now)))),
      export: withStore((store) => JSON.stringify(exportDocument(store.sessions(TRAINEE), store.answers(TRAINEE), now.toISOString()))),
    };
    for (const which of ['history', 'progress', 'export']) {
      const r = await paired(figures[which], bare(home, BARE[which]), runs);
      row(`store: what ${which} reads${which === 'history' ? '' : ' and works out'}`, r.subject, 'bare reads of the same rows', r.baseline, n === 10_000 && TARGETS[which] ? { target: TARGETS[which] } : {});
    }
    // The whole commands, argument parsing and output included.
    for (const args of [['history'], ['progress', '--json'], ['export'], ['export', '--format', 'csv']]) {
      const which = args[0] === 'export' && args.length > 1 ? 'progress' : args[0];
      const r = await paired(() => kefu(args, home), bare(home, BARE[which]), runs);
      row(`kefu ${args.join(' ')}`, r.subject, 'bare reads of the same rows', r.baseline);
    }
  }

  for (const n of SIZES) {
    const home = homes.get(n);
    section(`${n.toLocaleString('en')} sessions: as child processes (medians of paired runs: 7 or 11 for play, 5 for the rest)`);
    const env = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', KEFU_HOME: home, KEFU_TRAINEE: TRAINEE };
    const play = (extra) => () => spawnTime([BIN, 'play', MINI, '--answers', '2,1', '--json', ...extra], { cwd: ROOT, env, expectStatus: 0 });
    const p = await paired(play([]), play(['--no-save']), n === 10_000 ? 11 : 7);
    row('kefu play --answers (recording)', p.subject, 'the same play with --no-save', p.baseline, n === 10_000 ? { target: 1.2 } : {});
    for (const which of ['history', 'progress']) {
      const r = await paired(() => spawnTime([BIN, which], { cwd: ROOT, env, expectStatus: 0 }), bareProcess(home, which), 5);
      row(`kefu ${which} (whole process)`, r.subject, 'node: bare reads of the same rows', r.baseline);
    }
  }

  // Recording: 1,000 turns written as play writes them (each its own transaction), beside the
  // same rows inserted one by one into a bare table of a database with the same settings (WAL,
  // synchronous NORMAL).
  section('recording 1,000 turns, one transaction each (medians of 3)');
  const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-turns-'));
  homes.set('turns', dir);
  const TURNS = 1000;
  const turns = Array.from({ length: TURNS }, (_, i) => ({
    seq: i,
    node: `node-${i}`,
    customer: '服务员！我加的鸭血呢？等了二十分钟了！',
    choice: 2,
    reply: '真不好意思让您久等了，我这就帮您去催。',
    moves: [{ method: 'emotional-three-step', step: 'willingness' }],
    faults: [FAULTS[2]],
    moodBefore: 25,
    mood: 41,
    feedback: '先道歉再把事揽下来。',
    at: new Date(Date.UTC(2025, 2, 1, 9, 0, i)).toISOString(),
  }));
  const storeTimes = [];
  const bareTimes = [];
  for (let r = 0; r < 3; r++) {
    mkdirSync(join(dir, `store-${r}`));
    const store = await Store.open(join(dir, `store-${r}`, 'kefu.db'), { create: true });
    const id = store.startSession({
      trainee: 'bench',
      scenario: 's',
      title: 't',
      file: MINI,
      fileHash: '0',
      mode: 'scripted',
      customerName: 'c',
      personality: PERSONALITIES[0],
      methods: METHODS,
      startMood: 25,
      startedAt: new Date().toISOString(),
    });
    storeTimes.push(await time(() => turns.forEach((t) => store.addTurn(id, t))));
    store.close();
    const db = new Database(join(dir, `bare-${r}.db`));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE bare (session_id, seq, node, customer, choice, reply, moves, faults, mood_before, mood, feedback, at)');
    const insert = db.prepare('INSERT INTO bare VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    bareTimes.push(await time(() => turns.forEach((t) => insert.run(1, t.seq, t.node, t.customer, t.choice, t.reply, JSON.stringify(t.moves), JSON.stringify(t.faults), t.moodBefore, t.mood, t.feedback, t.at))));
    db.close();
  }
  row('store.addTurn', storeTimes, 'bare INSERT, autocommit', bareTimes);
} finally {
  for (const home of homes.values()) rmSync(home, { recursive: true, force: true });
}
