/**
 * ks4_results: one row per child on roll in Year 11. Within each year the cohort is ranked by the
 * attainment trait (plus noise) and cut into tiers in the national shares of that year: English and
 * maths both at 5+ (em5), both at 4+ (em4 − em5), one of them at 4+, neither, and no qualifications
 * (12%). Attainment 8 is drawn per tier, the lowest graded tier's mean solved so that the cohort
 * mean meets the national Attainment 8 of that year.
 */
import type { YearTargets } from './calibration';
import type { ChildYear } from './model';
import { bandsByRank } from './model';
import { Rng, Weighted } from './rng';
import type { Sink } from './csv';

const NO_QUALIFICATIONS = 0.12;
const ONE_OF_TWO = 0.14;
const MEAN = { top: 46, both4: 35, one4: 27 };

const G5 = new Weighted<string>([
  ['5', 38],
  ['6', 30],
  ['7', 18],
  ['8', 9],
  ['9', 5],
]);
const G4 = new Weighted<string>([
  ['4', 50],
  ['5', 30],
  ['6', 20],
]);
const G4_ONE = new Weighted<string>([
  ['4', 50],
  ['5', 30],
  ['6', 15],
  ['7', 5],
]);
const G_BELOW = new Weighted<string>([
  ['3', 45],
  ['2', 30],
  ['1', 15],
  ['U', 10],
]);
const G_LOW = new Weighted<string>([
  ['3', 30],
  ['2', 28],
  ['1', 20],
  ['U', 12],
  ['X', 10],
]);
const G_NONE = new Weighted<string>([
  ['U', 40],
  ['X', 60],
]);

const round = (x: number, step: number): number => Math.round(x / step) * step;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export interface Ks4Plan {
  childId: string;
  key: number;
  hasKs2: boolean;
  score: number;
}

export function planKs4(cy: ChildYear, rng: Rng): Ks4Plan | null {
  if (cy.nc !== 11) return null;
  const { child } = cy;
  return { childId: child.id, key: child.key, hasKs2: child.hasKs2, score: 0.85 * child.ability + 0.53 * rng.normal() };
}

function emitPupil(sink: Sink, plan: Ks4Plan, tier: number, rng: Rng, t: YearTargets, academicYear: string): void {
  const em5 = t.em5 / 100;
  const both4 = (t.em4 - t.em5) / 100;
  const low = 1 - em5 - both4 - ONE_OF_TWO - NO_QUALIFICATIONS;
  const lowMean = Math.max(4, (t.att8 - em5 * MEAN.top - both4 * MEAN.both4 - ONE_OF_TWO * MEAN.one4) / low);
  let english: string;
  let maths: string;
  let att8: number;
  if (tier === 0) {
    [english, maths, att8] = [G5.draw(rng), G5.draw(rng), MEAN.top + 8 * rng.normal()];
  } else if (tier === 1) {
    const other = G4.draw(rng);
    [english, maths] = rng.chance(0.5) ? ['4', other] : [other, '4'];
    att8 = MEAN.both4 + 6 * rng.normal();
  } else if (tier === 2) {
    const [pass, fail] = [G4_ONE.draw(rng), G_BELOW.draw(rng)];
    [english, maths] = rng.chance(0.5) ? [pass, fail] : [fail, pass];
    att8 = MEAN.one4 + 6 * rng.normal();
  } else if (tier === 3) {
    [english, maths, att8] = [G_LOW.draw(rng), G_LOW.draw(rng), lowMean + 0.55 * lowMean * rng.normal()];
  } else {
    [english, maths, att8] = [G_NONE.draw(rng), G_NONE.draw(rng), 0];
  }
  const none = tier === 4;
  att8 = none ? 0 : clamp(round(att8, 0.5), 1, 90);
  const qualifications = none ? 0 : clamp(Math.round(att8 / 5.5 + 1.2 * rng.normal()), 1, 12);
  const p8 = t.p8 !== null && plan.hasKs2 ? clamp(t.p8 + (att8 - t.att8) / 11 + 0.55 * rng.normal(), -6, 4) : null;
  const p8Text = p8 === null ? null : p8.toFixed(2) === '-0.00' ? '0.00' : p8.toFixed(2);
  const missing = rng.chance(0.01);
  sink.row('ks4_results', {
    child_id: plan.childId,
    academic_year: academicYear,
    att8: missing ? null : att8,
    p8: missing ? null : p8Text,
    english_grade: english,
    maths_grade: maths,
    qualifications,
  });
}

/** The KS4 rows of one year's cohort. */
export function emitKs4Year(
  sink: Sink,
  plans: readonly Ks4Plan[],
  seed: number,
  year: number,
  t: YearTargets,
  academicYear: string,
): void {
  const em5 = t.em5 / 100;
  const both4 = (t.em4 - t.em5) / 100;
  const shares = [em5, both4, ONE_OF_TWO, 1 - em5 - both4 - ONE_OF_TWO - NO_QUALIFICATIONS];
  const tiers = bandsByRank(
    plans.map((p) => p.score),
    shares,
  );
  plans.forEach((plan, i) => emitPupil(sink, plan, tiers[i], Rng.of(seed, 10, plan.key, year), t, academicYear));
}
