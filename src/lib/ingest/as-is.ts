import { ID_MAX_LENGTH, isContractId } from '../contract';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const isSpace = (c: number) => c === 32 || c === 9;

/** 1 for the characters of an id (`ID_CHARACTERS`), by character code below 128. */
const ID_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) ID_CHAR[c] = Number(isContractId(String.fromCharCode(c)));

export interface AsIs {
  /** data records, one per line from line 2 */
  records: number;
  newLine: '\n' | '\r\n';
  /** per position: every value there is empty or an unquoted id of at most ID_MAX_LENGTH characters */
  ids: boolean[];
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
  if (headerEnd < 0) return { records: 0, newLine: '\n', ids };
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
    records++;
  }
  return { records, newLine: crlf ? '\r\n' : '\n', ids };
}
