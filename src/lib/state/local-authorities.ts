import Papa from 'papaparse';
import csv from '../../../data/statistical-neighbours.csv?raw';

export interface LocalAuthority {
  /** the DfE la_code (`E08000027`) */
  code: string;
  /** DfE's 3-digit LA number (`332`), the same across boundary changes of the code */
  number: string;
  name: string;
  /** DfE's region of it; for a London borough Inner London or Outer London */
  region: string;
  /** false for the five abolished in boundary changes (Dorset before 2019, Poole, Bournemouth, Northamptonshire, Cumbria) */
  current: boolean;
}

let list: LocalAuthority[] | undefined;

/** The DfE list of local authorities, one per code, sorted by name; read when first asked for. */
export function localAuthorities(): LocalAuthority[] {
  if (list) return list;
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const byCode = new Map<string, LocalAuthority>();
  for (const r of rows) {
    if (r.la_code && !byCode.has(r.la_code))
      byCode.set(r.la_code, {
        code: r.la_code,
        number: r.old_la_code,
        region: r.region_name,
        name: r.la_name,
        current: r.sn_section !== 'old',
      });
  }
  list = [...byCode.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en-GB') || Number(b.current) - Number(a.current),
  );
  return list;
}

/** The authority of this name (a current one before an abolished one of the same name, as Dorset), any case. */
export function authorityNamed(name: string): LocalAuthority | null {
  const wanted = name.trim().toLowerCase();
  return localAuthorities().find((a) => a.name.toLowerCase() === wanted) ?? null;
}

/** The authority of this DfE code (`E08000027`) or 3-digit LA number (`332`), or of this name; null when none is. */
export function findAuthority(text: string): LocalAuthority | null {
  const wanted = text.trim().toUpperCase();
  const byCode = localAuthorities().find((a) => a.code === wanted || a.number === wanted);
  return byCode ?? authorityNamed(text);
}

/** The `k` authorities whose names are nearest to `text` in edits (letters added, removed or changed), nearest first. */
export function closestAuthorities(text: string, k = 3): LocalAuthority[] {
  const wanted = text.trim().toLowerCase();
  const scored = localAuthorities()
    .filter((a) => a.current)
    .map((a) => ({ a, d: edits(wanted, a.name.toLowerCase()) }));
  return scored
    .sort((x, y) => x.d - y.d || x.a.name.localeCompare(y.a.name, 'en-GB'))
    .slice(0, k)
    .map((s) => s.a);
}

function edits(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
