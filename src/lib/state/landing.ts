import type { FileReport } from '../ingest/report';

export interface Landing {
  /** go on to the Overview: nothing is asked of the user on the load page */
  overview: boolean;
  /** "12 files loaded; 7 rows rejected in attendance.csv" */
  notice: string;
  /** rows were rejected, values are to check or files refused: the notice links to Data quality */
  problems: boolean;
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const list = (names: string[]): string =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Where a finished load takes the user. The load page keeps them while it asks something: a year to pick, a column
 * map to confirm (a refused file whose header could be mapped), or when the whole load was refused.
 */
export function landing(files: readonly FileReport[], fatal: string | null): Landing {
  const loaded = files.filter((f) => f.status === 'loaded');
  const refused = files.filter((f) => f.status === 'refused');
  const asks = files.some((f) => f.status === 'waiting') || refused.some((f) => !!f.headers?.length);
  const rejected = loaded.filter((f) => f.rows_rejected > 0);
  const parts = [`${plural(loaded.length, 'file')} loaded`];
  if (rejected.length) {
    const rows = rejected.reduce((n, f) => n + f.rows_rejected, 0);
    parts.push(`${plural(rows, 'row')} rejected in ${list(rejected.map((f) => f.file))}`);
  }
  const warned = loaded.filter((f) => f.warnings > 0);
  if (warned.length) {
    const values = warned.reduce((n, f) => n + f.warnings, 0);
    parts.push(`${plural(values, 'value')} to check in ${list(warned.map((f) => f.file))}`);
  }
  if (refused.length) parts.push(`${list(refused.map((f) => f.file))} refused`);
  return {
    overview: fatal === null && loaded.length > 0 && !asks,
    notice: parts.join('; '),
    problems: rejected.length > 0 || warned.length > 0 || refused.length > 0,
  };
}
