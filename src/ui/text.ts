import { createRequire } from 'node:module';
import type { Lang, Named } from '../i18n/lang.js';
import { nameIn } from '../i18n/lang.js';
import { terminalText } from './escape.js';

/**
 * Characters whose display width is certain without Unicode's tables: printable ASCII (one
 * column); CJK ideographs, CJK punctuation, kana, Hangul syllables and fullwidth forms (two;
 * the combining tone and sound marks among them take none, so they are left to string-width);
 * and the punctuation of Chinese text that terminals show in one column (curly quotes, dashes,
 * the ellipsis, the middle dot, stars).
 */
const WIDE = /^[\u3000-\u3029\u3030-\u303e\u3041-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60\uffe0-\uffe6]$/;
const SIMPLE = /^[\x20-\x7e\u00b7\u2014\u2018\u2019\u201c\u201d\u2026\u2605\u2606\u3000-\u3029\u3030-\u303e\u3041-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60\uffe0-\uffe6]*$/;

let fullWidth: ((text: string) => number) | undefined;

/**
 * The columns text takes on a terminal: a CJK character two, colour codes none. Text made only
 * of the characters above (the whole of kefu's own library) is measured here; anything else
 * (emoji, combining marks, escapes) by string-width, loaded only then, since compiling its
 * emoji tables costs more than the rest of `kefu list`.
 */
export function displayWidth(text: string): number {
  if (SIMPLE.test(text)) {
    let width = 0;
    for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
    return width;
  }
  fullWidth ??= (createRequire(import.meta.url)('string-width') as { default: (text: string) => number }).default;
  return fullWidth(text);
}

/**
 * Text from a file, made safe to print on a terminal: {@link terminalText}, the terminal sink of
 * `escape.ts`, kept under this name because every screen calls it. Each unsafe character becomes
 * a visible escape (`\x1b`, `\u202e`), so nothing reaches the terminal that it would act on.
 */
export function safeText(text: string): string {
  return terminalText(text);
}

/**
 * Pads text with spaces to a display width, after it or (`right`) before it: a CJK character
 * takes two columns, colour codes none.
 */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const padding = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? padding + text : text + padding;
}

/** A name in the interface's language, safe to print: `name` in Chinese, `name_en` in English. */
export function safeName(n: Named, lang: Lang): string {
  return safeText(nameIn(n, lang));
}
