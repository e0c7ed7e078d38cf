import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.js';

/**
 * The schema, as the ordered steps that build it: migration N (1-based) takes a database at
 * `user_version` N − 1 to N. Steps are only ever appended; one that has shipped never changes.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: sessions and their turns, quiz answers, review cards.
  `
  CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    trainee TEXT NOT NULL,
    scenario TEXT NOT NULL,
    title TEXT NOT NULL,
    file TEXT NOT NULL,
    file_hash TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('practice', 'exam', 'scripted')),
    customer_name TEXT NOT NULL,
    personality TEXT NOT NULL,          -- JSON: {id, name, name_en}
    methods TEXT NOT NULL,              -- JSON: [{id, name, name_en, steps: [{id, name, name_en}]}]
    start_mood INTEGER NOT NULL,
    started_at TEXT NOT NULL,           -- ISO 8601, UTC
    ended_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('completed', 'abandoned')),
    ending TEXT,
    outcome TEXT,
    score INTEGER,
    grade TEXT,
    method_results TEXT                 -- JSON: [{id, score, performed, missing, outOfOrder}]
  );
  CREATE INDEX sessions_by_trainee ON sessions (trainee, started_at);
  CREATE INDEX sessions_by_scenario ON sessions (trainee, scenario);

  CREATE TABLE turns (
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    seq INTEGER NOT NULL,
    node TEXT NOT NULL,
    customer TEXT NOT NULL,
    choice INTEGER NOT NULL,
    reply TEXT NOT NULL,
    moves TEXT NOT NULL,                -- JSON: [{method, step}]
    faults TEXT NOT NULL,               -- JSON: [{id, name, name_en, penalty}]
    mood_before INTEGER NOT NULL,
    mood INTEGER NOT NULL,
    feedback TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
  ) WITHOUT ROWID;

  CREATE TABLE quiz_answers (
    id INTEGER PRIMARY KEY,
    trainee TEXT NOT NULL,
    quiz TEXT NOT NULL,
    question TEXT NOT NULL,
    correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
    credit REAL NOT NULL,
    answered_at TEXT NOT NULL
  );
  CREATE INDEX quiz_answers_by_trainee ON quiz_answers (trainee, answered_at);

  CREATE TABLE cards (
    trainee TEXT NOT NULL,
    question TEXT NOT NULL,
    due TEXT NOT NULL,
    stability REAL NOT NULL,
    difficulty REAL NOT NULL,
    elapsed_days REAL NOT NULL,
    scheduled_days REAL NOT NULL,
    learning_steps INTEGER NOT NULL,
    reps INTEGER NOT NULL,
    lapses INTEGER NOT NULL,
    state INTEGER NOT NULL,
    last_review TEXT,
    PRIMARY KEY (trainee, question)
  ) WITHOUT ROWID;
  CREATE INDEX cards_by_due ON cards (trainee, due);
  `,
];

/** The schema version this kefu writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to {@link SCHEMA_VERSION}, one migration per transaction, each
 * setting `user_version` in the same transaction: a crash leaves the database at a version it
 * really has. Transactions take the write lock first (IMMEDIATE), and the version is read again
 * inside, so two processes opening a new database at once migrate it once.
 */
export function migrate(db: Database, file: string): void {
  if (schemaVersion(db) === SCHEMA_VERSION) return;
  for (;;) {
    const done = db
      .transaction((): boolean => {
        const version = schemaVersion(db);
        if (version > SCHEMA_VERSION) throw new StoreError('newer', file, String(version));
        if (version === SCHEMA_VERSION) return true;
        if (version === 0) {
          const objects = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
          // Someone else's database: adding kefu's tables to it would be writing over it.
          if (objects.n > 0) throw new StoreError('foreign', file, `${objects.n} tables or indexes of another program`);
        }
        db.exec(MIGRATIONS[version]!);
        db.pragma(`user_version = ${version + 1}`);
        return false;
      })
      .immediate();
    if (done) return;
  }
}
