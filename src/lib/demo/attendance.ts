/**
 * attendance: sessions per child on roll (Reception to Year 11) per term, pro rata to the days in
 * care. Within each year the child-years are ranked by the absence trait (plus noise) and cut into
 * severe (≥ 50% absent), persistent (10–50%) and low (< 10%) in the national CLA_12M shares of that
 * year; the low group's mean is set so that overall absence matches the national rate.
 */
import type { YearTargets } from './calibration';
import { terms } from './dates';
import { bandsByRank, daysInCare, type ChildYear } from './model';
import { Rng } from './rng';
import type { Sink } from './csv';

const SEVERE_MEAN = 0.675;
const PERSISTENT_MEAN = 0.1 + 0.4 / 3;

export interface AttendancePlan {
  childId: string;
  key: number;
  score: number;
  /** possible sessions in autumn, spring, summer (0 = no row): compact, as there are many plans */
  possible: [number, number, number];
}

const TERM_NAMES = ['AUTUMN', 'SPRING', 'SUMMER'] as const;

/** The terms a child on roll was in care for, with possible sessions; null if none. */
export function planAttendance(cy: ChildYear, rng: Rng): AttendancePlan | null {
  if (cy.nc < 0 || cy.nc > 11) return null;
  const possible: [number, number, number] = [0, 0, 0];
  terms(cy.year).forEach((term, i) => {
    const frac = daysInCare(cy.spans, term.start, term.end) / (term.end - term.start + 1);
    if (frac <= 0) return;
    const n = Math.round(frac * (term.sessions + rng.int(-4, 4)));
    if (n >= 2) possible[i] = n;
  });
  if (possible[0] + possible[1] + possible[2] === 0) return null;
  return { childId: cy.child.id, key: cy.child.key, score: 0.75 * cy.child.absence + 0.66 * rng.normal(), possible };
}

/** Absence rate of a child-year in band 0 (severe), 1 (persistent) or 2 (low). */
function absenceRate(band: number, rng: Rng, t: YearTargets): number {
  const severe = t.severe / 100;
  const persistent = t.persistent / 100;
  if (band === 0) return rng.uniform(0.5, 0.85);
  if (band === 1) return 0.1 + 0.4 * Math.pow(rng.next(), 2);
  const low = (t.absOverall / 100 - severe * SEVERE_MEAN - (persistent - severe) * PERSISTENT_MEAN) / (1 - persistent);
  return Math.min(0.09, (Math.max(0.005, low) * (rng.exp(1) + rng.exp(1))) / 2);
}

function emitPlan(sink: Sink, plan: AttendancePlan, rate: number, rng: Rng, academicYear: string): void {
  const rows = plan.possible.flatMap((possible, i) => (possible > 0 ? [{ term: TERM_NAMES[i], possible }] : []));
  const total = rows.reduce((n, r) => n + r.possible, 0);
  // Whole-year absence, rounded so that the child's year rate stays on its side of 10% and 50%.
  const absent = rate >= 0.1 ? Math.ceil(rate * total) : Math.min(Math.round(rate * total), Math.ceil(0.1 * total) - 1);
  const weights = rows.map((r) => r.possible * rng.uniform(0.6, 1.4));
  const sum = weights.reduce((n, w) => n + w, 0);
  const shares = rows.map((r, i) => Math.min(r.possible, Math.round((absent * weights[i]) / sum)));
  let left = absent - shares.reduce((n, a) => n + a, 0);
  for (let i = 0; left !== 0; i = (i + 1) % rows.length) {
    if (left > 0 && shares[i] < rows[i].possible) (shares[i]++, left--);
    else if (left < 0 && shares[i] > 0) (shares[i]--, left++);
  }
  const authorisedShare = rate >= 0.5 ? rng.uniform(0.3, 0.6) : rng.uniform(0.45, 0.8);
  rows.forEach((r, i) => {
    const authorised = Math.round(shares[i] * authorisedShare);
    sink.row('attendance', {
      child_id: plan.childId,
      academic_year: academicYear,
      term: r.term,
      sessions_possible: r.possible,
      sessions_authorised: authorised,
      sessions_unauthorised: shares[i] - authorised,
    });
  });
}

/** All attendance rows of one academic year, in the order the children were planned. */
export function emitAttendanceYear(
  sink: Sink,
  plans: readonly AttendancePlan[],
  seed: number,
  year: number,
  t: YearTargets,
  academicYear: string,
): void {
  const bands = bandsByRank(
    plans.map((p) => p.score),
    [t.severe / 100, (t.persistent - t.severe) / 100],
  );
  plans.forEach((plan, i) => {
    const rng = Rng.of(seed, 11, plan.key, year);
    emitPlan(sink, plan, absenceRate(bands[i], rng, t), rng, academicYear);
  });
}
