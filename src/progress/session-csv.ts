import { decodeCsv, encodeCsv } from './csv.js';
import type { MethodSnapshot, Named, SessionRecord } from './records.js';
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
  const rows = [...sessions]
    .sort(byStart)
    .map((s) => {
      const summary = summarise(s);
      return [
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
        String(s.turns.length),
        summary.methods.flatMap((m) => m.steps.map((step) => `${m.method.id}/${step.id}=${step.state}`)).join(';'),
        summary.faults.map((f) => f.id).join(';'),
      ];
    });
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

/**
 * Reads a CSV export back as session summaries. Columns are found by name in the header, in
 * any order. What always holds: a CSV {@link sessionsCsv} wrote reads back as the summaries of
 * the same sessions, names aside (those come from `names`); anything else is refused with the
 * row and the problem.
 */
export function summariesFromCsv(text: string, names: NameBook = noNames): { readonly ok: true; readonly sessions: SessionSummary[] } | { readonly ok: false; readonly problem: string } {
  const decoded = decodeCsv(text);
  if (!decoded.ok) return decoded;
  const [header, ...rows] = decoded.rows;
  if (!header) return { ok: false, problem: 'the file is empty' };
  const column = new Map(header.map((h, i) => [h.trim(), i]));
  const missing = CSV_COLUMNS.filter((c) => ['trainee', 'session', 'started_at', 'scenario', 'title', 'personality', 'status', 'score', 'steps', 'faults'].includes(c) && !column.has(c));
  if (missing.length > 0) return { ok: false, problem: `not a kefu CSV export: no column ${missing.map((m) => `'${m}'`).join(', ')} in the first line` };
  const sessions: SessionSummary[] = [];
  for (const [i, row] of rows.entries()) {
    const at = `row ${i + 2}`;
    if (row.length === 1 && row[0] === '') continue;
    const get = (name: string): string => row[column.get(name)!] ?? '';
    const status = get('status');
    if (status !== 'completed' && status !== 'abandoned') return { ok: false, problem: `${at}: status is '${status}', not completed or abandoned` };
    const id = get('session');
    if (!/^\d+$/.test(id)) return { ok: false, problem: `${at}: session is '${id}', not a whole number` };
    const trainee = get('trainee');
    if (trainee === '') return { ok: false, problem: `${at}: no trainee` };
    const scoreText = get('score');
    if (status === 'completed' && !/^\d{1,3}$/.test(scoreText)) return { ok: false, problem: `${at}: a completed session needs a score from 0 to 100, not '${scoreText}'` };
    const methods: { method: Named; steps: (Named & { state: StepState })[] }[] = [];
    for (const entry of get('steps').split(';').filter((e) => e !== '')) {
      const m = /^([^/=]+)\/([^/=]+)=(.+)$/.exec(entry);
      if (!m || !STATES.includes(m[3] as StepState)) return { ok: false, problem: `${at}: '${entry}' in steps is not method/step=in-order, out-of-order or missing` };
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
    sessions.push({
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
    });
  }
  return { ok: true, sessions };
}
