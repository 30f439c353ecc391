/**
 * ks2_results: one row per child in care in Year 6, in the years key stage 2 was assessed (none in 2019/20 and
 * 2020/21). Within each year the cohort is ranked by the attainment trait (plus noise); the top share, that year's
 * national share of children in care at the expected standard in reading, writing and maths (CLA_12M), reaches all
 * three; the rest reach some subjects or none. Scaled scores agree with the flags; about 4% have no test result.
 */
import type { ChildYear } from './model';
import { bandsByRank } from './model';
import { Rng } from './rng';
import type { Sink } from './csv';

/** ks2_rwm_expected_pct, CLA_12M, national-benchmarks.csv; null = no assessment that year. */
export const KS2_RWM: Readonly<Record<number, number | null>> = {
  2019: null,
  2020: null,
  2021: 31,
  2022: 37,
  2023: 34,
  2024: 35,
};

/** Below the top band: the chance of each subject reached (children in care reach about half in each nationally). */
const PARTIAL = { reading: 0.45, writing: 0.35, maths: 0.35 };
const NO_RESULT = 0.04;

export interface Ks2Plan {
  childId: string;
  key: number;
  score: number;
}

/** Its own random stream, so that the tables planned before key stage 2 existed draw what they drew. */
export function planKs2(cy: ChildYear, seed: number): Ks2Plan | null {
  if (cy.nc !== 6 || KS2_RWM[cy.year] == null) return null;
  const { child } = cy;
  const noise = Rng.of(seed, 14, child.key, cy.year).normal();
  return { childId: child.id, key: child.key, score: 0.85 * child.ability + 0.53 * noise };
}

/** A scaled score on the side of 100 its flag says: 100 to 120 when reached, 80 to 99 when not. */
const scaled = (reached: boolean, rng: Rng): number =>
  reached
    ? Math.min(120, 100 + Math.round(Math.abs(rng.normal()) * 6))
    : Math.max(80, 99 - Math.round(Math.abs(rng.normal()) * 7));

function emitPupil(sink: Sink, plan: Ks2Plan, top: boolean, rng: Rng, academicYear: string): void {
  let [reading, writing, maths] = [true, true, true];
  if (!top) {
    do {
      [reading, writing, maths] = [rng.chance(PARTIAL.reading), rng.chance(PARTIAL.writing), rng.chance(PARTIAL.maths)];
    } while (reading && writing && maths);
  }
  // absent or working below the test: no flag and no score, counted as not reached
  const absent = !top && rng.chance(NO_RESULT / (1 - 0.35));
  sink.row('ks2_results', {
    child_id: plan.childId,
    academic_year: academicYear,
    reading_expected: absent ? null : reading,
    writing_expected: writing,
    maths_expected: absent ? null : maths,
    reading_scaled: absent ? null : scaled(reading, rng),
    maths_scaled: absent ? null : scaled(maths, rng),
  });
}

/** The key stage 2 rows of one year's cohort. */
export function emitKs2Year(
  sink: Sink,
  plans: readonly Ks2Plan[],
  seed: number,
  year: number,
  academicYear: string,
): void {
  const share = KS2_RWM[year];
  if (share == null) return;
  const bands = bandsByRank(
    plans.map((p) => p.score),
    [share / 100],
  );
  plans.forEach((plan, i) => emitPupil(sink, plan, bands[i] === 0, Rng.of(seed, 12, plan.key, year), academicYear));
}
