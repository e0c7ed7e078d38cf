/** How many terminal columns a text takes. The shell measures with string-width and passes it in. */
export type TextWidth = (text: string) => number;

// East Asian Wide and Fullwidth blocks: Hangul Jamo, CJK and Yi, Hangul syllables, CJK
// compatibility, vertical and compatibility forms, fullwidth forms, the supplementary ideographs.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

/**
 * A plain measure for the pure core when no other is given: two columns for a wide or
 * fullwidth character, none for a combining mark or a zero-width one, one for the rest. It
 * agrees with string-width on Chinese, Latin and punctuation, the text of kefu's files.
 */
export const plainWidth: TextWidth = (text) => {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0x200d || cp === 0xfe0f) continue;
    w += WIDE.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
  }
  return w;
};
