import { EMPTY_MARKERS, ID_MAX_LENGTH, isContractId } from '../contract';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const isSpace = (c: number) => c === 32 || c === 9;

const MARKERS = new Set<string>(EMPTY_MARKERS.filter((m) => m !== ''));
const MARKER_LENGTH = Math.max(...[...MARKERS].map((m) => m.length));
/** 1 for the first character of an empty marker in either case */
const MARKER_START = new Uint8Array(128);
for (const m of MARKERS) MARKER_START[m.toUpperCase().charCodeAt(0)] = MARKER_START[m.toLowerCase().charCodeAt(0)] = 1;

/** 1 for the characters of an id (`ID_CHARACTERS`), by character code below 128. */
const ID_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ID_CHAR[c] = Number(isContractId(String.fromCharCode(c)));

export interface AsIs {
  /** data records, one per line from line 2 */
  records: number;
  newLine: '\n' | '\r\n';
  /** per position: every value there is empty or an unquoted id of at most ID_MAX_LENGTH characters */
  ids: boolean[];
  /** the spellings of empty markers found (`n/a`, `NULL`), which DuckDB must be told read as empty */
  markers: string[];
  /** some record has fewer values than the header */
  short: boolean;
}

/**
 * Whether DuckDB can read the text as it is, each record numbered by its position: the header on line 1, then one
 * non-blank record per line (no line break inside quotes), every value trimmed and well quoted, none with more values
 * than the header (`width`), one kind of line break. Anything else takes the line-by-line path, which reports it.
 */
export function readsAsIs(text: string, delimiter: string, width: number): AsIs | null {
  const D = delimiter.charCodeAt(0);
  const n = text.length;
  const headerEnd = text.indexOf('\n');
  const ids: boolean[] = new Array(width).fill(true);
  const markers = new Set<string>();
  const marker = (from: number, to: number) => {
    const c = text.charCodeAt(from);
    if (to - from > MARKER_LENGTH || c >= 128 || !MARKER_START[c]) return;
    const value = text.slice(from, to);
    if (MARKERS.has(value.toUpperCase())) markers.add(value);
  };
  let short = false;
  if (headerEnd < 0) return { records: 0, newLine: '\n', ids, markers: [], short };
  let quotes = 0;
  for (let i = text.indexOf('"'); i !== -1 && i < headerEnd; i = text.indexOf('"', i + 1)) quotes++;
  if (quotes % 2 !== 0) return null;
  const crlf = headerEnd > 0 && text.charCodeAt(headerEnd - 1) === CR;
  let records = 0;
  let pos = headerEnd + 1;
  while (pos < n) {
    let fields = 0;
    let filled = false;
    for (;;) {
      fields++;
      if (fields > width) return null;
      let c = pos < n ? text.charCodeAt(pos) : LF;
      if (c === QUOTE) {
        const open = ++pos;
        for (;;) {
          const q = text.indexOf('"', pos);
          if (q < 0) return null;
          const lf = text.indexOf('\n', pos);
          if (lf !== -1 && lf < q) return null;
          if (text.charCodeAt(q + 1) === QUOTE) {
            pos = q + 2;
            continue;
          }
          if (q > open && (isSpace(text.charCodeAt(open)) || isSpace(text.charCodeAt(q - 1)))) return null;
          if (q > open) {
            marker(open, q);
            filled = true;
            ids[fields - 1] = false;
          }
          pos = q + 1;
          break;
        }
        c = pos < n ? text.charCodeAt(pos) : LF;
        if (c !== D && c !== LF && c !== CR) return null;
      } else {
        const start = pos;
        let id = 1;
        while (c !== D && c !== LF && c !== CR) {
          if (c === QUOTE) return null;
          id &= c < 128 ? ID_CHAR[c] : 0;
          c = ++pos < n ? text.charCodeAt(pos) : LF;
        }
        if (pos > start) {
          if (isSpace(text.charCodeAt(start)) || isSpace(text.charCodeAt(pos - 1))) return null;
          marker(start, pos);
          filled = true;
          if (!id || pos - start > ID_MAX_LENGTH) ids[fields - 1] = false;
        }
      }
      if (c === D) {
        pos++;
        continue;
      }
      if (c === CR) {
        if (!crlf || text.charCodeAt(pos + 1) !== LF) return null;
        pos++;
      } else if (crlf && pos < n) return null;
      pos++;
      break;
    }
    if (!filled) return null;
    if (fields < width) short = true;
    records++;
  }
  return { records, newLine: crlf ? '\r\n' : '\n', ids, markers: [...markers], short };
}
