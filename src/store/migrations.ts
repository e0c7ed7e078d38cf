import type { Database } from 'better-sqlite3';
import { StoreError } from './errors.js';

/**
 * kefu's mark in the database header (`PRAGMA application_id`): "kefu" in ASCII. A database
 * with another mark, or none yet with anything in it, belongs to another program.
 */
export const APPLICATION_ID = 0x6b656675;

/**
 * The schema, as the ordered steps that build it: migration N (1-based) takes a database at
 * `user_version` N − 1 to N. Steps are only ever appended; one that has shipped never changes.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: kefu's mark; sessions and their turns, quiz answers, review cards.
  `
  PRAGMA application_id = ${APPLICATION_ID};

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
  // The replies of each turn in the order the trainee saw them (JSON: authored 1-based
  // numbers), so review numbers them as shown; NULL when shown as authored or not shown.
  `
  ALTER TABLE turns ADD COLUMN shown TEXT;
  `,
];

/** The schema version this kefu writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Reads, never writes, whether `db` is kefu's and at a version this kefu knows, and returns
 * that version. Kefu's: it bears {@link APPLICATION_ID}, or it is blank (no mark, version 0,
 * no tables or indexes), as a file kefu has only just created is. Otherwise a {@link StoreError}:
 * `not-kefu` or `newer-schema`.
 */
export function checkKefuDatabase(db: Database, file: string): number {
  // One statement, so one snapshot: read apart, another kefu's first migration could commit
  // between the mark and the tables and make its database look like someone else's.
  const { id, version, objects } = db
    .prepare(
      `SELECT (SELECT application_id FROM pragma_application_id) AS id, (SELECT user_version FROM pragma_user_version) AS version,
              (SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%') AS objects`,
    )
    .get() as { id: number; version: number; objects: number };
  if (id !== APPLICATION_ID && (id !== 0 || version !== 0 || objects > 0)) {
    throw new StoreError('not-kefu', file, `application id ${id}, schema version ${version}, ${objects} tables or indexes`);
  }
  if (version > SCHEMA_VERSION) throw new StoreError('newer-schema', file, String(version));
  return version;
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
        // Checked again under the write lock: adding kefu's tables to someone else's database
        // would be writing over it.
        const version = checkKefuDatabase(db, file);
        if (version === SCHEMA_VERSION) return true;
        db.exec(MIGRATIONS[version]!);
        db.pragma(`user_version = ${version + 1}`);
        return false;
      })
      .immediate();
    if (done) return;
  }
}
