import { TABLES, type TableName } from '../contract';
import type { Db } from '../db/types';
import { ident } from '../db/sql';

/** Rows whose reference (child_id in pupils, pep_id in pep_reviews) is not there: kept, but out of the measures. */
export async function countOrphans(db: Db, table: TableName, source: (t: TableName) => string | null): Promise<number> {
  const def = TABLES.find((t) => t.name === table)!;
  const from = source(table);
  if (!from) return 0;
  let total = 0;
  for (const col of def.columns) {
    if (!col.ref) continue;
    const target = source(col.ref.table);
    const [row] = await db.query<{ n: number }>(
      target
        ? `SELECT count(*)::INTEGER AS n FROM ${from} AS t WHERE NOT EXISTS (SELECT 1 FROM ${target} AS r WHERE r.${ident(col.ref.column)} = t.${ident(col.name)})`
        : `SELECT count(*)::INTEGER AS n FROM ${from}`,
    );
    total += row.n;
  }
  return total;
}
