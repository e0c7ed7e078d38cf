// What the store keeps of a trainee's quiz answers and review cards: plain data.

/** One graded quiz answer. */
export interface AnswerRecord {
  readonly trainee: string;
  readonly quiz: string;
  readonly question: string;
  readonly correct: boolean;
  /** 0–1. */
  readonly credit: number;
  /** ISO 8601. */
  readonly answeredAt: string;
}

/**
 * A question's spaced-review card for one trainee: the FSRS card's fields, times as ISO 8601.
 * `state` is FSRS's: 0 new, 1 learning, 2 review, 3 relearning.
 */
export interface CardRecord {
  readonly trainee: string;
  readonly question: string;
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsedDays: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: number;
  readonly lastReview?: string;
}
