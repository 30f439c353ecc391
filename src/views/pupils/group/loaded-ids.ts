import type { Db } from '../../../lib/db/types';

/** Which of these children are in the loaded pupils table. The ids go in as one parameter, as the child_id filter binds them. */
export async function loadedOf(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ child_id: string }>(
    'SELECT DISTINCT child_id FROM pupils WHERE child_id IN (SELECT unnest(string_split(?, \',\')))',
    [ids.join(',')],
  );
  return new Set(rows.map((r) => r.child_id));
}
