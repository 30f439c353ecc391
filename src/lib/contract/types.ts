export type ColumnType = 'id' | 'str' | 'int' | 'dec' | 'date' | 'bool' | 'year' | 'enum' | 'yearmonth';

export interface Code {
  code: string;
  label?: string;
  /** other spellings accepted in a file, upper-case */
  aliases?: readonly string[];
}

export interface Column {
  name: string;
  type: ColumnType;
  required?: boolean;
  /** part of the table's primary key */
  pk?: boolean;
  /** other header names accepted for this column, already normalised */
  aliases?: readonly string[];
  codes?: readonly Code[];
  /** code stored when the cell is empty */
  emptyAs?: string;
  min?: number;
  max?: number;
  /** free text: an identifier found in it is replaced by `[removed]` instead of refusing the file */
  freeText?: boolean;
  /** read for the load's own rules (continuity, derivations), never stored */
  input?: boolean;
  /** when the file lacks this column but has all of these, the ingest derives it from them (ingest/derive.ts) */
  derivedFrom?: readonly string[];
  /** the value must exist in this table's column, or the row is an orphan */
  ref?: { table: TableName; column: string };
  description: string;
}

/** A rule across columns of one row; the row is rejected when it fails. */
export type RowCheck =
  | { kind: 'notBefore'; column: string; other: string }
  | { kind: 'sumAtMost'; columns: readonly string[]; max: string; column: string };

export type TableName =
  | 'pupils'
  | 'care_periods'
  | 'school_enrolments'
  | 'pep_reviews'
  | 'pep_targets'
  | 'attendance'
  | 'exclusions'
  | 'ks2_results'
  | 'ks4_results'
  | 'post16_results'
  | 'cme_episodes'
  | 'ehe_episodes'
  | 'destinations'
  | 'schools'
  | 'uasc';

export interface Table {
  name: TableName;
  /** a refused or missing required table stops the whole load */
  required: boolean;
  description: string;
  columns: readonly Column[];
  checks: readonly RowCheck[];
}

/** The DuckDB type a column of each contract type is stored as. */
export const SQL_TYPES = {
  id: 'VARCHAR',
  str: 'VARCHAR',
  enum: 'VARCHAR',
  year: 'VARCHAR',
  yearmonth: 'VARCHAR',
  int: 'INTEGER',
  dec: 'DOUBLE',
  date: 'DATE',
  bool: 'BOOLEAN',
} as const satisfies Record<ColumnType, string>;

export const sqlType = (col: { type: ColumnType }): string => SQL_TYPES[col.type];
