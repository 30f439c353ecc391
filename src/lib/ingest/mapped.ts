import { normaliseHeader, TABLE_BY_NAME } from '../contract';
import { LINK_KEY, type ColumnMapEntry } from './column-map';
import type { DoorKind } from './door';
import { missingRequired, type Identified } from './identify';

/** Where a file's columns are, by the column map entry the user made for its header. */
export function fromEntry(
  entry: ColumnMapEntry,
  headers: readonly string[],
  door: ReadonlyMap<number, DoorKind>,
): Identified {
  const table = TABLE_BY_NAME.get(entry.table)!;
  const norm = headers.map(normaliseHeader);
  const at = (h: string) => norm.indexOf(normaliseHeader(h));
  const positions = new Map<string, number>();
  let dob: number | null = null;
  let upn: number | null = null;
  for (const [target, header] of Object.entries(entry.columns)) {
    const i = at(header);
    if (i < 0) continue;
    if (target === LINK_KEY) upn = i;
    else if (target === 'birth_year_month' && door.get(i) === 'dob') dob = i;
    else positions.set(target, i);
  }
  const used = new Set([...positions.values(), dob, upn]);
  const ignored = headers.filter((h, i) => !used.has(i) && !door.has(i) && h.trim() !== '');
  const present = new Set([
    ...positions.keys(),
    ...Object.keys(entry.constants),
    ...(dob !== null ? ['birth_year_month'] : []),
    ...(upn !== null ? ['child_id'] : []),
  ]);
  const missing = missingRequired(table, present);
  if (missing.length) {
    return {
      ok: false,
      table,
      known: null,
      reason: `The column map for this file leaves ${missing.join(', ')} of ${table.name}.csv unmapped: map ${missing.length > 1 ? 'them' : 'it'} to a column or give a value for every row.`,
    };
  }
  return { ok: true, map: { table, positions, ignored, dob, upn, formerUpn: null, known: null, needs: [] } };
}
