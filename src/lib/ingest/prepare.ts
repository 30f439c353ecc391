import type { TableName } from '../contract';
import { entryFor, type ColumnMap } from './column-map';
import { decode, describeBinary } from './decode';
import { doorColumns, doorNotice, doorTreatment, type DoorColumn } from './door';
import { yearFromFileName } from './file-year';
import { anyIdentifier, dataInHeader } from './guard';
import { readsAsIs } from './as-is';
import { identify, tableNamed, type HeaderMap, type Identified } from './identify';
import { sessionLinks, type LinkMap } from './link';
import { fromEntry } from './mapped';
import { refusedFile, type FileReport, type RowError } from './report';
import { detectDelimiter, firstRecord } from './scan';
import { writeRows } from './write-rows';

/**
 * How DuckDB reads `csv`: rewritten line by line (comma-separated, `__line` then `columns`), or the file's own text
 * when it needs nothing of the door and each record is one line (`readsAsIs`): `positions` are the places of
 * `columns` among its `width` values; `ids` the id columns whose every value the scan found a valid id.
 */
export type CsvLayout =
  | { kind: 'rewritten' }
  | {
      kind: 'as-is';
      delimiter: string;
      newLine: '\n' | '\r\n';
      width: number;
      positions: number[];
      ids: string[];
      /** the empty markers' spellings in the file, and whether a record has fewer values than the header */
      markers: string[];
      short: boolean;
    };

/** A file through the door and checked for shape, as text DuckDB reads with its line numbers. */
export interface PreparedFile {
  file: string;
  bytes: number;
  table: TableName;
  /** contract columns present, in the order written after `__line` */
  columns: string[];
  csv: Uint8Array;
  layout: CsvLayout;
  rowsRead: number;
  /** rows of pupils not looked after, in a file keyed by UPN: discarded, never stored */
  discarded: number;
  /** rows broken as CSV, or refused at the door, rejected before typing */
  errors: RowError[];
  /** values changed at the door (an identifier in free text replaced), counted as warnings */
  warnings: RowError[];
  /** values the user supplied for columns the file lacks (a year, a term): contract column → raw cell */
  constants?: Record<string, string>;
  ignored: string[];
  notices: string[];
  door: DoorColumn[];
  export: string | null;
  linked?: FileReport['linked'];
  headers: string[];
  /** required columns still to be supplied before the file can load */
  needs: string[];
}

export type Prepared = { ok: true; file: PreparedFile } | { ok: false; report: FileReport };

export interface PrepareOptions {
  /** column maps the user made, for exports the contract does not know */
  map?: ColumnMap;
  /** constants for this file's missing columns (a reporting year picked in the app) */
  constants?: Record<string, string>;
  /** the reporting year for an OC3 that does not say it (the command line's `--year`) */
  year?: number;
  links?: LinkMap;
  /** a preview of the first rows: a Header previewed does not replace the link map */
  preview?: boolean;
}

const NOTHING_KEPT = 'Nothing from this file was kept.';
const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The reporting year of an OC3 that has no YEAR column: from the file name, else from `--year`; null: ask. */
function reportingYear(file: string, options: PrepareOptions): { year: number | null; from: string } {
  const named = yearFromFileName(file);
  if (typeof named === 'number') return { year: named, from: 'the file name' };
  if (options.year !== undefined) return { year: options.year, from: 'the --year option' };
  return { year: null, from: named === 'ambiguous' ? 'Its name holds two different years.' : '' };
}

/**
 * The file as DuckDB can read it without the line-by-line rewrite: no door column, no identifier anywhere, one
 * record per line. The UTF-8 bytes as they came (without a byte order mark), or the decoded text encoded as UTF-8.
 */
function readAsIs(
  text: string,
  utf8: Uint8Array | null,
  delimiter: string,
  width: number,
  headerLine: number,
  map: HeaderMap,
  doorColumns: number,
) {
  if (headerLine !== 1 || doorColumns > 0 || map.upn !== null || map.formerUpn !== null || map.dob !== null)
    return null;
  const headerEnd = text.indexOf('\n');
  if (headerEnd >= 0 && anyIdentifier(text, headerEnd + 1)) return null;
  const read = readsAsIs(text, delimiter, width);
  if (!read) return null;
  const present = map.table.columns.filter((c) => map.positions.has(c.name));
  const bom = utf8 && utf8[0] === 0xef && utf8[1] === 0xbb && utf8[2] === 0xbf ? 3 : 0;
  return {
    records: read.records,
    columns: present.map((c) => c.name),
    csv: utf8 ? utf8.subarray(bom) : new TextEncoder().encode(text),
    layout: {
      kind: 'as-is',
      delimiter,
      newLine: read.newLine,
      width,
      positions: present.map((c) => map.positions.get(c.name)!),
      ids: present.filter((c) => c.type === 'id' && read.ids[map.positions.get(c.name)!]).map((c) => c.name),
      markers: read.markers,
      short: read.short,
    } satisfies CsvLayout,
  };
}

export function prepare(file: string, bytes: Uint8Array, options: PrepareOptions = {}): Prepared {
  const size = bytes.byteLength;
  const refuse = (table: TableName | null, reason: string, more: Partial<FileReport> = {}): Prepared => ({
    ok: false,
    report: refusedFile(file, size, reason, table, more),
  });
  const decoded = decode(bytes);
  if (!decoded)
    return refuse(
      tableNamed(file),
      `This is ${describeBinary(bytes)}, not a CSV file. Save the export as "CSV UTF-8 (comma delimited)" and load that.`,
    );
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === '')
    return refuse(tableNamed(file), 'The file is empty. Export it again with its header row and data.');
  const notices: string[] = [];
  if (decoded.encoding === 'windows-1252')
    notices.push('Not valid UTF-8: read as Windows-1252 (as Excel on Windows saves). Check accented letters.');
  if (decoded.encoding.startsWith('utf-16')) notices.push('Read as UTF-16 ("Unicode text", as Excel saves it).');
  const delimiter = detectDelimiter(text);
  if (delimiter !== ',') notices.push(`Values separated by ${DELIMITER_NAMES[delimiter]}s.`);

  const { fields: headers, line: headerLine } = firstRecord(text, delimiter);
  if (headers.length === 0)
    return refuse(
      tableNamed(file),
      'The header row (line 1) cannot be read. Export the file again with a plain header row.',
    );
  const dataAt = dataInHeader(headers);
  if (dataAt !== null) {
    return refuse(
      tableNamed(file),
      `Line ${headerLine} holds data, not column names (column ${dataAt} looks like a date or an identifier): the file has no header row. Export it again with its header row. ${NOTHING_KEPT}`,
    );
  }
  const door = doorColumns(headers);
  const entry = entryFor(options.map, headers);
  const constants = { ...(entry?.constants ?? {}), ...(options.constants ?? {}) };
  if (entry) {
    const given = Object.entries(entry.constants).map(([k, v]) => `${k} ${v}`);
    notices.push(
      `Loaded through the column map made for these columns${given.length ? `, with ${given.join(', ')} for every row: check them for this file` : ''}.`,
    );
  }
  const found: Identified = entry
    ? fromEntry(entry, headers, door)
    : identify(headers, file, door, Object.keys(constants));
  if (!found.ok) {
    const more = {
      headers,
      export: found.known?.label ?? null,
      door: [...door].map(([i, kind]) => ({ column: headers[i], done: doorTreatment(kind, found.table, null) })),
    };
    if (found.unused)
      return { ok: false, report: { ...refusedFile(file, size, found.reason, null, more), status: 'unused' } };
    return refuse(found.table?.name ?? tableNamed(file), found.reason, more);
  }
  const map: HeaderMap = found.map;
  const links = options.links ?? sessionLinks;
  const linking = map.upn !== null || map.formerUpn !== null;
  const headerUpn = map.table.name === 'pupils' ? ([...door].find(([, k]) => k === 'upn')?.[0] ?? null) : null;
  const role = (i: number) => (linking ? 'rows' : i === headerUpn ? 'header' : null);
  const doorList = [...door].map(([i, kind]) => ({
    column: headers[i],
    done: doorTreatment(kind, map.table, role(i)),
  }));
  if (linking && !links.loaded) {
    return refuse(
      map.table.name,
      `This ${map.table.name} file is keyed by UPN, not child_id: load the SSDA903 Header (header.csv) with it, so that its rows can be linked to the children in care. ${NOTHING_KEPT}`,
      { door: doorList, export: map.known?.label ?? null },
    );
  }

  const needs: string[] = [];
  for (const n of map.needs) {
    if (constants[n] !== undefined) continue;
    const { year, from } = reportingYear(file, options);
    if (year !== null) {
      constants[n] = String(year);
      notices.push(`Reporting year ${year} (the year ending 31 March ${year}), from ${from}.`);
    } else {
      needs.push(n);
      if (from) notices.push(from);
    }
  }
  if (map.ignored.length > 0) notices.push(`Columns not in the contract, ignored: ${map.ignored.join(', ')}.`);
  if (map.table.name === 'exclusions' && !map.positions.has('exclusion_id') && constants.exclusion_id === undefined) {
    notices.push(
      'No exclusion_id column (as in a school census extract): each row is known by its line (L2, L3, …), so an exclusion written twice counts twice.',
    );
  }
  const asIs = options.preview
    ? null
    : readAsIs(
        text,
        decoded.encoding === 'utf-8' ? bytes : null,
        delimiter,
        headers.length,
        headerLine,
        map,
        door.size,
      );
  if (asIs) {
    return {
      ok: true,
      file: {
        file,
        bytes: size,
        table: map.table.name,
        columns: asIs.columns,
        csv: asIs.csv,
        layout: asIs.layout,
        rowsRead: asIs.records,
        discarded: 0,
        errors: [],
        warnings: [],
        constants: Object.keys(constants).length ? constants : undefined,
        ignored: map.ignored,
        notices,
        door: doorList,
        export: map.known?.label ?? null,
        headers,
        needs,
      },
    };
  }
  const written = writeRows(text, delimiter, headers, headerLine, map, links, options.preview ? null : headerUpn);
  if ('refusal' in written)
    return refuse(map.table.name, `${written.refusal} ${NOTHING_KEPT}`, {
      door: doorList,
      export: map.known?.label ?? null,
    });
  const notice = doorNotice(doorList);
  if (notice) notices.push(notice);
  notices.push(...written.notices);
  return {
    ok: true,
    file: {
      file,
      bytes: size,
      table: map.table.name,
      columns: written.columns,
      csv: written.csv,
      layout: { kind: 'rewritten' },
      rowsRead: written.rowsRead,
      discarded: written.linked?.not_looked_after ?? 0,
      errors: written.errors,
      warnings: written.warnings,
      constants: Object.keys(constants).length ? constants : undefined,
      ignored: map.ignored,
      notices,
      door: doorList,
      export: map.known?.label ?? null,
      linked: written.linked,
      headers,
      needs,
    },
  };
}
