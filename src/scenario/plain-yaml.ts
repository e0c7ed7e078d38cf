/**
 * A reader for the plain YAML trainers write: block mappings and sequences of plain or quoted
 * one-line scalars and one-line flow collections, indented with spaces. It reads such a file
 * several times faster than the full parser and keeps no positions.
 *
 * It is a shortcut, never a judge: whenever the text steps outside that subset or has anything
 * the full parser would report (duplicate keys, `__proto__`, an escaped control character, too
 * many keys, tabs, anchors, aliases, tags, directives, several documents, block scalars,
 * multi-line scalars …) it returns undefined and the full parser reads the file. What it does
 * return always equals what the full parser, with kefu's options, makes of the same text.
 */

/** Keys a mapping may have; the same bound the full parser's walk reports as `too-many-keys`. */
export const MAX_KEYS_PER_MAPPING = 20_000;

// eslint-disable-next-line no-control-regex
const UNSAFE_VALUE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// A key the subset accepts: an id-like plain scalar, which the full parser also reads as text.
const KEY = /^[A-Za-z_][A-Za-z0-9_.\-/]*$/;
const NON_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

class OutOfSubset extends Error {}

/** A mapping past the key bound: the file is refused whatever else it holds, so reading stops. */
class TooManyKeys extends Error {
  constructor(readonly offset: number) {
    super('too many keys');
  }
}

/** Where a mapping or sequence stands, and its keys and values: character offsets into the text. */
export interface Place {
  readonly at: number;
  readonly keys: Map<string, number>;
  readonly values: Map<string | number, number>;
}

// Set for the length of one positional read: the places found, and where the current line starts.
let places: WeakMap<object, Place> | undefined;
let base = 0;

function place(container: object, at: number): Place | undefined {
  if (!places) return undefined;
  const p: Place = { at: base + at, keys: new Map(), values: new Map() };
  places.set(container, p);
  return p;
}

function placeOf(value: unknown): number | undefined {
  return value !== null && typeof value === 'object' ? places?.get(value)?.at : undefined;
}

const out = (): never => {
  throw new OutOfSubset();
};

/** A plain scalar's value under the YAML 1.2 core schema, exactly as the full parser resolves it. */
function resolvePlain(s: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  const c = s.charCodeAt(0);
  // Only text starting with a digit, a sign, a dot or a tilde can be anything but text.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return s;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', ' ': ' ' };

/** A quoted scalar starting at `i` on one line; returns its value and the index after it. */
function readQuoted(line: string, i: number): [string, number] {
  const q = line[i];
  let s = '';
  let j = i + 1;
  for (;;) {
    const ch = line[j];
    if (ch === undefined) return out();
    if (q === "'") {
      if (ch === "'") {
        if (line[j + 1] === "'") {
          s += "'";
          j += 2;
          continue;
        }
        return [s, j + 1];
      }
    } else if (ch === '"') {
      // An escaped control character is the full parser's to report.
      if (UNSAFE_VALUE.test(s)) return out();
      return [s, j + 1];
    } else if (ch === '\\') {
      const e = line[j + 1] ?? '';
      if (e === 'u') {
        const hex = line.slice(j + 2, j + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return out();
        const code = parseInt(hex, 16);
        // Surrogates and controls are left to the full parser, which reports what it must.
        if (code >= 0xd800 && code <= 0xdfff) return out();
        s += String.fromCharCode(code);
        j += 6;
        continue;
      }
      const r = ESCAPES[e];
      if (r === undefined) return out();
      s += r;
      j += 2;
      continue;
    }
    s += ch;
    j++;
  }
}

/** What may follow a value on its line: spaces, then nothing or a comment. */
function restIsEmpty(line: string, j: number): boolean {
  let k = j;
  while (line[k] === ' ') k++;
  return k === line.length || (line[k] === '#' && k > j);
}

/** One-line flow collections and the scalars inside them. */
function readFlow(line: string, i: number): [unknown, number] {
  const skip = (j: number): number => {
    while (line[j] === ' ') j++;
    return j;
  };
  const scalar = (j: number, asKey: boolean): [unknown, number] => {
    const ch = line[j];
    if (ch === '"' || ch === "'") return readQuoted(line, j);
    if (ch === '[' || ch === '{') return asKey ? out() : readFlow(line, j);
    let k = j;
    for (;;) {
      const c = line[k];
      if (c === undefined) return out();
      if (c === ',' || c === ']' || c === '}') break;
      if (c === ':' && (line[k + 1] === ' ' || line[k + 1] === ',' || line[k + 1] === ']' || line[k + 1] === '}' || line[k + 1] === undefined)) break;
      if (c === '#' && line[k - 1] === ' ') return out();
      k++;
    }
    const text = trimSpaces(line.slice(j, k));
    if (text === '' || !plainStart(text) || /[[\]{}]/.test(text)) return out();
    return [resolvePlain(text), k];
  };
  if (line[i] === '[') {
    const items: unknown[] = [];
    const p = place(items, i);
    let j = skip(i + 1);
    if (line[j] === ']') return [items, j + 1];
    for (;;) {
      const [v, k] = scalar(j, false);
      p?.values.set(items.length, base + j);
      items.push(v);
      j = skip(k);
      if (line[j] === ',') {
        j = skip(j + 1);
        // A trailing comma or an empty entry is left to the full parser.
        if (line[j] === ']' || line[j] === ',') return out();
        continue;
      }
      if (line[j] === ']') return [items, j + 1];
      return out();
    }
  }
  const map: Record<string, unknown> = {};
  const p = place(map, i);
  const keys = new Set<string>();
  let j = skip(i + 1);
  if (line[j] === '}') return [map, j + 1];
  for (;;) {
    const k0 = j;
    while (line[j] !== undefined && line[j] !== ':' && line[j] !== ',' && line[j] !== '}') j++;
    const key = trimSpaces(line.slice(k0, j));
    if (line[j] !== ':' || line[j + 1] !== ' ') return out();
    checkKey(key, keys, base + k0);
    const at = skip(j + 1);
    const [v, k] = scalar(at, false);
    p?.keys.set(key, base + k0);
    p?.values.set(key, base + at);
    map[key] = v;
    j = skip(k);
    if (line[j] === ',') {
      j = skip(j + 1);
      if (line[j] === '}' || line[j] === ',') return out();
      continue;
    }
    if (line[j] === '}') return [map, j + 1];
    return out();
  }
}

function checkKey(key: string, keys: Set<string>, offset: number): void {
  if (key.length > 1000 || !KEY.test(key) || NON_STRING_KEY.test(key) || key === '__proto__' || keys.has(key)) out();
  keys.add(key);
  if (keys.size > MAX_KEYS_PER_MAPPING) throw new TooManyKeys(offset);
}

/** Trailing spaces removed: YAML's white space is the space (tabs never reach here), not all of Unicode's. */
function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return s.slice(0, end);
}

/** A plain scalar may not start with an indicator; a minus only before a number. */
function plainStart(text: string): boolean {
  const c = text[0]!;
  if ('?:,[]{}#&*!|>\'"%@`'.includes(c)) return false;
  if (c === '-') return /^-[0-9.]/.test(text);
  return true;
}

/** The value written after `key:` or `- ` on one line, from index `i`. */
function readInline(line: string, i: number): unknown {
  const ch = line[i];
  if (ch === '"' || ch === "'") {
    const [v, j] = readQuoted(line, i);
    if (!restIsEmpty(line, j)) out();
    return v;
  }
  if (ch === '[' || ch === '{') {
    const [v, j] = readFlow(line, i);
    if (!restIsEmpty(line, j)) out();
    return v;
  }
  let text = line.slice(i);
  const hash = text.indexOf(' #');
  if (hash >= 0) text = text.slice(0, hash);
  text = trimSpaces(text);
  if (!plainStart(text) || text.includes(': ') || text.endsWith(':')) out();
  return resolvePlain(text);
}

interface Line {
  readonly indent: number;
  readonly text: string;
  /** Offset of the line's first character in the whole text. */
  readonly start: number;
}

/**
 * The value of `text` when it is within the subset; undefined otherwise (the full parser then
 * reads it). The top level must be a block mapping.
 */
export function readPlainYaml(text: string): unknown {
  return readPlainYamlBounded(text).value;
}

/**
 * {@link readPlainYaml}, and where the first mapping past {@link MAX_KEYS_PER_MAPPING} keys has
 * its first key too many, when the reader got that far: such a file is refused at that key,
 * without a full parse of what may be a megabyte of keys.
 */
export function readPlainYamlBounded(text: string): { value?: unknown; tooManyKeysAt?: number } {
  places = undefined;
  try {
    const value = read(text);
    return value === undefined ? {} : { value };
  } catch (e) {
    if (e instanceof TooManyKeys) return { tooManyKeysAt: e.offset };
    throw e;
  }
}

/**
 * {@link readPlainYaml} again, this time noting where every mapping, sequence, key and value
 * starts: for a file read by the fast reader whose findings need lines and columns.
 */
export function placePlainYaml(text: string): { value: unknown; places: WeakMap<object, Place> } | undefined {
  places = new WeakMap();
  try {
    const value = read(text);
    return value === undefined ? undefined : { value, places };
  } catch {
    return undefined;
  } finally {
    places = undefined;
  }
}

function read(text: string): unknown {
  if (text.includes('\t') || text.includes('\r') || text.includes('\uFEFF') || UNSAFE_VALUE.test(text)) return undefined;
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const lineStart = start;
    start += raw.length + 1;
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length || raw[indent] === '#') continue;
    if (indent === 0 && (raw.startsWith('---') || raw.startsWith('...') || raw[0] === '%')) return undefined;
    lines.push({ indent, text: raw, start: lineStart });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  let at = 0;

  const blockMap = (indent: number, first?: { rest: number; line: Line }): Record<string, unknown> => {
    const map: Record<string, unknown> = {};
    const keys = new Set<string>();
    let p: Place | undefined;
    const entry = (l: Line, keyStart: number): void => {
      const line = l.text;
      base = l.start;
      p ??= place(map, keyStart);
      const colon = line.indexOf(':', keyStart);
      if (colon < 0) out();
      const key = line.slice(keyStart, colon);
      checkKey(key, keys, l.start + keyStart);
      const after = line[colon + 1];
      if (after !== undefined && after !== ' ') out();
      let v = colon + 1;
      while (line[v] === ' ') v++;
      p?.keys.set(key, l.start + keyStart);
      if (v < line.length && line[v] !== '#') {
        map[key] = readInline(line, v);
        p?.values.set(key, l.start + v);
        // A more indented line after an inline value would continue it or be an error.
        if (at < lines.length && lines[at]!.indent > indent) out();
        return;
      }
      const value = nested(indent, true);
      map[key] = value;
      p?.values.set(key, placeOf(value) ?? l.start + v);
    };
    if (first) entry(first.line, first.rest);
    while (at < lines.length) {
      const l = lines[at]!;
      if (l.indent < indent) break;
      if (l.indent > indent) out();
      if (l.text[indent] === '-' && (l.text[indent + 1] === ' ' || l.text[indent + 1] === undefined)) break;
      at++;
      entry(l, indent);
    }
    return map;
  };

  const blockSeq = (indent: number): unknown[] => {
    const items: unknown[] = [];
    let p: Place | undefined;
    while (at < lines.length) {
      const l = lines[at]!;
      if (l.indent !== indent || l.text[indent] !== '-') break;
      const next = l.text[indent + 1];
      if (next !== ' ' && next !== undefined) break;
      at++;
      base = l.start;
      p ??= place(items, indent);
      let i = indent + 1;
      while (l.text[i] === ' ') i++;
      if (i >= l.text.length || l.text[i] === '#') {
        const value = nested(indent, false);
        p?.values.set(items.length, placeOf(value) ?? l.start + i);
        items.push(value);
        continue;
      }
      const ch = l.text[i]!;
      if (ch === '-' && (l.text[i + 1] === ' ' || l.text[i + 1] === undefined)) out();
      p?.values.set(items.length, l.start + i);
      // `- key: value` opens a mapping whose keys line up with this first one.
      const colon = ch === '"' || ch === "'" || ch === '[' || ch === '{' ? -1 : mappingColon(l.text, i);
      if (colon >= 0) {
        items.push(blockMap(i, { rest: i, line: l }));
        continue;
      }
      base = l.start;
      items.push(readInline(l.text, i));
      if (at < lines.length && lines[at]!.indent > indent) out();
    }
    return items;
  };

  /** What follows `key:` or `-` with nothing after it on the line. */
  const nested = (indent: number, inMap: boolean): unknown => {
    const l = lines[at];
    if (!l) return null;
    if (l.indent > indent) {
      if (l.text[l.indent] === '-' && (l.text[l.indent + 1] === ' ' || l.text[l.indent + 1] === undefined)) return blockSeq(l.indent);
      return blockMap(l.indent);
    }
    // A mapping's value may be a sequence at the mapping's own indentation.
    if (inMap && l.indent === indent && l.text[indent] === '-' && (l.text[indent + 1] === ' ' || l.text[indent + 1] === undefined)) return blockSeq(indent);
    return null;
  };

  try {
    if (lines[0]!.text[0] === '-') return undefined;
    const value = blockMap(0);
    return at === lines.length ? value : undefined;
  } catch (e) {
    if (e instanceof TooManyKeys) throw e;
    // Out of the subset, or a deep or odd input it does not bound: the full parser handles it.
    return undefined;
  }
}

/** Where `key:` ends on a line whose content starts at `i`, or -1 when the line is no `key: value`. */
function mappingColon(line: string, i: number): number {
  let j = i;
  while (j < line.length && line[j] !== ':' && line[j] !== ' ') j++;
  if (line[j] !== ':') return -1;
  return line[j + 1] === ' ' || line[j + 1] === undefined ? j : -1;
}
