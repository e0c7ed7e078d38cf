import type { PlayState } from '../engine/engine.js';
import type { SessionResult } from '../grading/result.js';
import type { SessionMode } from '../progress/records.js';
import { scenarioSnapshot, sessionEnding, turnRecord } from '../progress/snapshot.js';
import { StoreError } from '../store/errors.js';
import type { Store } from '../store/store.js';
import type { LoadedScenario } from '../library/types.js';

/**
 * One play session as it is written: a row when play starts, reading `abandoned` with no end
 * time; each turn in its own transaction the moment it is chosen; `completed` only when an
 * ending is reached. A process killed at any point leaves exactly what happened.
 */
export class SessionLog {
  private written = 0;

  private constructor(
    private readonly store: Store,
    private readonly loaded: LoadedScenario,
    private readonly now: () => Date,
    readonly id: number,
  ) {}

  static start(store: Store, loaded: LoadedScenario, trainee: string, mode: SessionMode, now: () => Date): SessionLog {
    const scenario = loaded.compiled;
    const id = store.startSession({
      trainee,
      scenario: scenario.id,
      title: scenario.source.title,
      file: loaded.path,
      fileHash: loaded.fileHash,
      mode,
      customerName: scenario.source.customer.name,
      ...scenarioSnapshot(scenario),
      startMood: scenario.startMood,
      startedAt: now().toISOString(),
    });
    return new SessionLog(store, loaded, now, id);
  }

  /**
   * Writes the turns of `state` not yet written; `shown[i]`, when given, is the order the
   * replies of turn i were offered in (authored numbers).
   */
  turns(state: PlayState, shown: readonly (readonly number[] | undefined)[] = []): void {
    for (; this.written < state.turns.length; this.written++) {
      this.store.addTurn(this.id, turnRecord(this.loaded.compiled, state.turns, this.written, this.now().toISOString(), shown[this.written]));
    }
  }

  complete(result: SessionResult): void {
    this.store.completeSession(this.id, sessionEnding(result), this.now().toISOString());
  }

  /**
   * Stamps the end time of a session given up on (Ctrl-C); it stays `abandoned`. Best effort:
   * whatever stopped the session is what the user needs to hear about, not a second failure.
   */
  abandon(): void {
    try {
      this.store.stampAbandoned(this.id, this.now().toISOString());
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
    }
  }
}
