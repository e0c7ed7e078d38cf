import { z } from 'zod';
import { OUTCOMES } from '../model/schema.js';
import type { SessionRecord } from './records.js';
import type { AnswerRecord } from '../quiz/records.js';
import { byStart, SESSION_MODES } from './records.js';

/** What a JSON export says it is, so `kefu report` knows what it reads. */
export const EXPORT_FORMAT = 'kefu-export';
export const EXPORT_VERSION = 1;

/** `kefu export --format json`: every session with its turns, and every quiz answer, as recorded. */
export interface ExportDocument {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  readonly exportedAt: string;
  /** Oldest first. */
  readonly sessions: readonly SessionRecord[];
  /** Oldest first. */
  readonly answers: readonly AnswerRecord[];
}

/** The export of some sessions and answers, oldest first whatever order they come in. */
export function exportDocument(sessions: readonly SessionRecord[], answers: readonly AnswerRecord[], exportedAt: string): ExportDocument {
  const oldestSessions = [...sessions].sort(byStart);
  const oldestAnswers = [...answers].sort((a, b) => (a.answeredAt < b.answeredAt ? -1 : a.answeredAt > b.answeredAt ? 1 : 0));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, sessions: oldestSessions, answers: oldestAnswers };
}

const named = z.object({ id: z.string(), name: z.string(), name_en: z.string() });
const methodOutcome = z.object({ id: z.string(), score: z.number(), performed: z.array(z.string()), missing: z.array(z.string()), outOfOrder: z.array(z.string()) });
const turn = z.object({
  seq: z.number().int().min(0),
  node: z.string(),
  customer: z.string(),
  choice: z.number().int(),
  reply: z.string(),
  moves: z.array(z.object({ method: z.string(), step: z.string() })),
  faults: z.array(named.extend({ penalty: z.number() })),
  moodBefore: z.number(),
  mood: z.number(),
  feedback: z.string().optional(),
  at: z.string(),
});
const session = z.object({
  id: z.number().int(),
  trainee: z.string().min(1),
  scenario: z.string(),
  title: z.string(),
  file: z.string(),
  fileHash: z.string(),
  mode: z.enum(SESSION_MODES as [string, ...string[]]),
  customerName: z.string(),
  personality: named,
  methods: z.array(named.extend({ steps: z.array(named.extend({ weight: z.number().positive().optional() })) })),
  startMood: z.number(),
  startedAt: z.string(),
  lastActivityAt: z.string(),
  endedAt: z.string().optional(),
  status: z.enum(['completed', 'abandoned']),
  result: z.object({ ending: z.string(), outcome: z.enum(OUTCOMES), score: z.number(), grade: z.enum(['A', 'B', 'C', 'D', 'F']), methods: z.array(methodOutcome) }).optional(),
  turns: z.array(turn),
});
const answer = z.object({ trainee: z.string().min(1), quiz: z.string(), question: z.string(), correct: z.boolean(), credit: z.number(), answeredAt: z.string() });
const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  sessions: z.array(session),
  answers: z.array(answer),
});

/**
 * Reads a parsed JSON export back. What always holds: a document {@link exportDocument} made
 * reads back equal; anything else, `null` and non-objects included, is refused with the first
 * problem and where it is (`sessions[3].turns[0].mood: …`), never half read. It never throws.
 */
export function parseExport(value: unknown): { readonly ok: true; readonly document: ExportDocument } | { readonly ok: false; readonly problem: string } {
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, problem: `not a kefu export (no "format": "${EXPORT_FORMAT}")` };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) return { ok: false, problem: `written by a newer kefu (export version ${version}; this kefu reads ${EXPORT_VERSION})` };
  const parsed = exportSchema.safeParse(value);
  if (parsed.success) return { ok: true, document: parsed.data as ExportDocument };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
  return { ok: false, problem: `${where || 'the document'}: ${issue.message}` };
}
