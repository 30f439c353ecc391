import type { TableName } from '../contract';

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
  status: 'loaded' | 'refused';
  /** why the whole file was refused, with the fix */
  reason: string | null;
  rows_read: number;
  rows_loaded: number;
  rows_rejected: number;
  warnings: number;
  orphans: number;
  errors: RowError[];
  /** optional values set to unknown (the first 200) */
  warning_details: RowError[];
  /** columns the contract does not know, ignored */
  ignored_columns: string[];
  notices: string[];
  bytes: number;
  /** exclusions only: events of children in pupils.csv but not on the roll that year, left out of the measures */
  not_on_roll?: number;
}

export interface LoadReport {
  schema: 'vsd-load-report/1';
  files: FileReport[];
}

export const MAX_WARNING_DETAILS = 200;

export function refusedFile(file: string, bytes: number, reason: string, table: TableName | null = null): FileReport {
  return {
    file, table, status: 'refused', reason, rows_read: 0, rows_loaded: 0, rows_rejected: 0, warnings: 0,
    orphans: 0, errors: [], warning_details: [], ignored_columns: [], notices: [], bytes,
  };
}
