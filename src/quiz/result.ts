import { roundTo } from '../model/round.js';
import { formatResponse } from './answer.js';
import type { Grade, Response } from './grade.js';
import { expectedResponse } from './grade.js';
import type { QuestionType } from './schema.js';
import type { PlayableQuestion } from './select.js';

/** One question as asked and answered. */
export interface AnsweredQuestion {
  readonly asked: PlayableQuestion;
  readonly response: Response;
  readonly grade: Grade;
}

export interface TagScore {
  readonly score: number;
  readonly correct: number;
  readonly total: number;
}

/** What `kefu quiz --json` prints: plain, serialisable data. */
export interface QuizResult {
  readonly quiz: string;
  readonly score: number;
  readonly total: number;
  readonly correct: number;
  readonly questions: readonly {
    readonly id: string;
    readonly type: QuestionType;
    readonly correct: boolean;
    /** 0–1, rounded to 4 places. */
    readonly credit: number;
    /** The answer given and the right one, in the form `--answer` takes. */
    readonly given: string;
    readonly expected: string;
  }[];
  readonly tags: Readonly<Record<string, TagScore>>;
}

/** Σ credit ÷ number of questions × 100, rounded down: 100 only when every answer is fully right. */
export function scoreOf(credits: readonly number[]): number {
  if (credits.length === 0) return 0;
  const sum = credits.reduce((a, b) => a + b, 0);
  // Rounded to 1e-9 first so that, e.g., three thirds add up to exactly one.
  return Math.floor(Math.round((sum / credits.length) * 100 * 1e9) / 1e9);
}

/**
 * The result of a quiz. What always holds: `correct` counts the questions with full credit;
 * `score` is {@link scoreOf} the credits; each tag's figures are the same over the questions
 * that carry it; the result depends only on the answers, never on the order shown.
 */
export function quizResult(quiz: string, answered: readonly AnsweredQuestion[]): QuizResult {
  const byTag = new Map<string, AnsweredQuestion[]>();
  for (const a of answered) for (const t of new Set(a.asked.question.tags ?? [])) byTag.set(t, [...(byTag.get(t) ?? []), a]);
  const figures = (list: readonly AnsweredQuestion[]): TagScore => ({
    score: scoreOf(list.map((a) => a.grade.credit)),
    correct: list.filter((a) => a.grade.correct).length,
    total: list.length,
  });
  const all = figures(answered);
  return {
    quiz,
    score: all.score,
    total: all.total,
    correct: all.correct,
    questions: answered.map((a) => ({
      id: a.asked.question.id,
      type: a.asked.question.type,
      correct: a.grade.correct,
      credit: roundTo(a.grade.credit, 4),
      given: formatResponse(a.response),
      expected: formatResponse(expectedResponse(a.asked.question)),
    })),
    tags: Object.fromEntries([...byTag.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([t, list]) => [t, figures(list)])),
  };
}
