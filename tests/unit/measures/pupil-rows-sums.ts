import { expect } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { validateFilter } from '../../../src/lib/measures/filter';
import { runPupilRows, type PupilRow } from '../../../src/lib/measures/pupil-rows';
import { measureRows } from './harness';

/** The measures the pupil rows sum to, as the dashboard shows them (issue 10). */
type Totals = Record<(typeof COMPARED)[number], number | null>;
const COMPARED = [
  'roll_n',
  'susp_n',
  'susp_sessions_lost',
  'susp_oneplus_pct',
  'susp_repeat_pct',
  'excl_perm_pct',
  'abs_overall_pct',
  'abs_persistent_10_pct',
  'ks4_att8_avg',
  'pep_n',
  'pep_on_time_pct',
  'pep_target_smart_pct',
] as const;

const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
const pct = (n: number, d: number) => (d === 0 ? null : (100 * n) / d);

/** The measures, summed from the rows: over the roll's rows for rates per pupil on roll, over every row for the others. */
export function totals(rows: readonly PupilRow[]): Totals {
  const roll = rows.filter((r) => r.on_roll);
  const att8 = rows.flatMap((r) => (r.att8 === null ? [] : [r.att8]));
  const known = rows.filter((r) => r.persistent_absence !== null);
  return {
    roll_n: roll.length,
    susp_n: sum(roll.map((r) => r.suspensions)),
    susp_sessions_lost: sum(roll.map((r) => r.sessions_lost)),
    susp_oneplus_pct: pct(roll.filter((r) => r.suspensions! >= 1).length, roll.length),
    susp_repeat_pct: pct(
      roll.filter((r) => r.suspensions! >= 2).length,
      roll.filter((r) => r.suspensions! >= 1).length,
    ),
    excl_perm_pct: pct(roll.filter((r) => r.permanent_exclusion).length, roll.length),
    abs_overall_pct: pct(sum(rows.map((r) => r.sessions_absent)), sum(rows.map((r) => r.sessions_possible))),
    abs_persistent_10_pct: pct(known.filter((r) => r.persistent_absence).length, known.length),
    ks4_att8_avg: att8.length ? sum(att8) / att8.length : null,
    pep_n: sum(rows.map((r) => r.peps)),
    pep_on_time_pct: pct(sum(rows.map((r) => r.peps_on_time)), sum(rows.map((r) => r.peps_due))),
    pep_target_smart_pct: pct(
      sum(rows.map((r) => Math.round((r.smart_share ?? 0) * r.targets_known))),
      sum(rows.map((r) => r.targets_known)),
    ),
  };
}

/** Each compared measure of the year from runMeasures on the same DuckDB equals the rows' total (to 9 decimals). */
export async function expectSameAsMeasures(db: Db, raw: Record<string, string[]>, period: string): Promise<void> {
  const t = totals(await runPupilRows(db, validateFilter(raw), period));
  const measured = (await measureRows(db, COMPARED, raw)).filter((r) => r.period === period);
  for (const id of COMPARED) {
    const m = measured.find((r) => r.measure === id);
    const label = `${id} ${period} ${JSON.stringify(raw)}`;
    // a measure with no row this period (no source row at all) would read as 0 or null from the rows
    const value = m ? m.value : null;
    if (value === null) expect(t[id] === null || t[id] === 0, `${label}: ${t[id]}`).toBe(true);
    else expect(t[id], label).toBeCloseTo(value, 9);
  }
}
