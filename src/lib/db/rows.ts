import type { Table } from 'apache-arrow';

/** Arrow result → plain objects. Counts should be cast to INTEGER/DOUBLE in SQL: BIGINT arrives as BigInt. */
export function toRows<T>(table: Table): T[] {
  const out: T[] = new Array(table.numRows);
  let i = 0;
  for (const row of table) out[i++] = (row as unknown as { toJSON(): T }).toJSON();
  return out;
}
