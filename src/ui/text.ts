import stringWidth from 'string-width';
import type { Lang, Named } from '../i18n/lang.js';
import { nameIn } from '../i18n/lang.js';
import { terminalText } from './escape.js';

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
  const padding = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return align === 'right' ? padding + text : text + padding;
}

/** A name in the interface's language, safe to print: `name` in Chinese, `name_en` in English. */
export function safeName(n: Named, lang: Lang): string {
  return safeText(nameIn(n, lang));
}
