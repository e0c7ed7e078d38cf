import type { z } from 'zod';
import type { Finding, YamlPath } from '../model/diagnostic.js';
import { error } from '../model/diagnostic.js';
import { didYouMean } from '../model/suggest.js';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

interface SchemaDef {
  type: string;
  innerType?: AnySchema;
  options?: AnySchema[];
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
}

function defOf(s: AnySchema | undefined): SchemaDef | undefined {
  return s?._zod.def;
}

/**
 * A key as a message quotes it: cut to 40 characters, as values are, so a file that is not a
 * kefu file at all (a password file linked in) is not printed back line by line in full.
 */
function shownKey(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

/** The object keys a schema accepts at `path`, for "did you mean" hints. */
function keysAt(schema: AnySchema, path: YamlPath): string[] {
  let s: AnySchema | undefined = schema;
  for (const seg of [...path, undefined]) {
    // Unwrap wrappers until something structural is reached.
    for (;;) {
      const def = defOf(s);
      if (!def) return [];
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') s = def.innerType;
      else if (def.type === 'union') s = def.options?.find((o) => ['object', 'array', 'record'].includes(defOf(o)?.type ?? ''));
      else break;
    }
    const def = defOf(s);
    if (!def) return [];
    if (seg === undefined) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    if (def.type === 'object') s = def.shape?.[String(seg)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return [];
  }
  return [];
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : typeof v;
}

function fieldName(path: YamlPath): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  const idx = path.length > 0 && typeof path[path.length - 1] === 'number' ? `[${path[path.length - 1]}]` : '';
  return last === undefined ? 'value' : `'${shownKey(String(last))}'${idx}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

function issueToFindings(issue: Issue, root: unknown, schema: AnySchema, prefix: YamlPath): Finding[] {
  const path: YamlPath = [...prefix, ...(issue.path as (string | number)[])];
  const actual = valueAt(root, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => {
        const known = keysAt(schema, path);
        return error('unknown-field', `unknown field '${shownKey(k)}'${didYouMean(k, known)}`, [...path, k], 'key');
      });
    case 'invalid_type': {
      if (actual === undefined) {
        const parent = path.slice(0, -1);
        return [error('missing-field', `missing required field ${fieldName(path)}`, parent)];
      }
      const want = TYPE_WORDS[issue.expected] ?? issue.expected;
      return [error('invalid-value', `${fieldName(path)} must be ${want}, not ${describe(actual)}`, path)];
    }
    case 'invalid_union': {
      // Report the alternative that got furthest: the one whose errors lie deepest.
      const depth = (errs: readonly Issue[]): number => Math.min(...errs.map((e) => (e.path.length === 0 && e.code === 'invalid_type' ? -1 : e.path.length)));
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
      if (best && depth(best) >= 0) return best.flatMap((e) => issueToFindings(e, root, schema, path));
      if (fieldName(path) === "'next'") {
        return [error('invalid-value', `'next' must be a node id or a list of branches ({ if, goto }), not ${describe(actual)}`, path)];
      }
      return [error('invalid-value', `${fieldName(path)} has the wrong form: ${describe(actual)}`, path)];
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'array') {
        return [error('invalid-value', `${fieldName(path)} must have ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)} item(s)`, path)];
      }
      if (issue.origin === 'string') return [error('invalid-value', `${fieldName(path)} must not be empty`, path)];
      return [error('invalid-value', `${fieldName(path)} is out of range: ${describe(actual)} (${rangeText(schema, path, issue)})`, path)];
    }
    case 'invalid_format':
      return [error('invalid-value', `${fieldName(path)} ${issue.message.startsWith('must') ? issue.message : `is not valid: ${issue.message}`}, not ${describe(actual)}`, path)];
    case 'invalid_value':
      return [
        error('invalid-value', `${fieldName(path)} must be one of ${issue.values.map((v) => String(v)).join(', ')}, not ${describe(actual)}`, path),
      ];
    case 'invalid_key': {
      const key = path[path.length - 1];
      return [error('invalid-value', `'${shownKey(String(key))}' is not a valid id: ${issue.issues[0]?.message ?? 'bad key'}`, path, 'key')];
    }
    default:
      return [error('invalid-value', `${fieldName(path)}: ${issue.message}`, path)];
  }
}

function rangeText(_schema: AnySchema, _path: YamlPath, issue: Issue): string {
  if (issue.code === 'too_small') return `minimum ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `maximum ${String(issue.maximum)}`;
  return '';
}

/**
 * Checks plain data against a schema. Each problem becomes one finding with the code the
 * validator promises (missing-field, unknown-field, invalid-value) and the path of the
 * offending value, so the caller can give its line and column.
 */
export function checkShape<S extends z.ZodType>(schema: S, value: unknown): { value?: z.infer<S>; findings: Finding[] } {
  const result = schema.safeParse(value);
  if (result.success) return { value: result.data, findings: [] };
  const findings = result.error.issues.flatMap((i) => issueToFindings(i, value, schema, []));
  // One finding per place and code: a union can report the same problem twice.
  const seen = new Set<string>();
  return {
    findings: findings.filter((f) => {
      const k = `${f.code}|${JSON.stringify(f.path)}|${f.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }),
  };
}
