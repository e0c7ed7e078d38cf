import stringWidth from 'string-width';
import type { Lang, Named } from '../i18n/lang.js';
import { nameIn } from '../i18n/lang.js';
// C0 controls but tab and newline, DEL, C1, and the bidirectional embeddings, overrides and
// isolates: what lets text move the cursor, retitle the window, write the clipboard or
// disguise itself.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from a file, made safe to print: each unsafe character becomes a visible escape
 * (`\x1b`, `\u202e`), so nothing reaches the terminal that it would act on.
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Pads text with spaces to a display width, after it or (`right`) before it: a CJK character
 * takes two columns, colour codes none.
 */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const padding = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? padding + text : text + padding;
}

/** A name in the interface's language, safe to print: `name` in Chinese, `name_en` in English. */
export function safeName(n: Named, lang: Lang): string {
  return safeText(nameIn(n, lang));
}
