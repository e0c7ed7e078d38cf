import type { Database } from 'better-sqlite3';
import type { Grade } from '../grading/grade.js';
import type { Outcome } from '../model/schema.js';
import type { SessionSummary } from '../progress/summary.js';
import { summaryOf } from '../progress/summary.js';
import { statement } from './statements.js';
import type { MethodOutcome, MethodSnapshot, Named, SessionEnding, SessionHeading, SessionMode, SessionRecord, SessionStart, SessionStatus, TurnRecord } from '../progress/records.js';

interface SessionRow {
  id: number;
  trainee: string;
  scenario: string;
  title: string;
  file: string;
  file_hash: string;
  mode: SessionMode;
  customer_name: string;
  personality: string;
  methods: string;
  start_mood: number;
  started_at: string;
  ended_at: string | null;
  status: SessionStatus;
  ending: string | null;
  outcome: Outcome | null;
  score: number | null;
  grade: Grade | null;
  method_results: string | null;
}

interface TurnRow {
  session_id: number;
  seq: number;
  node: string;
  customer: string;
  choice: number;
  reply: string;
  moves: string;
  faults: string;
  mood_before: number;
  mood: number;
  feedback: string | null;
  at: string;
}

/** Inserts a session as `abandoned` with no end time: what a killed process leaves is right. */
export function insertSession(db: Database, s: SessionStart): number {
  const info = statement(
    db,
    `INSERT INTO sessions (trainee, scenario, title, file, file_hash, mode, customer_name, personality, methods, start_mood, started_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'abandoned')`,
  ).run(s.trainee, s.scenario, s.title, s.file, s.fileHash, s.mode, s.customerName, JSON.stringify(s.personality), JSON.stringify(s.methods), s.startMood, s.startedAt);
  return Number(info.lastInsertRowid);
}

/** One turn: a single row, so a single statement. */
export function insertTurn(db: Database, sessionId: number, t: TurnRecord): void {
  statement(
    db,
    `INSERT INTO turns (session_id, seq, node, customer, choice, reply, moves, faults, mood_before, mood, feedback, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(sessionId, t.seq, t.node, t.customer, t.choice, t.reply, JSON.stringify(t.moves), JSON.stringify(t.faults), t.moodBefore, t.mood, t.feedback ?? null, t.at);
}

/** Marks a session completed with its result and end time. */
export function completeSession(db: Database, sessionId: number, e: SessionEnding, at: string): void {
  statement(
    db,
    `UPDATE sessions SET status = 'completed', ending = ?, outcome = ?, score = ?, grade = ?, method_results = ?, ended_at = ?
     WHERE id = ?`,
  ).run(e.ending, e.outcome, e.score, e.grade, JSON.stringify(e.methods), at, sessionId);
}

/** Stamps the end time of a session left unfinished (Ctrl-C); it stays `abandoned`. */
export function stampAbandoned(db: Database, sessionId: number, at: string): void {
  statement(db, "UPDATE sessions SET ended_at = ? WHERE id = ? AND status = 'abandoned'").run(at, sessionId);
}

function toTurn(r: TurnRow): TurnRecord {
  return {
    seq: r.seq,
    node: r.node,
    customer: r.customer,
    choice: r.choice,
    reply: r.reply,
    moves: JSON.parse(r.moves) as TurnRecord['moves'],
    faults: JSON.parse(r.faults) as TurnRecord['faults'],
    moodBefore: r.mood_before,
    mood: r.mood,
    ...(r.feedback !== null ? { feedback: r.feedback } : {}),
    at: r.at,
  };
}

/** The session's record but its turns; `lastActivityAt` is the last turn's time, or the start. */
function toHeading(r: SessionRow, lastTurnAt: string | null): Omit<SessionRecord, 'turns'> {
  const result: SessionEnding | undefined =
    r.status === 'completed' && r.ending !== null && r.outcome !== null && r.score !== null && r.grade !== null
      ? { ending: r.ending, outcome: r.outcome, score: r.score, grade: r.grade, methods: JSON.parse(r.method_results ?? '[]') as MethodOutcome[] }
      : undefined;
  return {
    id: r.id,
    trainee: r.trainee,
    scenario: r.scenario,
    title: r.title,
    file: r.file,
    fileHash: r.file_hash,
    mode: r.mode,
    customerName: r.customer_name,
    personality: JSON.parse(r.personality) as Named,
    methods: JSON.parse(r.methods) as MethodSnapshot[],
    startMood: r.start_mood,
    startedAt: r.started_at,
    lastActivityAt: lastTurnAt ?? r.started_at,
    ...(r.ended_at !== null ? { endedAt: r.ended_at } : {}),
    status: r.status,
    ...(result ? { result } : {}),
  };
}

function toSession(r: SessionRow, turns: readonly TurnRecord[]): SessionRecord {
  return { ...toHeading(r, turns.at(-1)?.at ?? null), turns };
}

function withTurns(db: Database, rows: readonly SessionRow[]): SessionRecord[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const byId = new Map<number, TurnRecord[]>(ids.map((id) => [id, []]));
  const select = statement(db, 'SELECT * FROM turns WHERE session_id IN (SELECT value FROM json_each(?)) ORDER BY session_id, seq');
  for (const t of select.all(JSON.stringify(ids)) as TurnRow[]) byId.get(t.session_id)!.push(toTurn(t));
  return rows.map((r) => toSession(r, byId.get(r.id)!));
}

/** A trainee's sessions with their turns, latest first; at most `limit` when given. */
export function selectSessions(db: Database, trainee: string, limit?: number): SessionRecord[] {
  const rows = statement(db, 'SELECT * FROM sessions WHERE trainee = ? ORDER BY started_at DESC, id DESC LIMIT ?').all(trainee, limit ?? -1) as SessionRow[];
  return withTurns(db, rows);
}

/** One session with its turns, whoever played it. */
export function selectSession(db: Database, id: number): SessionRecord | undefined {
  const row = statement(db, 'SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
  return row ? withTurns(db, [row])[0] : undefined;
}

/** The last turn's time and the number of turns of session `s`, read from the turns' primary key alone. */
const TURN_FIGURES = `(SELECT count(*) FROM turns t WHERE t.session_id = s.id) AS turn_count,
  (SELECT t.at FROM turns t WHERE t.session_id = s.id ORDER BY t.seq DESC LIMIT 1) AS last_turn_at`;

type HeadingRow = SessionRow & { turn_count: number; last_turn_at: string | null };

/** A trainee's sessions without their turns, latest first; at most `limit` when given. */
export function selectHeadings(db: Database, trainee: string, limit?: number): SessionHeading[] {
  const rows = statement(db, `SELECT s.*, ${TURN_FIGURES} FROM sessions s WHERE s.trainee = ? ORDER BY s.started_at DESC, s.id DESC LIMIT ?`).all(trainee, limit ?? -1) as HeadingRow[];
  return rows.map((r) => ({ ...toHeading(r, r.last_turn_at), turnCount: r.turn_count }));
}

/** A session without its turns, and every fault committed in it, in turn order. */
export interface SessionFaults {
  readonly heading: SessionHeading;
  readonly faults: readonly Named[];
}

/** The faults committed in each of a trainee's sessions, in turn order, by session id: taken out of the turns by SQLite, no turn loaded. */
function faultsBySession(db: Database, trainee: string): Map<number, Named[]> {
  const faults = new Map<number, Named[]>();
  const hits = statement(
    db,
    `SELECT t.session_id AS session, f.value ->> 'id' AS id, f.value ->> 'name' AS name, f.value ->> 'name_en' AS name_en
       FROM sessions s JOIN turns t ON t.session_id = s.id, json_each(t.faults) f
      WHERE s.trainee = ? AND t.faults <> '[]'
      ORDER BY t.session_id, t.seq, f.key`,
  ).all(trainee) as { session: number; id: string; name: string; name_en: string }[];
  for (const h of hits) {
    let list = faults.get(h.session);
    if (!list) faults.set(h.session, (list = []));
    list.push({ id: h.id, name: h.name, name_en: h.name_en });
  }
  return faults;
}

/** A trainee's sessions, latest first, each with the faults of its turns: what a CSV export counts. */
export function selectSessionFaults(db: Database, trainee: string): SessionFaults[] {
  const rows = statement(db, `SELECT s.*, ${TURN_FIGURES} FROM sessions s WHERE s.trainee = ? ORDER BY s.started_at DESC, s.id DESC`).all(trainee) as HeadingRow[];
  const faults = faultsBySession(db, trainee);
  return rows.map((r) => ({ heading: { ...toHeading(r, r.last_turn_at), turnCount: r.turn_count }, faults: faults.get(r.id) ?? [] }));
}

type SummaryRow = Pick<SessionRow, 'id' | 'trainee' | 'scenario' | 'title' | 'personality' | 'methods' | 'started_at' | 'status' | 'ending' | 'outcome' | 'score' | 'grade' | 'method_results'>;

/**
 * A trainee's sessions, latest first, as progress counts them: only the columns it needs, and
 * each snapshot of names and steps parsed once however many sessions share it (every session
 * of a scenario does). What always holds: equal to the summaries of the full records.
 */
export function selectSummaries(db: Database, trainee: string): SessionSummary[] {
  const rows = statement(
    db,
    `SELECT id, trainee, scenario, title, personality, methods, started_at, status, ending, outcome, score, grade, method_results
       FROM sessions WHERE trainee = ? ORDER BY started_at DESC, id DESC`,
  ).all(trainee) as SummaryRow[];
  const faults = faultsBySession(db, trainee);
  const parsed = new Map<string, unknown>();
  const once = <T>(text: string): T => {
    let value = parsed.get(text);
    if (value === undefined) parsed.set(text, (value = JSON.parse(text)));
    return value as T;
  };
  return rows.map((r) => {
    const completed = r.status === 'completed' && r.ending !== null && r.outcome !== null && r.score !== null && r.grade !== null;
    return summaryOf(
      {
        trainee: r.trainee,
        id: r.id,
        scenario: r.scenario,
        title: r.title,
        personality: once<Named>(r.personality),
        startedAt: r.started_at,
        status: r.status,
        methods: once<MethodSnapshot[]>(r.methods),
        ...(completed ? { result: { score: r.score!, methods: JSON.parse(r.method_results ?? '[]') as MethodOutcome[] } } : {}),
      },
      faults.get(r.id) ?? [],
    );
  });
}

/** Everyone who has a session or a quiz answer, sorted. */
export function selectTrainees(db: Database): string[] {
  const rows = statement(db, 'SELECT trainee FROM sessions UNION SELECT trainee FROM quiz_answers ORDER BY trainee').all() as { trainee: string }[];
  return rows.map((r) => r.trainee);
}
