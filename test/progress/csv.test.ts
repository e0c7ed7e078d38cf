import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, CsvDecoder, decodeCsv, encodeCsv, MAX_CSV_FIELD, MAX_CSV_FIELDS } from '../../src/progress/csv.js';

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

describe('the formula guard where a spreadsheet splits on semicolons or tabs', () => {
  it.each([
    ['Refund;=1+2;', '"Refund;=1+2;"'],
    ['ann;@SUM(1+1);', '"ann;@SUM(1+1);"'],
    ['a; +1', '"a; +1"'],
    ['x\t=1', '"x\t=1"'],
    ['x;-2', '"x;-2"'],
    // Nothing after a separator starts like a formula: one cell or several, all text.
    ['a;b', 'a;b'],
    ['emotional-three-step/willingness=in-order;emotional-three-step/empathy=missing', 'emotional-three-step/willingness=in-order;emotional-three-step/empathy=missing'],
  ])('%j is written as %s and read back', (value, cell) => {
    expect(csvField(value)).toBe(cell);
    expect(rows(encodeCsv([[value]]))).toEqual([[value]]);
  });
});

describe('CsvDecoder', () => {
  it('gives the same records however the text is cut into pieces', () => {
    const field = fc.oneof(fc.string(), fc.constantFrom('=1', '"', ',', '\r\n', '\n', '\r', '""', 'a"b'));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 6 }), (input, cuts) => {
        const text = encodeCsv(input);
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const decoder = new CsvDecoder();
        const got: string[][] = [];
        let from = 0;
        for (const to of [...at, text.length]) {
          const r = decoder.push(text.slice(from, to));
          if (!r.ok) throw new Error(r.problem);
          got.push(...r.rows);
          from = to;
        }
        const last = decoder.end();
        if (!last.ok) throw new Error(last.problem);
        expect([...got, ...last.rows]).toEqual(input);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a quote left open as soon as the field outgrows the limit, naming its line', () => {
    const decoder = new CsvDecoder();
    expect(decoder.push('a,b\r\nc,"d')).toMatchObject({ ok: true });
    const piece = 'x'.repeat(1024);
    let r = decoder.push(piece);
    for (let i = 0; r.ok && i < 100; i++) r = decoder.push(piece);
    expect(r).toEqual({ ok: false, problem: `line 2: a quoted field runs past ${MAX_CSV_FIELD} characters (is a quote left open?)` });
    expect(decoder.push('more')).toEqual(r);
  });

  it('refuses an unquoted field past the limit, and a record of too many fields', () => {
    expect(decodeCsv('y'.repeat(MAX_CSV_FIELD + 1))).toEqual({ ok: false, problem: `line 1: a field runs past ${MAX_CSV_FIELD} characters` });
    expect(decodeCsv(','.repeat(MAX_CSV_FIELDS + 1))).toMatchObject({ ok: false, problem: `line 1: more than ${MAX_CSV_FIELDS} fields` });
  });
});
