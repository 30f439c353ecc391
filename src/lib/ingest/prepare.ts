import type { TableName } from '../contract';
import { decode, describeBinary } from './decode';
import { identifierHeader, identifierValue } from './guard';
import { identify, tableNamed } from './identify';
import { refusedFile, type FileReport, type RowError } from './report';
import { detectDelimiter, scanCsv } from './scan';

/** A file checked for shape and identifiers, rewritten as comma-separated text with its line numbers. */
export interface PreparedFile {
  file: string;
  bytes: number;
  table: TableName;
  /** contract columns present, in the order written after `__line` */
  columns: string[];
  csv: Uint8Array;
  rowsRead: number;
  /** rows broken as CSV, or refused at the door, rejected before typing */
  errors: RowError[];
  /** values changed at the door (an identifier in free text replaced), counted as warnings */
  warnings: RowError[];
  /** values the user supplied for columns the file lacks (a year, a term): contract column → raw cell */
  constants?: Record<string, string>;
  ignored: string[];
  notices: string[];
}

export type Prepared = { ok: true; file: PreparedFile } | { ok: false; report: FileReport };

const NOTHING_KEPT = 'Nothing from this file was kept.';
const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

function csvCell(v: string): string {
  const t = v.trim();
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function untrimmed(fields: readonly string[]): boolean {
  for (const f of fields) if (f.length > 0 && (f.charCodeAt(0) <= 32 || f.charCodeAt(f.length - 1) <= 32)) return true;
  return false;
}

export function prepare(file: string, bytes: Uint8Array): Prepared {
  const size = bytes.byteLength;
  const refuse = (table: TableName | null, reason: string): Prepared => ({ ok: false, report: refusedFile(file, size, reason, table) });
  const decoded = decode(bytes);
  if (!decoded) return refuse(tableNamed(file), `This is ${describeBinary(bytes)}, not a CSV file. Save the export as "CSV UTF-8 (comma delimited)" and load that.`);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '') return refuse(tableNamed(file), 'The file is empty. Export it again with its header row and data.');
  const notices: string[] = [];
  if (decoded.encoding === 'windows-1252') notices.push('Not valid UTF-8: read as Windows-1252 (as Excel on Windows saves). Check accented letters.');
  const delimiter = detectDelimiter(text);
  if (delimiter !== ',') notices.push(`Values separated by ${DELIMITER_NAMES[delimiter]}s.`);

  let headers: string[] = [];
  let headerLine = 1;
  scanCsv(text, delimiter, (line, fields) => {
    headers = fields ?? [];
    headerLine = line;
    return false;
  });
  if (headers.length === 0) return refuse(tableNamed(file), 'The header row (line 1) cannot be read. Export the file again with a plain header row.');

  const found = identify(headers, file);
  const likely = found.ok ? found.map.table.name : (found.table?.name ?? tableNamed(file));
  const idHeader = identifierHeader(headers);
  if (idHeader) {
    return refuse(likely, `Column "${idHeader.header}" (line ${headerLine}, column ${idHeader.position}) looks like a direct identifier (${idHeader.kind}). The dashboard takes pseudonymised exports only: remove this column from the export and load the file again. ${NOTHING_KEPT}`);
  }
  const idValue = identifierValue(text, delimiter, headers);
  if (idValue) {
    return refuse(likely, `Line ${idValue.line}, column "${idValue.header}" holds what looks like ${idValue.kind}. The dashboard takes pseudonymised exports only: replace identifiers with the local authority's pseudonyms (or remove the column) and load the file again. ${NOTHING_KEPT}`);
  }

  if (!found.ok) return refuse(likely, found.reason);
  const { table, positions, ignored } = found.map;
  const columns = table.columns.filter((c) => positions.has(c.name)).map((c) => c.name);
  const take = columns.map((c) => positions.get(c)!);
  if (ignored.length > 0) notices.push(`Columns not in the contract, ignored: ${ignored.join(', ')}.`);

  const out: string[] = ['__line,' + columns.join(',')];
  const errors: RowError[] = [];
  let rowsRead = 0;
  // Fast path: a comma file whose columns are all taken, in order, is copied as it is, unless a value needs trimming.
  const verbatim = delimiter === ',' && take.length === headers.length && take.every((p, i) => p === i);
  scanCsv(text, delimiter, (line, fields, problem, start, end) => {
    if (line <= headerLine) return;
    rowsRead++;
    if (!fields) {
      errors.push({ line, column: null, value: null, reason: problem ?? 'cannot be read' });
      return;
    }
    if (fields.length > headers.length) {
      errors.push({ line, column: `column ${headers.length + 1}`, value: fields[headers.length], reason: `${fields.length} values but the header has ${headers.length}: remove the extra values or quote values that contain "${delimiter === '\t' ? '\\t' : delimiter}"` });
      return;
    }
    if (verbatim && !untrimmed(fields)) {
      out.push(line + ',' + text.slice(start, end) + ','.repeat(headers.length - fields.length));
      return;
    }
    let row = String(line);
    for (const i of take) row += ',' + csvCell(fields[i] ?? '');
    out.push(row);
  });
  return {
    ok: true,
    file: { file, bytes: size, table: table.name, columns, csv: new TextEncoder().encode(out.join('\n') + '\n'), rowsRead, errors, warnings: [], ignored, notices },
  };
}
