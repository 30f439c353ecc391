import { CARE_TABLES } from './tables-care';
import { REGISTER_TABLES } from './tables-registers';
import { RESULT_TABLES } from './tables-results';
import { SCHOOL_TABLES } from './tables-school';
import type { Column, Table } from './types';

export const TABLES: readonly Table[] = [...CARE_TABLES, ...SCHOOL_TABLES, ...RESULT_TABLES, ...REGISTER_TABLES];

export const TABLE_BY_NAME: ReadonlyMap<string, Table> = new Map(TABLES.map((t) => [t.name, t]));

export function table(name: string): Table {
  const t = TABLE_BY_NAME.get(name);
  if (!t) throw new Error(`unknown table ${name}`);
  return t;
}

/** The columns a table stores: all but those read only for the load's own rules. */
export function storedColumns(t: Table): Column[] {
  return t.columns.filter((c) => !c.input);
}
