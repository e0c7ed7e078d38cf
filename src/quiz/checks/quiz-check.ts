import type { Finding, Severity } from '../../model/diagnostic.js';
import type { Quiz } from '../schema.js';

/** What a quiz check sees: one quiz file that has the right shape. */
export interface QuizCheckContext {
  readonly quiz: Quiz;
  /** The file name without folder and extension, when the quiz comes from a file. */
  readonly stem?: string;
  /** Question ids already taken by other quiz files: id → the quiz or file that has it. */
  readonly knownQuestionIds?: ReadonlySet<string> | ReadonlyMap<string, string>;
}

/**
 * One rule a quiz file must keep that its schema cannot say. Its `code` is the diagnostic code
 * it reports and the name of its file.
 */
export interface QuizCheck {
  readonly code: string;
  readonly severity: Severity;
  readonly description: string;
  run(ctx: QuizCheckContext): Finding[];
}
