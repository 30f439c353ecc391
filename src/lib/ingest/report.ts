import type { TableName } from '../contract';
import type { DoorColumn } from './door';

/** One rejected row (or refused value), located as a data officer would find it in the file. */
export interface RowError {
  /** physical line in the file: header is line 1, blank lines count */
  line: number;
  column: string | null;
  value: string | null;
  reason: string;
}

export interface FileReport {
  file: string;
  table: TableName | null;
  /** unused: a known export the dashboard does not use; waiting: the user must supply a value first (`needs`) */
  status: 'loaded' | 'refused' | 'unused' | 'waiting';
  /** why the whole file was refused, with the fix */
  reason: string | null;
  rows_read: number;
  rows_loaded: number;
  rows_rejected: number;
  warnings: number;
  orphans: number;
  errors: RowError[];
  /** values to check: optional values set to unknown, and values that disagree with another (the first 200) */
  warning_details: RowError[];
  /** columns the contract does not know, ignored */
  ignored_columns: string[];
  notices: string[];
  bytes: number;
  /** identifying columns, and what the door did with each: not read, or used then dropped */
  door: DoorColumn[];
  /** the real export recognised by its header (`SSDA903 Episodes`), if any */
  export: string | null;
  /** a file keyed by UPN: Header children it found, rows linked, rows of pupils not looked after (discarded, never stored) */
  linked?: { children: number; rows: number; not_looked_after: number };
  /** the file's header, for a column map (names only, never values); absent when the header is data */
  headers?: string[];
  /** contract columns the user must supply before the file loads (an OC3's reporting_year) */
  needs?: string[];
  /** exclusions only: events of children in pupils.csv but not on the roll that year, left out of the measures */
  not_on_roll?: number;
}

export interface LoadReport {
  schema: 'vsd-load-report/1';
  files: FileReport[];
}

export const MAX_WARNING_DETAILS = 200;

/** What linking a file keyed by UPN found, in one sentence. */
export function linkedNotice({
  children,
  not_looked_after: discarded,
}: {
  children: number;
  not_looked_after: number;
}): string {
  const n = (v: number) => v.toLocaleString('en-GB');
  return `Linked by UPN to ${n(children)} children of the SSDA903 Header; ${n(discarded)} row${discarded === 1 ? '' : 's'} of pupils not looked after (UPN not in the Header, or not known) discarded, never stored.`;
}

export function refusedFile(
  file: string,
  bytes: number,
  reason: string,
  table: TableName | null = null,
  more: Partial<FileReport> = {},
): FileReport {
  return {
    file,
    table,
    status: 'refused',
    reason,
    rows_read: 0,
    rows_loaded: 0,
    rows_rejected: 0,
    warnings: 0,
    orphans: 0,
    errors: [],
    warning_details: [],
    ignored_columns: [],
    notices: [],
    bytes,
    door: [],
    export: null,
    ...more,
  };
}
