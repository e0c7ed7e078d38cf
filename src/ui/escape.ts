/**
 * One escaping function per place text goes, for every string that came from a file, an
 * argument or the history: a scenario's lines, a file name, a trainee's name, a quiz answer.
 * What each sink must never receive raw is the same set of characters, the ones a terminal
 * or a viewer acts on instead of showing: C0 controls, DEL, C1 controls, and the
 * bidirectional embeddings, overrides (U+202A–202E) and isolates (U+2066–2069) that make text
 * read other than it is. Each sink shows them in its own visible form.
 *
 * - {@link terminalLine}: one line of a screen or an error message (names, ids, paths, arguments).
 * - {@link terminalText}: prose that may span lines as authored (a customer's line, a note).
 * - {@link jsonText}: a JSON document written to stdout or a file.
 *
 * All three are pure, total and idempotent on their own output.
 */

// C0 but tab and line feed, DEL, C1, bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// The same, and line feed and tab too: on one line, a line feed would start a line the
// layout did not put there (a forged `✓ no problems`), a tab would move the columns.
// eslint-disable-next-line no-control-regex
const UNSAFE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// JSON.stringify already writes every C0 control as an escape; these it leaves raw.
const UNSAFE_JSON = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The visible form of one unsafe character on a terminal: `\x1b`, `\x0a`, `\u202e`. */
function visible(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text for one line of a terminal. What always holds: the result contains no C0 control (tab
 * and line feed included), no DEL, no C1 control and no bidi control; each one of them is
 * shown as `\xHH` or `\uHHHH`; every other character is kept as it is.
 */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_LINE, visible);
}

/**
 * Text for a terminal that may run over several lines as written: like {@link terminalLine},
 * but tab and line feed are kept. A carriage return is not (it would overwrite the line).
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE_TEXT, visible);
}

/**
 * A value as JSON: `JSON.stringify(value, null, space)`, with DEL, C1 and the bidi controls
 * written as `\uHHHH` escapes too. What always holds: the result parses back to the same value
 * as plain `JSON.stringify`, and contains none of those characters and no raw C0 control.
 * Escaping the output text is safe: outside strings, JSON has no such characters.
 */
export function jsonText(value: unknown, space?: number): string {
  const text = JSON.stringify(value, null, space);
  return text === undefined ? 'null' : text.replace(UNSAFE_JSON, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
