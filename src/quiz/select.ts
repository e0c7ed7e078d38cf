import { shuffled } from '../model/random.js';
import type { Question } from './schema.js';

/** A question ready to ask, with the quiz it comes from ('generated' for generated ones). */
export interface PlayableQuestion {
  readonly quiz: string;
  readonly question: Question;
}

export interface SelectOptions {
  /** Only these question ids (e.g. those due for review); others are left out. */
  readonly only?: readonly string[];
  /** Only questions with at least one of these tags. */
  readonly tags?: readonly string[];
  /** Shuffle the questions with this random source; without it they stay in authored order. */
  readonly random?: () => number;
  /** At most this many, taken after filtering and shuffling. */
  readonly count?: number;
}

/**
 * Picks the questions to ask: filtered by `only` and `tags`, shuffled when a random source is
 * given, then cut to `count`. What always holds: the result is a sub-list of the input with
 * no question added; without `random` it keeps the input's order; the same seed gives the
 * same list.
 */
export function selectQuestions(questions: readonly PlayableQuestion[], options: SelectOptions = {}): PlayableQuestion[] {
  const only = options.only ? new Set(options.only) : undefined;
  const tags = options.tags && options.tags.length > 0 ? new Set(options.tags) : undefined;
  let list = questions.filter((q) => (!only || only.has(q.question.id)) && (!tags || (q.question.tags ?? []).some((t) => tags.has(t))));
  if (options.random) list = shuffled(list, options.random);
  return options.count !== undefined ? list.slice(0, Math.max(0, options.count)) : list;
}

/** Every tag the questions carry, sorted, for "did you mean" on --tag. */
export function tagsOf(questions: readonly PlayableQuestion[]): string[] {
  return [...new Set(questions.flatMap((q) => q.question.tags ?? []))].sort();
}
