/**
 * CSV as RFC 4180 has it: fields separated by commas, records by CRLF, a field holding a comma,
 * quote or line break in double quotes with its quotes doubled. A field a spreadsheet would
 * take for a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * apostrophe, removed again on reading, so a name such as `=HYPERLINK(…)` stays text.
 */

const FORMULA = /^['\t\r=+\-@]/;
const ESCAPED_FORMULA = /^'['\t\r=+\-@]/;

function encodeField(value: string): string {
  // An apostrophe already in front of such a character gets one more, so reading takes off exactly one.
  const safe = FORMULA.test(value) && (value[0] !== "'" || ESCAPED_FORMULA.test(value)) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function decodeField(value: string): string {
  return ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}

/** Rows as CSV text, every record ended by CRLF. */
export function encodeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(encodeField).join(',')}\r\n`).join('');
}

/**
 * CSV text as rows. What always holds: `decodeCsv(encodeCsv(rows))` equals `rows` when every
 * row has at least one field. Line ends may be CRLF or LF; a UTF-8 byte-order mark is skipped;
 * a quote left open is an error naming the line it opened on.
 */
export function decodeCsv(text: string): { readonly ok: true; readonly rows: string[][] } | { readonly ok: false; readonly problem: string } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let quoteLine = 0;
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endField = (): void => {
    row.push(decodeField(field));
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || (ch === '\r' && src[i + 1] === '\n')) {
      if (ch === '\r') i++;
      line++;
      endField();
      rows.push(row);
      row = [];
    } else {
      field += ch;
    }
  }
  if (quoted) return { ok: false, problem: `line ${quoteLine}: a quoted field is never closed` };
  if (field !== '' || row.length > 0 || wasQuoted) {
    endField();
    rows.push(row);
  }
  return { ok: true, rows };
}
