import { IDENTIFIER_HEADERS, normaliseHeader } from '../contract';
import { scanCsv } from './scan';

const EDGE_BEFORE = '(?<![A-Za-z0-9_-])';
const EDGE_AFTER = '(?![A-Za-z0-9_-])';
/** A letter, 11 digits, then a letter or digit: `H801200001001`. */
const UPN = new RegExp(`${EDGE_BEFORE}[A-Za-z][0-9]{11}[A-Za-z0-9]${EDGE_AFTER}`);
/** Outward code, one space, inward code (a digit and two letters other than C, I, K, M, O, V): `DY1 1HF`. */
const POSTCODE = new RegExp(`${EDGE_BEFORE}[A-Za-z]{1,2}[0-9][A-Za-z0-9]? [0-9][ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}${EDGE_AFTER}`);

export interface IdentifierFound {
  line: number;
  /** 1-based position of the column in the file */
  position: number;
  header: string;
  kind: string;
}

/** The first header that is, or ends with, a direct identifier. */
export function identifierHeader(headers: readonly string[]): IdentifierFound | null {
  for (let i = 0; i < headers.length; i++) {
    const h = normaliseHeader(headers[i]);
    const kind = [...IDENTIFIER_HEADERS].sort((a, b) => b.length - a.length).find((id) => h.endsWith(id));
    if (kind) return { line: 1, position: i + 1, header: headers[i], kind };
  }
  return null;
}

/** The first cell holding a UPN or a full postcode, located by line and column. */
export function identifierValue(text: string, delimiter: string, headers: readonly string[]): IdentifierFound | null {
  for (const [pattern, kind] of [[UPN, 'a UPN (unique pupil number)'], [POSTCODE, 'a full postcode']] as const) {
    const m = pattern.exec(text);
    if (!m) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    const lineEnd = text.indexOf('\n', m.index);
    let position = 0;
    scanCsv(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd), delimiter, (_l, fields) => {
      position = (fields ?? []).findIndex((f) => f.includes(m[0])) + 1;
      return false;
    });
    return { line, position, header: headers[position - 1] ?? `column ${position || '?'}`, kind };
  }
  return null;
}
