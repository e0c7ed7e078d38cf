import type { Database } from 'better-sqlite3';
import type { SessionEnding, SessionRecord, SessionStart, TurnRecord } from '../progress/records.js';
import type { AnswerRecord, CardRecord } from '../quiz/records.js';
import { storeFailure } from './errors.js';
import { openDatabase } from './open.js';
import { insertAnswer, selectAnswers, selectCard, selectCards } from './quiz.js';
import { completeSession, insertSession, insertTurn, selectSession, selectSessions, selectTrainees, stampAbandoned } from './sessions.js';

/**
 * kefu's memory: one SQLite file. Every method either does all it says or throws a
 * {@link StoreError}; each write is its own transaction, committed before the method returns.
 */
export class Store {
  private constructor(
    private readonly db: Database,
    /** The database file. */
    readonly file: string,
  ) {}

  /**
   * Opens (and with `create`, creates) the database; `undefined` when it does not exist and
   * `create` is not set. Without `create` the store only reads, from a copy of the database as
   * it was when opened: nothing is written or created, so no write permission is needed.
   * better-sqlite3 is loaded here and only here.
   */
  static async open(file: string, options: { readonly create: boolean }): Promise<Store | undefined> {
    const db = await openDatabase(file, options);
    return db ? new Store(db, file) : undefined;
  }

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (e) {
      throw storeFailure(e, this.file);
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Records a session's start; it reads as `abandoned` until {@link completeSession}. */
  startSession(start: SessionStart): number {
    return this.guard(() => insertSession(this.db, start));
  }

  addTurn(sessionId: number, turn: TurnRecord): void {
    this.guard(() => insertTurn(this.db, sessionId, turn));
  }

  completeSession(sessionId: number, ending: SessionEnding, at: string): void {
    this.guard(() => completeSession(this.db, sessionId, ending, at));
  }

  /** The end time of a session given up on; it stays `abandoned`. */
  stampAbandoned(sessionId: number, at: string): void {
    this.guard(() => stampAbandoned(this.db, sessionId, at));
  }

  /** A trainee's sessions, latest first. */
  sessions(trainee: string, limit?: number): SessionRecord[] {
    return this.guard(() => selectSessions(this.db, trainee, limit));
  }

  session(id: number): SessionRecord | undefined {
    return this.guard(() => selectSession(this.db, id));
  }

  trainees(): string[] {
    return this.guard(() => selectTrainees(this.db));
  }

  /**
   * Records an answer and moves the question's card on, in one transaction that holds the
   * write lock from reading the card to writing it: two windows answering the same question
   * both count. `next` gives the card after this answer from the stored one (`undefined`
   * before the first answer); it runs inside the transaction, so it must not touch the store.
   * Returns the card written.
   */
  recordAnswer(answer: AnswerRecord, next: (previous: CardRecord | undefined) => CardRecord): CardRecord {
    return this.guard(() => insertAnswer(this.db, answer, next));
  }

  card(trainee: string, question: string): CardRecord | undefined {
    return this.guard(() => selectCard(this.db, trainee, question));
  }

  /** A trainee's cards, the latest due first. */
  cards(trainee: string): CardRecord[] {
    return this.guard(() => selectCards(this.db, trainee));
  }

  answers(trainee: string): AnswerRecord[] {
    return this.guard(() => selectAnswers(this.db, trainee));
  }
}
