import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsv, encodeCsv } from '../../src/progress/csv.js';

const rows = (text: string): string[][] => {
  const r = decodeCsv(text);
  if (!r.ok) throw new Error(r.problem);
  return r.rows;
};

describe('encodeCsv', () => {
  it.each([
    [[['a', 'b']], 'a,b\r\n'],
    [[['with, comma', 'with "quotes"', 'two\nlines']], '"with, comma","with ""quotes""","two\nlines"\r\n'],
    [[['=HYPERLINK("x")', '+1', '-2', '@sum', 'plain']], `"'=HYPERLINK(""x"")",'+1,'-2,'@sum,plain\r\n`],
    [[["'=already", "it's"]], "''=already,it's\r\n"],
    [[['鸭血迟迟不上（小样）', '']], '鸭血迟迟不上（小样）,\r\n'],
  ])('%j', (input, text) => {
    expect(encodeCsv(input)).toBe(text);
    expect(rows(text)).toEqual(input);
  });
});

describe('decodeCsv', () => {
  it('takes LF line ends, a byte-order mark and no final line end', () => {
    expect(rows('\uFEFFa,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('names the line a quote was left open on', () => {
    expect(decodeCsv('a,b\r\nc,"d\r\ne\r\n')).toEqual({ ok: false, problem: 'line 2: a quoted field is never closed' });
  });

  it('reads back whatever it wrote', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom('=1', "'=1", "''+x", '"', ',', '\r\n', '\n', "'", '@'));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (input) => {
        expect(rows(encodeCsv(input))).toEqual(input);
      }),
      { numRuns: 500 },
    );
  });
});
