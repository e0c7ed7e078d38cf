import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Diagnostic, Finding, YamlPath } from '../model/diagnostic.js';
import { error } from '../model/diagnostic.js';

/** Files above this size are rejected unread: nothing kefu loads needs more. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Aliases a document may expand; far above any honest file, far below a billion laughs. */
export const MAX_ALIAS_COUNT = 200;

/** A parsed YAML file and what is needed to place findings in it. */
export interface SourceFile {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed | undefined;
  readonly lineCounter: LineCounter;
  /** The document as plain data, or undefined when it could not be converted. */
  readonly value: unknown;
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
 * Control characters written as escapes (`"\e[2J"`, `"\u202e"`) are not in the file's text
 * but are in its values: each scalar whose value has one its source text lacks is reported.
 */
function escapedControlFindings(doc: Document.Parsed, text: string): Finding[] {
  const findings: Finding[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      CONTROL.lastIndex = 0;
      const m = CONTROL.exec(node.value);
      if (!m) return;
      CONTROL.lastIndex = 0;
      if (CONTROL.test(text.slice(node.range[0], node.range[1]))) return;
      findings.push({
        code: 'control-characters',
        severity: 'error',
        message: `text contains the control character ${describeChar(m[0])} (written as an escape); terminal escapes and bidirectional overrides are not allowed`,
        offset: node.range[0],
      });
    },
  });
  CONTROL.lastIndex = 0;
  return findings;
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
  return { file, text, doc: undefined, lineCounter: new LineCounter(), value: undefined };
}

/**
 * Decodes and parses one YAML file. Never throws: every problem (size, encoding, syntax,
 * duplicate keys, unknown tags, alias bombs, control characters) is a finding.
 * YAML 1.2 core schema is pinned and merge keys are off whatever the file's directives say,
 * so `%YAML 1.1` cannot turn `no` into false or `<<` into a merge.
 */
export function parseSource(bytes: Uint8Array, file: string): ParsedSource {
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
  return parseText(text, file);
}

/** Parses YAML text; see {@link parseSource}. */
export function parseText(text: string, file: string): ParsedSource {
  const findings: Finding[] = controlCharacterFindings(text);
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      version: '1.2',
      schema: 'core',
      merge: false,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      stringKeys: false,
      // YAML 1.1 types (!!binary, !!set, !!timestamp, …) would turn text into other values.
      resolveKnownTags: false,
    });
  } catch (e) {
    // The parser reports problems as values; a throw here means input it cannot bound
    // (e.g. pathological nesting). Report it rather than crash.
    findings.push({ code: 'yaml-syntax', severity: 'error', message: `YAML could not be parsed: ${syntaxMessage((e as Error).message)}`, offset: 0 });
    return { source: { file, text, doc: undefined, lineCounter, value: undefined }, findings };
  }
  // One unclosed bracket can make the parser report the same error thousands of times: keep
  // each (place, message) once, and only the first few, which are the ones to fix.
  const reported = new Set<string>();
  for (const e of doc.errors) {
    const finding: Finding = {
      code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
      severity: 'error',
      message: e.code === 'DUPLICATE_KEY' ? 'this key appears twice in the same mapping' : syntaxMessage(e.message),
      offset: e.pos[0],
    };
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
  if (doc.errors.length === 0) findings.push(...escapedControlFindings(doc, text));
  let value: unknown;
  if (doc.errors.length === 0) {
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
  if (value !== null && typeof value === 'object') findings.push(...dropProtoKeys(value));
  return { source: { file, text, doc, lineCounter, value }, findings };
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
      const pair = current.items.find((p) => isPair(p) && keyOf(p.key) === String(seg));
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

function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/** The character offset a finding points at; 0 when it has neither path nor offset. */
export function offsetOf(source: SourceFile, finding: Finding): number {
  if (finding.offset !== undefined) return finding.offset;
  if (!finding.path || !source.doc) return 0;
  const { node } = nodeAt(source.doc, finding.path, finding.at ?? 'value');
  return node?.range?.[0] ?? 0;
}

/** Places a finding in its file. Line and column are worked out here and nowhere else. */
export function toDiagnostic(source: SourceFile, finding: Finding): Diagnostic {
  const pos = source.lineCounter.linePos(offsetOf(source, finding));
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
