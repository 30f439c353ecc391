import type { Db } from '../db/types';

/** Which of these children are in the loaded data (the pupils table). */
export async function loadedChildren(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  // one parameter however many ids: a child_id has no comma (the contract's id characters)
  const rows = await db.query<{ child_id: string }>(
    "SELECT child_id FROM pupils WHERE child_id IN (SELECT unnest(string_split(?, ',')))",
    [ids.join(',')],
  );
  return new Set(rows.map((r) => r.child_id));
}
