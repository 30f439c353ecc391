/**
 * destinations: OC3-style activity of care leavers at their birthday in each reporting year
 * (ending 31 March) 2020–2025, ages 17–21, plus young people in care at their 16th birthday. The
 * former relevant care leavers: left care at 16 or later after 13 weeks in care since age 14.
 * Activity follows the national CARE_LEAVERS_17_18 / _19_21 shares; the engagement trait keeps
 * each young person's path fairly steady from year to year.
 */
import { type LeaverTargets, LEAVER_TARGETS } from './calibration';
import { addYears, dayOf, EXTRACT, REPORTING_YEARS, ymdOf } from './dates';
import type { Child, Period } from './model';
import { quantile } from './pupils';
import { Weighted, type Rng } from './rng';
import type { Sink } from './csv';
import { inCare } from './years';

export interface Slot {
  reportingYear: number;
  age: number;
}

const FIRST_BIRTH = dayOf(1998, 4, 1);
const LAST_BIRTH = dayOf(2009, 3, 31);
const LEFT_BY = dayOf(2014, 4, 1);

/** The reporting years and ages at which a child has a destinations row. */
export function leaverSlots(child: { readonly birth: number; readonly periods: readonly Period[] }): Slot[] {
  const last = child.periods[child.periods.length - 1];
  // Quick rejection: no birthday at 16–21 in 2019/20–2024/25 reporting years, or left care long ago.
  if (child.birth < FIRST_BIRTH || child.birth > LAST_BIRTH || last.exit < LEFT_BY) return [];
  const [birthYear, birthMonth] = ymdOf(child.birth);
  const left = last.exit <= EXTRACT ? last.exit : null;
  const fourteen = addYears(child.birth, 14);
  let since14 = 0;
  for (const p of child.periods) since14 += Math.max(0, p.exit - Math.max(p.start, fourteen));
  const formerRelevant = left !== null && left >= addYears(child.birth, 16) && since14 >= 91;
  const out: Slot[] = [];
  for (const r of REPORTING_YEARS) {
    const age = r - birthYear - (birthMonth >= 4 ? 1 : 0);
    if (age < 16 || age > 21) continue;
    const birthday = addYears(child.birth, age);
    if (birthday < dayOf(r - 1, 4, 1) || birthday > dayOf(r, 3, 31)) continue;
    if (age === 16 ? inCare(child, birthday) : formerRelevant && left !== null && birthday >= left)
      out.push({ reportingYear: r, age });
  }
  return out;
}

/** Ordered from least to most engaged, so that the engagement trait picks the category. */
function activities(t: LeaverTargets): Weighted<string> {
  return new Weighted<string>([
    ['NEET', t.neet],
    ['OTHER_EDUCATION', t.otherEd],
    ['TRAINING_EMPLOYMENT', t.trainingEmployment],
    ['APPRENTICESHIP', t.apprenticeship],
    ['HIGHER_EDUCATION', t.he],
  ]);
}
const YOUNG = new Map<number, Weighted<string>>();
const OLDER = new Map<number, Weighted<string>>();
for (const r of REPORTING_YEARS) {
  YOUNG.set(r, activities(LEAVER_TARGETS[r].young));
  OLDER.set(r, activities(LEAVER_TARGETS[r].older));
}
const IN_CARE_16 = new Weighted<string>([
  ['NEET', 9],
  ['OTHER_EDUCATION', 83],
  ['TRAINING_EMPLOYMENT', 5],
  ['APPRENTICESHIP', 3],
]);

export function emitDestinations(sink: Sink, child: Child, slots: readonly Slot[], rng: Rng): void {
  for (const { reportingYear, age } of slots) {
    const targets = LEAVER_TARGETS[reportingYear];
    const band = age <= 18 ? targets.young : targets.older;
    // In touch: NO at the national rate (19–21), otherwise mostly YES.
    const u = rng.next();
    const notInTouch = age === 16 ? 0 : ((age <= 18 ? 0.6 : 1) * targets.notInTouch) / 100;
    const inTouch =
      u < notInTouch
        ? 'NO'
        : u < notInTouch + 0.012
          ? 'REFU'
          : u < notInTouch + 0.012 + (age >= 19 ? 0.02 : 0)
            ? 'NREQ'
            : u < notInTouch + 0.04 && age >= 18
              ? 'RHOM'
              : u > 0.999 && age >= 18
                ? 'DIED'
                : 'YES';
    let activity: string;
    if (inTouch === 'NO' || inTouch === 'REFU' || inTouch === 'DIED') activity = 'NOT_KNOWN';
    else if (inTouch === 'NREQ' && rng.chance(0.5)) activity = 'NOT_KNOWN';
    else if (age > 16 && rng.chance(Math.max(0, band.notKnown / 100 - notInTouch - 0.02))) activity = 'NOT_KNOWN';
    else {
      const q = quantile(child.engagement, rng, 0.7);
      activity = (age === 16 ? IN_CARE_16 : ((age <= 18 ? YOUNG : OLDER).get(reportingYear) as Weighted<string>)).at(q);
    }
    sink.row('destinations', { child_id: child.id, reporting_year: reportingYear, age, activity, in_touch: inTouch });
    if (inTouch === 'DIED') break;
  }
}
