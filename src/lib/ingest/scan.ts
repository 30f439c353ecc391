const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Called once per record: `fields` is null when the record is broken, with `problem` saying how.
 * `start` and `end` bound the record's text, line break excluded.
 */
export type Visit = (
  line: number,
  fields: string[] | null,
  problem: string | null,
  start: number,
  end: number,
) => boolean | void;

function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f !== '' && f.trim() !== '') return false;
  return true;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * RFC 4180 records with physical line numbers (line 1 = first line). Blank records are skipped.
 * A broken record (unterminated quote, stray quote) is reported and scanning goes on at the next line.
 * Stops early when `visit` returns false.
 */
export function scanCsv(text: string, delimiter: string, visit: Visit): void {
  const D = delimiter.charCodeAt(0);
  const n = text.length;
  let pos = 0;
  let line = 1;
  while (pos < n) {
    const startLine = line;
    const startPos = pos;
    const fields: string[] = [];
    let problem: string | null = null;
    let resync = false;
    for (;;) {
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        let value = '';
        let chunk = ++pos;
        for (;;) {
          const q = text.indexOf('"', pos);
          if (q < 0) {
            problem = 'a quoted value is never closed (unterminated quote)';
            resync = true;
            break;
          }
          line += countLines(text, pos, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(chunk, q + 1);
            pos = chunk = q + 2;
            continue;
          }
          value += text.slice(chunk, q);
          pos = q + 1;
          break;
        }
        if (resync) break;
        fields.push(value);
        const c = pos < n ? text.charCodeAt(pos) : -1;
        if (c === D) {
          pos++;
          continue;
        }
        if (c === -1) break;
        if (c === LF || (c === CR && text.charCodeAt(pos + 1) === LF)) {
          pos += c === CR ? 2 : 1;
          line++;
          break;
        }
        problem = 'text after a closing quote: quote the whole value';
        const eol = text.indexOf('\n', pos);
        pos = eol < 0 ? n : eol + 1;
        if (eol >= 0) line++;
        break;
      }
      let end = pos;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === D || c === LF) break;
        if (c === QUOTE && !problem) problem = 'a quote mark inside an unquoted value: quote the whole value';
        end++;
      }
      const valueEnd =
        end > pos && text.charCodeAt(end - 1) === CR && (end === n || text.charCodeAt(end) === LF) ? end - 1 : end;
      fields.push(text.slice(pos, valueEnd));
      if (end < n && text.charCodeAt(end) === D) {
        pos = end + 1;
        continue;
      }
      pos = end < n ? end + 1 : n;
      if (end < n) line++;
      break;
    }
    if (resync) {
      const eol = text.indexOf('\n', startPos);
      pos = eol < 0 ? n : eol + 1;
      line = startLine + 1;
      if (visit(startLine, null, problem, startPos, pos) === false) return;
      continue;
    }
    if (problem) {
      if (visit(startLine, null, problem, startPos, pos) === false) return;
      continue;
    }
    if (isBlank(fields)) continue;
    let end = pos;
    if (end > startPos && text.charCodeAt(end - 1) === LF) end--;
    if (end > startPos && text.charCodeAt(end - 1) === CR) end--;
    if (visit(startLine, fields, null, startPos, end) === false) return;
  }
}

/** The first record of a text (a file's header) and its line; no fields when it cannot be read. */
export function firstRecord(text: string, delimiter: string): { fields: string[]; line: number } {
  let fields: string[] = [];
  let line = 1;
  scanCsv(text, delimiter, (l, f) => {
    fields = f ?? [];
    line = l;
    return false;
  });
  return { fields, line };
}

/** The delimiter (comma, semicolon or tab) that splits the first non-blank line the most. */
export function detectDelimiter(text: string): string {
  const first = text.split('\n', 20).find((l) => l.trim() !== '') ?? '';
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    let count = 0;
    let quoted = false;
    for (const ch of first) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
