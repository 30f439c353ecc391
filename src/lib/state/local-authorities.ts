import Papa from 'papaparse';
import csv from '../../../data/statistical-neighbours.csv?raw';

export interface LocalAuthority {
  /** the DfE la_code (`E08000027`) */
  code: string;
  name: string;
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
      byCode.set(r.la_code, { code: r.la_code, name: r.la_name, current: r.sn_section !== 'old' });
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
