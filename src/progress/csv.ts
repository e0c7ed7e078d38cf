/**
 * CSV as RFC 4180 has it: fields separated by commas, records by CRLF, a field holding a comma,
 * quote or line break in double quotes with its quotes doubled. A field a spreadsheet would
 * take for a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * apostrophe, removed again on reading, so a name such as `=HYPERLINK(…)` stays text. A
 * spreadsheet set to split on semicolons or tabs would start a cell after each one: a field in
 * which such a cell would start like a formula (`Refund;=1+2`) is quoted, so it stays one cell.
 */

const FORMULA = /^['\t\r=+\-@]/;
const ESCAPED_FORMULA = /^'['\t\r=+\-@]/;
/** A semicolon or tab followed, spaces aside, by what starts a formula. */
const FORMULA_AFTER_SEPARATOR = /[;\t][ \u00a0]*[=+\-@\t\r]/;

/** One field as CSV: the one escaping every CSV kefu writes goes through. */
export function csvField(value: string): string {
  // An apostrophe already in front of such a character gets one more, so reading takes off exactly one.
  const safe = FORMULA.test(value) && (value[0] !== "'" || ESCAPED_FORMULA.test(value)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || FORMULA_AFTER_SEPARATOR.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function decodeField(value: string): string {
  return ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}

/** Rows as CSV text, every record ended by CRLF. */
export function encodeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The longest field kefu reads, in characters: far above any title or step list, far below a file's worth. */
export const MAX_CSV_FIELD = 64 * 1024;
/** The most fields in one record. */
export const MAX_CSV_FIELDS = 1000;

export type CsvRows = { readonly ok: true; readonly rows: string[][] } | { readonly ok: false; readonly problem: string };

/**
 * CSV read a piece at a time: {@link push} gives the records completed so far, {@link end} the
 * last one. What always holds: the records are those of the whole text however it is cut into
 * pieces; memory stays within one record of at most {@link MAX_CSV_FIELDS} fields of at most
 * {@link MAX_CSV_FIELD} characters, so a quote left open in a huge file is reported as soon as
 * the field outgrows the limit, naming the line it opened on. Line ends may be CRLF or LF; a
 * UTF-8 byte-order mark is skipped.
 */
export class CsvDecoder {
  private row: string[] = [];
  private field = '';
  private quoted = false;
  private wasQuoted = false;
  /** A quote seen at the end of a piece inside a quoted field: a doubled quote or the closing one. */
  private quoteAtEnd = false;
  /** A carriage return seen at the end of a piece outside quotes. */
  private crAtEnd = false;
  private line = 1;
  private quoteLine = 0;
  private started = false;
  private failed: string | undefined;

  push(piece: string): CsvRows {
    if (this.failed) return { ok: false, problem: this.failed };
    let src = piece;
    if (!this.started && src.length > 0) {
      this.started = true;
      if (src.startsWith('\uFEFF')) src = src.slice(1);
    }
    const rows: string[][] = [];
    let i = 0;
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (src[0] === '"') {
        this.field += '"';
        i = 1;
      } else {
        this.quoted = false;
      }
    }
    if (this.crAtEnd) {
      this.crAtEnd = false;
      if (src[0] === '\n') {
        i = 1;
        this.endRecord(rows);
      } else {
        this.field += '\r';
      }
    }
    // Runs of ordinary characters are taken whole: slicing is far cheaper than one at a time.
    while (i < src.length) {
      if (this.quoted) {
        const q = src.indexOf('"', i);
        const end = q === -1 ? src.length : q;
        const chunk = src.slice(i, end);
        for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) this.line++;
        this.field += chunk;
        if (this.field.length > MAX_CSV_FIELD) return this.fail(`line ${this.quoteLine}: a quoted field runs past ${MAX_CSV_FIELD} characters (is a quote left open?)`);
        if (q === -1) break;
        if (q + 1 === src.length) {
          this.quoteAtEnd = true;
          break;
        }
        if (src[q + 1] === '"') {
          this.field += '"';
          i = q + 2;
        } else {
          this.quoted = false;
          i = q + 1;
        }
        continue;
      }
      const ch = src[i]!;
      if (ch === '"' && this.field === '' && !this.wasQuoted) {
        this.quoted = true;
        this.wasQuoted = true;
        this.quoteLine = this.line;
        i++;
      } else if (ch === ',') {
        if (!this.endField()) return this.fail(`line ${this.line}: more than ${MAX_CSV_FIELDS} fields`);
        i++;
      } else if (ch === '\n') {
        this.endRecord(rows);
        i++;
      } else if (ch === '\r') {
        if (i + 1 === src.length) {
          this.crAtEnd = true;
          i++;
        } else if (src[i + 1] === '\n') {
          this.endRecord(rows);
          i += 2;
        } else {
          this.field += ch;
          i++;
        }
      } else {
        let j = i + 1;
        while (j < src.length && src[j] !== ',' && src[j] !== '\n' && src[j] !== '\r' && src[j] !== '"') j++;
        this.field += src.slice(i, j);
        i = j;
      }
      if (this.field.length > MAX_CSV_FIELD) return this.fail(`line ${this.line}: a field runs past ${MAX_CSV_FIELD} characters`);
    }
    return { ok: true, rows };
  }

  /** The last record, when the text does not end with a line end; an error when a quote was left open. */
  end(): CsvRows {
    if (this.failed) return { ok: false, problem: this.failed };
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.quoted = false;
    }
    if (this.crAtEnd) this.field += '\r';
    if (this.quoted) return this.fail(`line ${this.quoteLine}: a quoted field is never closed`);
    const rows: string[][] = [];
    if (this.field !== '' || this.row.length > 0 || this.wasQuoted) {
      this.endField();
      rows.push(this.row);
      this.row = [];
    }
    return { ok: true, rows };
  }

  private fail(problem: string): CsvRows {
    this.failed = problem;
    return { ok: false, problem };
  }

  private endField(): boolean {
    this.row.push(decodeField(this.field));
    this.field = '';
    this.wasQuoted = false;
    return this.row.length <= MAX_CSV_FIELDS;
  }

  private endRecord(rows: string[][]): void {
    this.line++;
    this.endField();
    rows.push(this.row);
    this.row = [];
  }
}

/**
 * CSV text as rows. What always holds: `decodeCsv(encodeCsv(rows))` equals `rows` when every
 * row has at least one field. Line ends may be CRLF or LF; a UTF-8 byte-order mark is skipped;
 * a quote left open is an error naming the line it opened on.
 */
export function decodeCsv(text: string): CsvRows {
  const decoder = new CsvDecoder();
  const head = decoder.push(text);
  if (!head.ok) return head;
  const tail = decoder.end();
  if (!tail.ok) return tail;
  return { ok: true, rows: [...head.rows, ...tail.rows] };
}
