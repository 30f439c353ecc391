const EDGE_BEFORE = '(?<![A-Za-z0-9_-])';
const EDGE_AFTER = '(?![A-Za-z0-9_-])';
const UPN = '[A-Z][0-9]{11}[A-Z0-9]';
const OUTWARD = '[A-Z]{1,2}[0-9][A-Z0-9]?';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
/** A UPN (`H801200001001`) or a full postcode with one or more spaces (`DY1 1HF`, `NE2  1AA`) or none (`DY11HF`), any case. */
const IDENTIFIER = new RegExp(`${EDGE_BEFORE}(?:(${UPN})|${OUTWARD} *${INWARD})${EDGE_AFTER}`, 'gi');
const DATE_LIKE = /^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(\D|$)|\d{4}-(0[1-9]|1[0-2])$)/;

export type IdentifierKind = 'a UPN (unique pupil number)' | 'a full postcode';

/** What a value holds: a UPN, a full postcode, or nothing identifying. */
export function identifierIn(value: string): IdentifierKind | null {
  IDENTIFIER.lastIndex = 0;
  const m = IDENTIFIER.exec(value);
  return m ? (m[1] ? 'a UPN (unique pupil number)' : 'a full postcode') : null;
}

/** Whether any UPN or postcode appears in the text from `from` on. */
export function anyIdentifier(text: string, from: number): boolean {
  IDENTIFIER.lastIndex = from;
  return IDENTIFIER.test(text);
}

/** The first header cell that is data (a UPN, a postcode or a date): the file has no header row. 1-based; null when none. */
export function dataInHeader(headers: readonly string[]): number | null {
  const i = headers.findIndex((h) => identifierIn(h) !== null || DATE_LIKE.test(h.trim()));
  return i < 0 ? null : i + 1;
}

export interface IdentifierHit {
  /** index of the row in `rows` */
  row: number;
  /** 0-based field of the row */
  field: number;
  start: number;
  end: number;
  kind: IdentifierKind;
}

/** The field of a comma-separated record at an offset: quotes toggle, commas outside quotes count. */
function fieldAt(record: string, offset: number): number {
  let field = 0;
  let quoted = false;
  for (let i = 0; i < offset; i++) {
    const c = record.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 44 && !quoted) field++;
  }
  return field;
}

/**
 * Every UPN or postcode in the comma-separated rows the ingest is about to hand to DuckDB (row 0, the header, is
 * skipped): one regular-expression pass over the joined text, each hit placed by a binary search over row starts.
 */
export function findIdentifiers(rows: readonly string[], text: string): IdentifierHit[] {
  const starts = new Float64Array(rows.length);
  for (let i = 1, at = 0; i < rows.length; i++) starts[i] = at += rows[i - 1].length + 1;
  const hits: IdentifierHit[] = [];
  IDENTIFIER.lastIndex = starts[1] ?? text.length;
  for (let m = IDENTIFIER.exec(text); m; m = IDENTIFIER.exec(text)) {
    let lo = 1,
      hi = rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= m.index) lo = mid;
      else hi = mid - 1;
    }
    const start = m.index - starts[lo];
    hits.push({
      row: lo,
      field: fieldAt(rows[lo], start),
      start,
      end: start + m[0].length,
      kind: m[1] ? 'a UPN (unique pupil number)' : 'a full postcode',
    });
  }
  return hits;
}
