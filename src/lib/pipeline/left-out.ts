import type { Db } from '../db/types';
import type { FileReport } from '../ingest/report';

/**
 * Suspension and exclusion measures count only events of children on the roll that year: the exclusions
 * report says how many events of children in pupils.csv were left out (orphans are counted apart).
 */
export async function countLeftOut(db: Db, files: FileReport[]): Promise<void> {
  const report = files.find((f) => f.table === 'exclusions' && f.status === 'loaded');
  if (!report) return;
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM exclusions x
    WHERE x.child_id IN (SELECT child_id FROM pupils)
      AND NOT EXISTS (SELECT 1 FROM pupil_years py WHERE py.child_id = x.child_id AND py.period = period_of(x.start_date) AND py.in_roll)`);
  report.not_on_roll = row.n;
  if (row.n > 0) {
    report.notices = [
      ...report.notices.filter((n) => !n.startsWith('Left out of')),
      `Left out of the suspension and exclusion measures: ${row.n} event${row.n === 1 ? '' : 's'} of children not on the roll (Reception to Year 11, in care) in that academic year.`,
    ];
  }
}
