import { Composer, isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, Parser, visit } from 'yaml';
import type { Document, DocumentOptions, Node as YamlNode, Pair, ParseOptions, SchemaOptions, YAMLMap } from 'yaml';
import type { Diagnostic, Finding, YamlPath } from '../model/diagnostic.js';
import { error } from '../model/diagnostic.js';
import type { SourceMessages } from '../model/source-messages.js';
import { sourceMessages } from '../model/source-messages.js';
import { MAX_KEYS_PER_MAPPING, placePlainYaml, readPlainYamlBounded } from './plain-yaml.js';

export { MAX_KEYS_PER_MAPPING } from './plain-yaml.js';

/** Files above this size are rejected unread: nothing kefu loads needs more. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Aliases a document may expand; far above any honest file, far below a billion laughs. */
export const MAX_ALIAS_COUNT = 200;

/** What places findings in a file: where each value and key starts, and the line starts. */
interface Positions {
  readonly lineCounter: LineCounter;
  /** The offset of the value (or key) at a path, or of its deepest existing ancestor. */
  offsetAt(path: YamlPath, at: 'key' | 'value'): number;
}

function documentPositions(doc: Document.Parsed | undefined, lineCounter: LineCounter): Positions {
  return { lineCounter, offsetAt: (path, at) => (doc ? (nodeAt(doc, path, at).node?.range?.[0] ?? 0) : 0) };
}

/**
 * Positions from the fast reader's second, positional pass: the same offsets the full parser's
 * node ranges give, without building its document.
 */
function placedPositions(text: string): Positions | undefined {
  const placed = placePlainYaml(text);
  if (!placed) return undefined;
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const { value, places } = placed;
  return {
    lineCounter,
    offsetAt(path, at) {
      let current: unknown = value;
      let offset = places.get(value as object)?.at ?? 0;
      for (let i = 0; i < path.length; i++) {
        const seg = path[i]!;
        const p = current !== null && typeof current === 'object' ? places.get(current) : undefined;
        if (!p) return offset;
        const key = Array.isArray(current) ? seg : String(seg);
        if (Array.isArray(current) ? typeof seg !== 'number' || seg >= current.length : !Object.hasOwn(current as object, key)) return p.at;
        if (i === path.length - 1 && at === 'key' && !Array.isArray(current)) return p.keys.get(key as string) ?? p.at;
        offset = p.values.get(key) ?? p.at;
        current = (current as Record<string | number, unknown>)[key];
      }
      return offset;
    },
  };
}

/** A parsed YAML file and what is needed to place findings in it. */
export interface SourceFile {
  readonly file: string;
  readonly text: string;
  /** The document as plain data, or undefined when it could not be converted. */
  readonly value: unknown;
  /**
   * Node ranges and line starts. A file read by the fast reader has none until a finding
   * needs a line and column: then the full parser reads it once, here.
   */
  positions(): Positions;
}

export interface ParsedSource {
  readonly source: SourceFile;
  readonly findings: Finding[];
}

// C0 controls but tab, newline and carriage return; DEL; C1; bidirectional embeddings,
// overrides and isolates. Any of them lets a file move the cursor or disguise its text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function describeChar(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Findings for terminal control and bidi-override characters, one per line at most. */
export function controlCharacterFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  let lastLineStart = -1;
  for (const m of text.matchAll(CONTROL)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (lineStart === lastLineStart) continue;
    lastLineStart = lineStart;
    findings.push({
      code: 'control-characters',
      severity: 'error',
      message: `text contains the control character ${describeChar(m[0])}; terminal escapes and bidirectional overrides are not allowed`,
      offset: m.index,
    });
  }
  return findings;
}

/**
 * One linear walk over the parsed document for what the parser itself does not report, or
 * reports at a cost: a key twice in a mapping (the parser's own check compares every pair,
 * quadratic in keys), a sequence or mapping used as a key, more keys than any file needs, and
 * control characters written as escapes (`"\\e[2J"`, `"\\u202e"`), which are not in the file's
 * text but are in its values.
 */
function walkFindings(doc: Document.Parsed, text: string, m: SourceMessages): { findings: Finding[]; convertible: boolean } {
  const findings: Finding[] = [];
  let convertible = true;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      let tooMany = false;
      for (const pair of map.items) {
        const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
        const at = (pair.key as YamlNode | null)?.range?.[0] ?? map.range?.[0] ?? 0;
        if (isCollection(key)) {
          convertible = false;
          findings.push({ code: 'complex-key', severity: 'error', message: m.complexKey({ kind: isSeq(key) ? 'list' : 'mapping' }), offset: at });
          continue;
        }
        // The key as it becomes a property: `1` and "1" are the same property.
        const name = isScalar(key) ? propertyName(key.value) : '';
        if (seen.has(name)) findings.push({ code: 'duplicate-key', severity: 'error', message: 'this key appears twice in the same mapping', offset: at });
        seen.add(name);
        if (!tooMany && seen.size > MAX_KEYS_PER_MAPPING) {
          tooMany = true;
          convertible = false;
          findings.push({ code: 'too-many-keys', severity: 'error', message: m.tooManyKeys({ max: MAX_KEYS_PER_MAPPING }), offset: at });
        }
      }
    },
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      CONTROL.lastIndex = 0;
      const c = CONTROL.exec(node.value);
      if (!c) return;
      CONTROL.lastIndex = 0;
      if (CONTROL.test(text.slice(node.range[0], node.range[1]))) return;
      findings.push({
        code: 'control-characters',
        severity: 'error',
        message: `text contains the control character ${describeChar(c[0])} (written as an escape); terminal escapes and bidirectional overrides are not allowed`,
        offset: node.range[0],
      });
    },
  });
  CONTROL.lastIndex = 0;
  return { findings, convertible };
}

/** The property a scalar key becomes: text as it is, a number or boolean as it prints, null as ''. */
function propertyName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return '';
}

/** Where the first alias (`*name`) of a document is: the place to start reading an alias bomb. */
function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function emptySource(file: string, text: string): SourceFile {
  const positions = documentPositions(undefined, new LineCounter());
  return { file, text, value: undefined, positions: () => positions };
}

/**
 * YAML 1.2 core schema is pinned and merge keys are off whatever the file's directives say,
 * so `%YAML 1.1` cannot turn `no` into false or `<<` into a merge. Duplicate keys are found by
 * kefu's own linear walk, not the parser's pairwise one; warnings never go to the process.
 */
const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  stringKeys: false,
  // YAML 1.1 types (!!binary, !!set, !!timestamp, …) would turn text into other values.
  resolveKnownTags: false,
  logLevel: 'error',
};

/** The first document of the text, how many there are, and where a second `%YAML` directive stands. */
function compose(text: string, lineCounter: LineCounter): { doc: Document.Parsed; documents: number; secondDocAt: number; repeatedDirective?: number } {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer(PARSE_OPTIONS);
  let yamlDirectives = 0;
  let repeatedDirective: number | undefined;
  // The parser accepts `%YAML` twice before one document; the YAML spec does not.
  function* tokens(): Generator<ReturnType<Parser['parse']> extends Generator<infer T> ? T : never> {
    for (const token of parser.parse(text)) {
      if (token.type === 'directive' && /^%YAML\b/.test(token.source)) {
        yamlDirectives++;
        if (yamlDirectives === 2 && repeatedDirective === undefined) repeatedDirective = token.offset;
      } else if (token.type === 'document') {
        yamlDirectives = 0;
      }
      yield token;
    }
  }
  let doc: Document.Parsed | undefined;
  let documents = 0;
  let secondDocAt = 0;
  for (const d of composer.compose(tokens(), true, text.length)) {
    documents++;
    if (!doc) doc = d;
    else if (documents === 2) secondDocAt = d.range[0];
  }
  return { doc: doc!, documents, secondDocAt, ...(repeatedDirective !== undefined ? { repeatedDirective } : {}) };
}

/**
 * Decodes and parses one YAML file. Never throws: every problem (size, encoding, syntax,
 * duplicate keys, unknown tags, alias bombs, control characters) is a finding.
 */
export function parseSource(bytes: Uint8Array, file: string, options: { lang?: 'zh' | 'en' } = {}): ParsedSource {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      source: emptySource(file, ''),
      findings: [error('file-too-large', `file is larger than ${MAX_FILE_BYTES} bytes (1 MiB); not read`)],
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { source: emptySource(file, ''), findings: [error('invalid-encoding', 'file is UTF-16 text; save it as UTF-8')] };
  }
  if (bytes.includes(0)) {
    return { source: emptySource(file, ''), findings: [error('invalid-encoding', 'binary file (contains NUL bytes); expected UTF-8 text')] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { source: emptySource(file, ''), findings: [error('invalid-encoding', 'file is not valid UTF-8 text')] };
  }
  return parseText(text, file, options);
}

/**
 * Parses YAML text; see {@link parseSource}. A file in the plain subset trainers write, with
 * no control character, is read by the fast reader and parsed in full (with positions) only
 * if a finding later needs a line and column; every other file is parsed in full at once.
 * Both give the same value and the same findings.
 */
export function parseText(text: string, file: string, options: { lang?: 'zh' | 'en' } = {}): ParsedSource {
  const m = sourceMessages[options.lang ?? 'en'];
  const control = controlCharacterFindings(text);
  if (control.length === 0) {
    const { value, tooManyKeysAt } = readPlainYamlBounded(text);
    if (tooManyKeysAt !== undefined) {
      const lineCounter = new LineCounter();
      lineCounter.addNewLine(0);
      for (let i = text.indexOf('\n'); i >= 0 && i < tooManyKeysAt; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
      const positions = documentPositions(undefined, lineCounter);
      return {
        source: { file, text, value: undefined, positions: () => positions },
        findings: [{ code: 'too-many-keys', severity: 'error', message: m.tooManyKeys({ max: MAX_KEYS_PER_MAPPING }), offset: tooManyKeysAt }],
      };
    }
    if (value !== undefined) {
      let positions: Positions | undefined;
      return { source: { file, text, value, positions: () => (positions ??= placedPositions(text) ?? fullParse(text, m).positions) }, findings: [] };
    }
  }
  const full = fullParse(text, m);
  const source: SourceFile = { file, text, value: full.value, positions: () => full.positions };
  return { source, findings: [...control, ...full.findings] };
}

/**
 * {@link parseText} without the fast reader: what the full parser alone makes of the text. The
 * two always agree on value, findings and positions; this is how that is tested.
 */
export function parseTextFully(text: string, file: string, options: { lang?: 'zh' | 'en' } = {}): ParsedSource {
  const full = fullParse(text, sourceMessages[options.lang ?? 'en']);
  return { source: { file, text, value: full.value, positions: () => full.positions }, findings: [...controlCharacterFindings(text), ...full.findings] };
}

/** The full parse: the document with node ranges, line starts, value and findings. */
function fullParse(text: string, m: SourceMessages): { positions: Positions; value: unknown; findings: Finding[] } {
  const findings: Finding[] = [];
  const lineCounter = new LineCounter();
  let composed: ReturnType<typeof compose>;
  try {
    composed = compose(text, lineCounter);
  } catch (e) {
    // The parser reports problems as values; a throw here means input it cannot bound
    // (e.g. pathological nesting). Report it rather than crash.
    findings.push({ code: 'yaml-syntax', severity: 'error', message: `YAML could not be parsed: ${syntaxMessage((e as Error).message)}`, offset: 0 });
    return { positions: documentPositions(undefined, lineCounter), value: undefined, findings };
  }
  const { doc } = composed;
  if (composed.documents > 1) findings.push({ code: 'yaml-syntax', severity: 'error', message: m.documents({ n: composed.documents }), offset: composed.secondDocAt });
  if (composed.repeatedDirective !== undefined) findings.push({ code: 'yaml-syntax', severity: 'error', message: m.repeatedYamlDirective, offset: composed.repeatedDirective });
  // One unclosed bracket can make the parser report the same error thousands of times: keep
  // each (place, message) once, and only the first few, which are the ones to fix.
  const reported = new Set<string>();
  for (const e of doc.errors) {
    const finding: Finding = { code: 'yaml-syntax', severity: 'error', message: syntaxMessage(e.message), offset: e.pos[0] };
    const key = `${finding.offset}|${finding.message}`;
    if (reported.has(key)) continue;
    reported.add(key);
    if (reported.size > MAX_SYNTAX_FINDINGS) break;
    findings.push(finding);
  }
  for (const w of doc.warnings) {
    // The parser only warns about unknown tags; an unknown tag would silently become a
    // plain string, so it is an error here.
    findings.push({
      code: w.code === 'TAG_RESOLVE_FAILED' ? 'unknown-tag' : 'yaml-syntax',
      severity: 'error',
      message: w.code === 'TAG_RESOLVE_FAILED' ? tagMessage(w.message) : firstLine(w.message),
      offset: w.pos[0],
    });
  }
  const positions = documentPositions(doc, lineCounter);
  let value: unknown;
  const walked = walkFindings(doc, text, m);
  findings.push(...walked.findings);
  if (doc.errors.length === 0 && composed.documents === 1) {
    // A collection used as a key has no faithful plain-data form, and a mapping over the key
    // bound would only bury the one finding that matters: such a file is not converted.
    if (walked.convertible) {
      try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (e) {
        // The yaml package throws its alias limit only here, when converting.
        const msg = (e as Error).message;
        findings.push({
          code: /alias/i.test(msg) ? 'alias-limit' : 'yaml-syntax',
          severity: 'error',
          message: /alias/i.test(msg)
            ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}); the file may be an alias bomb`
            : `YAML could not be read: ${firstLine(msg)}`,
          offset: /alias/i.test(msg) ? firstAliasOffset(doc) : 0,
        });
      }
    }
  }
  if (value !== null && typeof value === 'object') findings.push(...dropProtoKeys(value));
  return { positions, value, findings };
}

/**
 * Removes every `__proto__` key from converted YAML and reports it. The yaml package keeps it
 * as an own property, but later steps copy objects (zod drops the key from a record silently,
 * a plain assignment would set a prototype), so no such key goes further than here.
 */
function dropProtoKeys(root: object): Finding[] {
  const findings: Finding[] = [];
  const stack: { value: object; path: YamlPath }[] = [{ value: root, path: [] }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((v: unknown, i) => {
        if (v !== null && typeof v === 'object') stack.push({ value: v, path: [...path, i] });
      });
      continue;
    }
    if (Object.hasOwn(value, '__proto__')) {
      findings.push(error('invalid-value', "'__proto__' cannot be used as a key", [...path, '__proto__'], 'key'));
      delete (value as Record<string, unknown>)['__proto__'];
    }
    for (const [k, v] of Object.entries(value)) {
      if (v !== null && typeof v === 'object') stack.push({ value: v as object, path: [...path, k] });
    }
  }
  return findings;
}

/** YAML errors reported per file at most. */
const MAX_SYNTAX_FINDINGS = 20;

function syntaxMessage(message: string): string {
  // The parser turns a stack overflow from pathological nesting into an error value.
  if (/call stack/i.test(message)) return 'the YAML is nested too deeply to be read';
  return firstLine(message);
}

function tagMessage(message: string): string {
  const tag = /Unresolved tag: (\S+)/.exec(message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!') ?? 'here';
  return `unknown tag ${tag}: kefu files use plain YAML values, without tags`;
}

function firstLine(s: string): string {
  const line = s.split('\n')[0] ?? s;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/** The YAML node at `path`, or the deepest existing ancestor when the path runs out. */
function nodeAt(doc: Document.Parsed, path: YamlPath, at: 'key' | 'value'): { node: YamlNode | undefined; exact: boolean } {
  let current: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (isMap(current)) {
      const pair = pairsOf(current).get(String(seg));
      if (!pair) return { node: current, exact: false };
      if (i === path.length - 1 && at === 'key' && pair.key) return { node: pair.key as YamlNode, exact: true };
      if (pair.value == null) return { node: (pair.key as YamlNode | null) ?? current, exact: false };
      current = pair.value;
    } else if (isSeq(current) && typeof seg === 'number') {
      const item = current.items[seg];
      if (item == null) return { node: current, exact: false };
      current = item;
    } else {
      return { node: current as YamlNode | undefined, exact: false };
    }
  }
  return { node: current as YamlNode | undefined, exact: true };
}

// Each mapping's pairs by key, built the first time a finding points into it, so placing
// many findings in one large mapping costs one pass over it, not one per finding.
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      const k = isPair(p) ? keyOf(p.key) : undefined;
      if (k !== undefined && !index.has(k)) index.set(k, p);
    }
    pairIndex.set(map, index);
  }
  return index;
}

function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/** The character offset a finding points at; 0 when it has neither path nor offset. */
export function offsetOf(source: SourceFile, finding: Finding): number {
  if (finding.offset !== undefined) return finding.offset;
  if (!finding.path) return 0;
  return source.positions().offsetAt(finding.path, finding.at ?? 'value');
}

/** Places a finding in its file. Line and column are worked out here and nowhere else. */
export function toDiagnostic(source: SourceFile, finding: Finding): Diagnostic {
  const pos = source.positions().lineCounter.linePos(offsetOf(source, finding));
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    file: source.file,
    // An empty or unread file has no lines: its findings sit at 1:1.
    line: Math.max(1, pos.line),
    column: Math.max(1, pos.col),
  };
}
