import type { Database } from 'better-sqlite3';
import type { AnswerRecord, CardRecord } from '../quiz/records.js';
import { statement } from './statements.js';

interface CardRow {
  trainee: string;
  question: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
}

interface AnswerRow {
  trainee: string;
  quiz: string;
  question: string;
  correct: number;
  credit: number;
  answered_at: string;
}

function toCard(r: CardRow): CardRecord {
  return {
    trainee: r.trainee,
    question: r.question,
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsed_days,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    ...(r.last_review !== null ? { lastReview: r.last_review } : {}),
  };
}

/**
 * One answer and the question's card after it, in one IMMEDIATE transaction: the card is read
 * under the write lock, so another process cannot write it between the read and the write.
 * Returns the card written.
 */
export function insertAnswer(db: Database, a: AnswerRecord, next: (previous: CardRecord | undefined) => CardRecord): CardRecord {
  return db
    .transaction((): CardRecord => {
      const card = next(selectCard(db, a.trainee, a.question));
      statement(db, 'INSERT INTO quiz_answers (trainee, quiz, question, correct, credit, answered_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        a.trainee,
        a.quiz,
        a.question,
        a.correct ? 1 : 0,
        a.credit,
        a.answeredAt,
      );
      statement(
        db,
        `INSERT INTO cards (trainee, question, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (trainee, question) DO UPDATE SET
           due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty, elapsed_days = excluded.elapsed_days,
           scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses,
           state = excluded.state, last_review = excluded.last_review`,
      ).run(
        a.trainee,
        a.question,
        card.due,
        card.stability,
        card.difficulty,
        card.elapsedDays,
        card.scheduledDays,
        card.learningSteps,
        card.reps,
        card.lapses,
        card.state,
        card.lastReview ?? null,
      );
      return card;
    })
    .immediate();
}

export function selectCard(db: Database, trainee: string, question: string): CardRecord | undefined {
  const row = statement(db, 'SELECT * FROM cards WHERE trainee = ? AND question = ?').get(trainee, question) as CardRow | undefined;
  return row ? toCard(row) : undefined;
}

/** A trainee's cards, the latest due first. */
export function selectCards(db: Database, trainee: string): CardRecord[] {
  return (statement(db, 'SELECT * FROM cards WHERE trainee = ? ORDER BY due DESC, question').all(trainee) as CardRow[]).map(toCard);
}

/** A trainee's quiz answers, oldest first. */
export function selectAnswers(db: Database, trainee: string): AnswerRecord[] {
  const rows = statement(db, 'SELECT trainee, quiz, question, correct, credit, answered_at FROM quiz_answers WHERE trainee = ? ORDER BY answered_at, id').all(trainee) as AnswerRow[];
  return rows.map((r) => ({ trainee: r.trainee, quiz: r.quiz, question: r.question, correct: r.correct === 1, credit: r.credit, answeredAt: r.answered_at }));
}
