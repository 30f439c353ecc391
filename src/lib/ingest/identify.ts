import { normaliseHeader, TABLES, type Table, type TableName } from '../contract';

export interface HeaderMap {
  table: Table;
  /** for each contract column present: its position in the file */
  positions: Map<string, number>;
  ignored: string[];
}

export type Identified =
  | { ok: true; map: HeaderMap }
  | { ok: false; reason: string; table: Table | null };

function columnFor(table: Table, header: string) {
  return table.columns.find((c) => c.name === header || c.aliases?.includes(header));
}

function stem(fileName: string): string {
  return normaliseHeader(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
}

/** The table a file is named after (`pupils.csv`, `Pupils 2024.csv` is not), so that a refusal still knows what it was. */
export function tableNamed(fileName: string): TableName | null {
  return TABLES.find((t) => t.name === stem(fileName))?.name ?? null;
}

/** The table whose columns account for most of the file's columns; ties by share of the table present, then by file name. */
export function identify(headers: readonly string[], fileName: string): Identified {
  const norm = headers.map(normaliseHeader);
  const scored = TABLES.map((table) => {
    const matched = new Set(norm.map((h) => columnFor(table, h)?.name).filter((n): n is string => !!n));
    return { table, hits: norm.filter((h) => columnFor(table, h)).length, share: matched.size / table.columns.length };
  }).sort((a, b) => b.hits - a.hits || b.share - a.share || Number(stem(fileName) === b.table.name) - Number(stem(fileName) === a.table.name));
  const best = scored[0];
  if (best.hits === 0) {
    const names = TABLES.map((t) => `${t.name}.csv`).join(', ');
    return { ok: false, table: null, reason: `Not a table the dashboard knows: none of its columns (${headers.slice(0, 6).join(', ')}) belongs to ${names}. Check that the first line is the header row.` };
  }
  const { table } = best;
  const positions = new Map<string, number>();
  const ignored: string[] = [];
  for (let i = 0; i < norm.length; i++) {
    const col = columnFor(table, norm[i]);
    if (!col) {
      if (norm[i] !== '') ignored.push(headers[i]);
      continue;
    }
    const seen = positions.get(col.name);
    if (seen !== undefined) {
      return { ok: false, table, reason: `Columns "${headers[seen]}" (column ${seen + 1}) and "${headers[i]}" (column ${i + 1}) both mean ${table.name}.${col.name}. Remove one of them from the export.` };
    }
    positions.set(col.name, i);
  }
  const missing = table.columns.filter((c) => c.required && !positions.has(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    return { ok: false, table, reason: `Looks like ${table.name}.csv, but the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing. Add ${missing.length > 1 ? 'them' : 'it'} to the export (header on line 1).` };
  }
  return { ok: true, map: { table, positions, ignored } };
}
