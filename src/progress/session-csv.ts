import { decodeCsv, encodeCsv } from './csv.js';
import type { MethodSnapshot, Named, SessionHeading, SessionRecord } from './records.js';
import { byStart } from './records.js';
import type { StepState } from '../grading/grade.js';
import type { SessionSummary } from './summary.js';
import { summarise } from './summary.js';

/** The columns of `kefu export --format csv`, one row per session. */
export const CSV_COLUMNS = ['trainee', 'session', 'started_at', 'ended_at', 'scenario', 'title', 'personality', 'mode', 'status', 'score', 'grade', 'outcome', 'turns', 'steps', 'faults'] as const;

const STATES: readonly StepState[] = ['in-order', 'out-of-order', 'missing'];

/**
 * Sessions as CSV, oldest first: `steps` lists every graded step as `method/step=state` in the
 * methods' order (state: in-order, out-of-order or missing; empty when the session was not
 * finished), `faults` every fault committed, once per occurrence, separated by `;`.
 */
export function sessionsCsv(sessions: readonly SessionRecord[]): string {
  return summariesCsv(sessions.map((s) => ({ heading: { ...s, turnCount: s.turns.length }, summary: summarise(s) })));
}

/** {@link sessionsCsv} from what the store reads without the turns: each session's heading and summary. */
export function summariesCsv(sessions: readonly { readonly heading: SessionHeading; readonly summary: SessionSummary }[]): string {
  const rows = [...sessions]
    .sort((a, b) => byStart(a.heading, b.heading))
    .map(({ heading: s, summary }) => [
      s.trainee,
      String(s.id),
      s.startedAt,
      s.endedAt ?? '',
      s.scenario,
      s.title,
      s.personality.id,
      s.mode,
      s.status,
      s.result ? String(s.result.score) : '',
      s.result?.grade ?? '',
      s.result?.outcome ?? '',
      String(s.turnCount),
      summary.methods.flatMap((m) => m.steps.map((step) => `${m.method.id}/${step.id}=${step.state}`)).join(';'),
      summary.faults.map((f) => f.id).join(';'),
    ]);
  return encodeCsv([[...CSV_COLUMNS], ...rows]);
}

/** Names for what a CSV export gives only by id: the catalogue kefu knows, ids where it does not. */
export interface NameBook {
  readonly methods: ReadonlyMap<string, MethodSnapshot>;
  readonly faults: ReadonlyMap<string, Named>;
  readonly personalities: ReadonlyMap<string, Named>;
}

export const noNames: NameBook = { methods: new Map(), faults: new Map(), personalities: new Map() };

const byId = (id: string, known?: Named): Named => known ?? { id, name: id, name_en: id };

/** The most sessions one CSV export may hold: far more than one trainee plays, and a bound on the memory a report takes. */
export const MAX_CSV_SESSIONS = 200_000;

const REQUIRED = ['trainee', 'session', 'started_at', 'scenario', 'title', 'personality', 'status', 'score', 'steps', 'faults'];

type Summaries = { readonly ok: true; readonly sessions: SessionSummary[] } | { readonly ok: false; readonly problem: string };

/**
 * Reads a CSV export back as session summaries, its records given a few at a time (as
 * {@link CsvDecoder} gives them). Columns are found by name in the header, in any order. What
 * always holds: a CSV {@link sessionsCsv} wrote reads back as the summaries of the same
 * sessions, names aside (those come from `names`); anything else is refused with the row and
 * the problem, at the first record that shows it.
 */
export class CsvSummaries {
  private column: Map<string, number> | undefined;
  private readonly sessions: SessionSummary[] = [];
  private rowNumber = 0;
  private problem: string | undefined;

  constructor(private readonly names: NameBook = noNames) {}

  /** Takes more records; the problem, once there is one. */
  take(rows: readonly string[][]): string | undefined {
    for (const row of rows) {
      if (this.problem) break;
      this.rowNumber++;
      if (!this.column) {
        this.column = new Map(row.map((h, i) => [h.trim(), i]));
        const missing = CSV_COLUMNS.filter((c) => REQUIRED.includes(c) && !this.column!.has(c));
        if (missing.length > 0) this.problem = `not a kefu CSV export: no column ${missing.map((m) => `'${m}'`).join(', ')} in the first line`;
        continue;
      }
      if (row.length === 1 && row[0] === '') continue;
      if (this.sessions.length >= MAX_CSV_SESSIONS) {
        this.problem = `more than ${MAX_CSV_SESSIONS} sessions: not one kefu export`;
        break;
      }
      const read = summaryFromRow(row, this.column, `row ${this.rowNumber}`, this.names);
      if (typeof read === 'string') this.problem = read;
      else this.sessions.push(read);
    }
    return this.problem;
  }

  result(): Summaries {
    if (this.problem) return { ok: false, problem: this.problem };
    if (!this.column) return { ok: false, problem: 'the file is empty' };
    return { ok: true, sessions: this.sessions };
  }
}

function summaryFromRow(row: readonly string[], column: ReadonlyMap<string, number>, at: string, names: NameBook): SessionSummary | string {
  const get = (name: string): string => row[column.get(name)!] ?? '';
  const status = get('status');
  if (status !== 'completed' && status !== 'abandoned') return `${at}: status is '${status}', not completed or abandoned`;
  const id = get('session');
  if (!/^\d+$/.test(id)) return `${at}: session is '${id}', not a whole number`;
  const trainee = get('trainee');
  if (trainee === '') return `${at}: no trainee`;
  const scoreText = get('score');
  if (status === 'completed' && !/^\d{1,3}$/.test(scoreText)) return `${at}: a completed session needs a score from 0 to 100, not '${scoreText}'`;
  const methods: { method: Named; steps: (Named & { state: StepState })[] }[] = [];
  for (const entry of get('steps').split(';').filter((e) => e !== '')) {
    const m = /^([^/=]+)\/([^/=]+)=(.+)$/.exec(entry);
    if (!m || !STATES.includes(m[3] as StepState)) return `${at}: '${entry}' in steps is not method/step=in-order, out-of-order or missing`;
    const [, methodId, stepId, state] = m as unknown as [string, string, string, StepState];
    let method = methods.find((x) => x.method.id === methodId);
    if (!method) {
      const known = names.methods.get(methodId);
      method = { method: byId(methodId, known && { id: known.id, name: known.name, name_en: known.name_en }), steps: [] };
      methods.push(method);
    }
    method.steps.push({ ...byId(stepId, names.methods.get(methodId)?.steps.find((s) => s.id === stepId)), state });
  }
  const personality = get('personality');
  return {
    trainee,
    id: Number(id),
    scenario: get('scenario'),
    title: get('title'),
    personality: byId(personality, names.personalities.get(personality)),
    startedAt: get('started_at'),
    status,
    ...(status === 'completed' ? { score: Number(scoreText) } : {}),
    methods: status === 'completed' ? methods : [],
    faults: get('faults')
      .split(';')
      .filter((f) => f !== '')
      .map((f) => byId(f, names.faults.get(f))),
  };
}

/** {@link CsvSummaries} over a whole text at once. */
export function summariesFromCsv(text: string, names: NameBook = noNames): Summaries {
  const decoded = decodeCsv(text);
  if (!decoded.ok) return decoded;
  const reader = new CsvSummaries(names);
  reader.take(decoded.rows);
  return reader.result();
}
