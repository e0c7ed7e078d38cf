import type { Finding } from '../model/diagnostic.js';
import { stemOf } from '../scenario/library.js';
import type { ParsedSource } from '../scenario/source.js';
import type { QuizSourceContext } from './load.js';
import { loadQuizSource } from './load.js';

/**
 * The findings `kefu validate` reports for one quiz file beyond its YAML findings (which the
 * caller already has in `parsed.findings`): shape, then the quiz checks. Pass
 * `knownQuestionIds` (see {@link questionIdsOf}) to catch a question id another file uses.
 * The quiz's `id` is compared with the file name unless `ctx.stem` says otherwise.
 */
export function checkQuizSource(parsed: ParsedSource, ctx: QuizSourceContext = {}): Finding[] {
  const own = new Set(parsed.findings);
  return loadQuizSource(parsed, { stem: stemOf(parsed.source.file), ...ctx }).findings.filter((f) => !own.has(f));
}

export { questionIdsOf } from './load.js';
