import { AREAS } from '../measures/areas';
import { APP_VERSION } from '../version';
import { validK } from './disclosure';
import { SCHEMA, type Snapshot } from './document';
import { buildFigures, type FigureRows, type Tally } from './figures';
import { COHORTS } from './collect';
import { academicOf } from './periods';
import { checkTexts } from './texts';

export interface SnapshotSettings {
  title: string;
  authority: string;
  /** YYYY-MM-DD */
  as_at: string;
  k: number;
  /** academic years; by default every period loaded */
  from?: string;
  to?: string;
  /** SHA-256 of each source file, by table */
  sources: { table: string; sha256: string }[];
  commentary?: Record<string, string>;
  /** the creation time, by default now */
  created?: Date;
}

/** The academic years the rows cover, first and last. */
export function periodsOf(rows: FigureRows): { from: string; to: string } | null {
  const all = rows.series.map((r) => academicOf(r.period)).sort();
  return all.length ? { from: all[0], to: all.at(-1)! } : null;
}

/** The published snapshot of the whole roll: every area view's figures under disclosure control, and where they came from. */
/** `tally`, when given, counts the cells each rule suppressed. */
export function makeSnapshot(rows: FigureRows, s: SnapshotSettings, tally?: Tally): Snapshot {
  const k = validK(s.k);
  checkTexts({
    title: s.title,
    authority: s.authority,
    ...Object.fromEntries(Object.entries(s.commentary ?? {}).map(([area, text]) => [`commentary.${area}`, text])),
  });
  const loaded = periodsOf(rows);
  const periods = { from: s.from ?? loaded?.from ?? '', to: s.to ?? loaded?.to ?? '' };
  if (!periods.from || !periods.to) throw new RangeError('There is nothing to publish: no period has data.');
  const commentary = Object.fromEntries(Object.entries(s.commentary ?? {}).filter(([, text]) => text.trim() !== ''));
  return {
    schema: SCHEMA,
    title: s.title,
    authority: s.authority,
    as_at: s.as_at,
    created: (s.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    app_version: APP_VERSION,
    disclosure: { k },
    periods,
    sources: [...s.sources].sort((a, b) => a.table.localeCompare(b.table)),
    ...(Object.keys(commentary).length ? { commentary } : {}),
    ...buildFigures(rows, AREAS, k, periods, COHORTS, tally),
  };
}
