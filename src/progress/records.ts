import type { Grade, MethodReport } from '../grading/grade.js';
import type { Outcome } from '../model/schema.js';

/**
 * What kefu remembers, as plain serialisable data: the store reads and writes these, and the
 * progress, review and report code works on them alone, never on a database or a file.
 */

/** How a session was played: with prompts and feedback, with prompts and shuffled replies, or from `--answers`. */
export type SessionMode = 'practice' | 'exam' | 'scripted';
export const SESSION_MODES: readonly SessionMode[] = ['practice', 'exam', 'scripted'];

/** `abandoned` from the first moment until an ending is reached; `completed` only then. */
export type SessionStatus = 'completed' | 'abandoned';

/** Something with an id and its names in both languages, as it was when the session was played. */
export interface Named {
  readonly id: string;
  readonly name: string;
  readonly name_en: string;
}

/** A graded method as played: its steps in the method's order, each with its weight for that customer. */
export interface MethodSnapshot extends Named {
  readonly steps: readonly (Named & { readonly weight?: number })[];
}

/** A fault committed on one turn and what it cost. */
export interface FaultHit extends Named {
  readonly penalty: number;
}

/** One method's verdict on a finished session, as grading gave it. */
export type MethodOutcome = MethodReport;

/** One reply, with what the customer had just said and what the reply earned. */
export interface TurnRecord {
  /** 0-based position in the session. */
  readonly seq: number;
  readonly node: string;
  readonly customer: string;
  /** 1-based reply number as authored. */
  readonly choice: number;
  readonly reply: string;
  readonly moves: readonly { readonly method: string; readonly step: string }[];
  readonly faults: readonly FaultHit[];
  readonly moodBefore: number;
  readonly mood: number;
  readonly feedback?: string;
  /** ISO 8601 time the reply was chosen. */
  readonly at: string;
}

/** How a completed session ended. */
export interface SessionEnding {
  readonly ending: string;
  readonly outcome: Outcome;
  readonly score: number;
  readonly grade: Grade;
  readonly methods: readonly MethodOutcome[];
}

/**
 * Sessions oldest first: by start time (ISO 8601 in UTC, which sorts as text), then by id, so
 * sessions started in the same millisecond keep the order they were recorded in. Latest first
 * is `(a, b) => byStart(b, a)`.
 */
export function byStart(a: { readonly startedAt: string; readonly id: number }, b: { readonly startedAt: string; readonly id: number }): number {
  return a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id - b.id;
}

/** Everything known about a session when it starts. */
export interface SessionStart {
  readonly trainee: string;
  readonly scenario: string;
  readonly title: string;
  /** The scenario file played, absolute. */
  readonly file: string;
  /** SHA-256 of the file's bytes, hex. */
  readonly fileHash: string;
  readonly mode: SessionMode;
  /** The customer as the scenario names them. */
  readonly customerName: string;
  readonly personality: Named;
  readonly methods: readonly MethodSnapshot[];
  readonly startMood: number;
  /** ISO 8601. */
  readonly startedAt: string;
}

export interface SessionRecord extends SessionStart {
  readonly id: number;
  /** The time of the last turn, or the start when there is none: derived from the turns, never stored apart. */
  readonly lastActivityAt: string;
  /** Absent when the process ended without a word: killed, crashed, power lost. */
  readonly endedAt?: string;
  readonly status: SessionStatus;
  /** Present exactly when the status is `completed`. */
  readonly result?: SessionEnding;
  readonly turns: readonly TurnRecord[];
}
