import type { Finding } from '../model/diagnostic.js';
import { error, hasErrors } from '../model/diagnostic.js';
import { didYouMean } from '../model/suggest.js';
import { checkShape } from '../scenario/shape.js';
import type { ParsedSource } from '../scenario/source.js';
import type { QuizCheckContext } from './checks/check.js';
import { quizChecks } from './checks/index.js';
import type { Quiz } from './schema.js';
import { QUESTION_TYPES, quizSchema } from './schema.js';

export interface QuizSourceContext {
  /** Question ids taken by quiz files checked before this one: id → where (quiz id or file). */
  readonly knownQuestionIds?: QuizCheckContext['knownQuestionIds'];
  /** The file name without folder and extension: the quiz's `id` should equal it. */
  readonly stem?: string;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/**
 * A question with an unknown or missing `type` matches no alternative of the union, which the
 * generic shape check can only call "the wrong form"; say what is wrong and what is allowed.
 */
function explainTypeFindings(findings: readonly Finding[], root: unknown): Finding[] {
  return findings.map((f) => {
    const path = f.path ?? [];
    if (f.code !== 'invalid-value' || path.length !== 3 || path[0] !== 'questions' || path[2] !== 'type') return f;
    const actual = valueAt(root, path);
    if (actual === undefined) {
      return error('missing-field', `missing required field 'type' (one of ${QUESTION_TYPES.join(', ')})`, path.slice(0, -1));
    }
    const shown = typeof actual === 'string' ? `"${actual}"` : JSON.stringify(actual) ?? typeof actual;
    const hint = typeof actual === 'string' ? didYouMean(actual, QUESTION_TYPES) : '';
    return error('invalid-value', `'type' must be one of ${QUESTION_TYPES.join(', ')}, not ${shown}${hint}`, path);
  });
}

/**
 * Checks one parsed quiz file: YAML problems, shape (missing-field, unknown-field,
 * invalid-value) and the quiz checks (answer range, too-few-items, duplicate-item,
 * duplicate-question-id, id-mismatch). Never throws. What always holds: `value` is present
 * exactly when no finding is an error; every finding has a path or an offset into the file.
 */
export function loadQuizSource(parsed: ParsedSource, ctx: QuizSourceContext = {}): { value?: Quiz; findings: Finding[] } {
  const root = parsed.source.value;
  if (hasErrors(parsed.findings) && root === undefined) return { findings: [...parsed.findings] };
  if (root === null || root === undefined || typeof root !== 'object' || Array.isArray(root)) {
    return { findings: [...parsed.findings, error('invalid-value', 'the file must be a YAML mapping (key: value lines)', [])] };
  }
  const shaped = checkShape(quizSchema, root);
  const findings = [...parsed.findings, ...explainTypeFindings(shaped.findings, root)];
  if (!shaped.value) return { findings };
  const checkCtx: QuizCheckContext = {
    quiz: shaped.value,
    ...(ctx.stem !== undefined ? { stem: ctx.stem } : {}),
    ...(ctx.knownQuestionIds !== undefined ? { knownQuestionIds: ctx.knownQuestionIds } : {}),
  };
  for (const check of quizChecks) findings.push(...check.run(checkCtx));
  return hasErrors(findings) ? { findings } : { value: shaped.value, findings };
}

/**
 * Checks several quiz files in the order given, each against the question ids of the files
 * before it, so a question id used twice across files is reported once, at its second use.
 */
export function loadQuizSources(
  files: readonly { readonly parsed: ParsedSource; readonly stem?: string }[],
): { value?: Quiz; findings: Finding[] }[] {
  const known = new Map<string, string>();
  return files.map(({ parsed, stem }) => {
    const result = loadQuizSource(parsed, { knownQuestionIds: new Map(known), ...(stem !== undefined ? { stem } : {}) });
    for (const id of questionIdsOf(parsed.source.value)) if (!known.has(id)) known.set(id, parsed.source.file);
    return result;
  });
}

/** The question ids a quiz file declares, read leniently from plain data (a file with errors too). */
export function questionIdsOf(value: unknown): string[] {
  const questions = valueAt(value, ['questions']);
  if (!Array.isArray(questions)) return [];
  return questions.flatMap((q: unknown) => {
    const id = valueAt(q, ['id']);
    return typeof id === 'string' ? [id] : [];
  });
}
