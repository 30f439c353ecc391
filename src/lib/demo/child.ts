/**
 * All the rows of one child: pupils, care periods, and for each academic year on roll its schools,
 * exclusions and PEPs (with targets); then destinations and post-16 results. Attendance, KS2 and KS4 are only planned here:
 * they are ranked within each year's cohort and written after all children (see index.ts). Each
 * child-year draws from its own random stream, so one table's rules never shift another child's data.
 */
import { planAttendance, type AttendancePlan } from './attendance';
import { YEAR_TARGETS } from './calibration';
import { emitCare } from './care';
import type { Sink } from './csv';
import { ayLabel, YEARS, yearMonth } from './dates';
import { emitDestinations, type Slot } from './destinations';
import { emitExclusions, planExclusions } from './exclusions';
import { planKs2, type Ks2Plan } from './ks2';
import { planKs4, type Ks4Plan } from './ks4';
import type { Child } from './model';
import { emitPeps, planPeps, type PepPlan } from './pep';
import { emitPost16 } from './post16';
import { Rng } from './rng';
import { addAlternativeProvision, emitEnrolments, planSchools, type SchoolPool, type SchoolState } from './school';
import { childYear } from './years';

/** Running numbers for the tables' own keys. */
export class Counters {
  private pep = 0;
  private target = 0;
  private exclusion = 0;
  readonly nextPep = (): string => `PEP${String(++this.pep).padStart(7, '0')}`;
  readonly nextTarget = (): string => `TGT${String(++this.target).padStart(7, '0')}`;
  readonly nextExclusion = (): string => `EXC${String(++this.exclusion).padStart(6, '0')}`;
}

export interface ChildContext {
  seed: number;
  sink: Sink;
  pool: SchoolPool;
  counters: Counters;
  /** children on roll (Reception–Year 11) in each year: filled here, read by the registers */
  roll: Map<number, Child[]>;
  /** attendance, KS2 and KS4 are ranked within each year's cohort, so they are emitted after all children */
  attendance: Map<number, AttendancePlan[]>;
  ks2: Map<number, Ks2Plan[]>;
  ks4: Map<number, Ks4Plan[]>;
}

function add<T>(map: Map<number, T[]>, year: number, item: T | null): void {
  if (item === null) return;
  const list = map.get(year);
  if (list) list.push(item);
  else map.set(year, [item]);
}

export function emitChild(ctx: ChildContext, child: Child, slots: readonly Slot[]): void {
  const { sink, seed } = ctx;
  sink.row('pupils', {
    child_id: child.id,
    sex: child.sex,
    birth_year_month: yearMonth(child.birth),
    ethnicity: child.ethnicity,
    sen_provision: child.sen,
    uasc: child.uasc,
  });
  emitCare(sink, child);

  let school: SchoolState | null = null;
  const peps: PepPlan[] = [];
  let post16 = false;
  for (const year of YEARS) {
    const cy = childYear(child, year);
    if (cy && cy.nc >= 10) post16 = true;
    if (!cy || cy.nc < 0 || cy.nc > 13) continue;
    const rng = Rng.of(seed, 3, child.key, year);
    const t = YEAR_TARGETS[year];
    const label = ayLabel(year);
    if (cy.nc <= 11) add(ctx.roll, year, child);

    school = planSchools(cy, rng, ctx.pool, school);
    const exclusions = planExclusions(cy, rng, t);
    const permanent = exclusions.find((e) => e.permanent);
    if (permanent) {
      addAlternativeProvision(cy, rng, ctx.pool, permanent.day);
      school = { school: cy.schools[cy.schools.length - 1], location: school.location };
    }
    emitEnrolments(sink, cy, label);
    emitExclusions(sink, cy, exclusions, ctx.counters.nextExclusion);
    add(ctx.attendance, year, planAttendance(cy, rng));
    add(ctx.ks2, year, planKs2(cy, seed));
    add(ctx.ks4, year, planKs4(cy, rng));
    peps.push(...planPeps(cy, rng, t, label));
  }
  const rng = Rng.of(seed, 6, child.key);
  emitPeps(sink, child.id, peps, rng, YEAR_TARGETS, { pep: ctx.counters.nextPep, target: ctx.counters.nextTarget });
  emitDestinations(sink, child, slots, rng);
  if (post16) emitPost16(sink, child, YEARS, ayLabel, seed);
  child.episodes = []; // not needed again (the registers look at periods only): frees memory at scale
}
