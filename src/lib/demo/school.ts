/**
 * school_enrolments: a school per child per year (kept from year to year unless the phase or the
 * placement changes), a second school in the year after some placement moves or a permanent
 * exclusion. Pseudonymous references SCH0001…; in or out of the authority to match the placement;
 * special schools for half the children with an EHC plan, a few in alternative provision.
 */
import { dayOf, iso, schoolDay, yearEnd } from './dates';
import type { ChildYear, Enrolment } from './model';
import { Rng, Weighted } from './rng';
import type { Sink } from './csv';

/** Schools per 500 children in care, by phase: [inside the authority, outside]. */
const POOL_SIZES: Record<string, readonly [number, number]> = {
  PRIMARY: [80, 100],
  SECONDARY: [16, 40],
  SPECIAL: [6, 15],
  AP: [3, 5],
  INDEPENDENT: [2, 10],
  FE: [2, 5],
  OTHER: [2, 4],
};

/** A school of the pool: every enrolment at it has its phase and its place in or out of the authority. */
export interface PoolSchool {
  ref: string;
  phase: string;
  inLa: boolean;
}

export class SchoolPool {
  private readonly pools = new Map<string, string[]>();

  constructor(seed: number, children: number) {
    const scale = children / 500;
    const sizes: [string, number][] = [];
    for (const [phase, [inside, outside]] of Object.entries(POOL_SIZES)) {
      sizes.push([`1:${phase}`, Math.max(2, Math.round(inside * scale))]);
      sizes.push([`0:${phase}`, Math.max(2, Math.round(outside * scale))]);
    }
    const total = sizes.reduce((n, [, k]) => n + k, 0);
    const rng = Rng.of(seed, 5);
    const numbers = rng.shuffle(Array.from({ length: total * 3 }, (_, i) => i + 1));
    const width = Math.max(4, String(total * 3).length);
    let next = 0;
    for (const [key, k] of sizes) {
      this.pools.set(
        key,
        numbers.slice(next, next + k).map((n) => `SCH${String(n).padStart(width, '0')}`),
      );
      next += k;
    }
  }

  /** Every school of the pool, with its phase and whether it is inside the authority. */
  schools(): PoolSchool[] {
    return [...this.pools].flatMap(([key, refs]) =>
      refs.map((ref) => ({ ref, phase: key.slice(2), inLa: key.startsWith('1:') })),
    );
  }

  /** A school of the phase, some schools far more often than others (as in a real authority). */
  pick(rng: Rng, phase: string, inLa: boolean): string {
    const pool = this.pools.get(`${inLa ? 1 : 0}:${phase}`) as string[];
    return pool[Math.floor(pool.length * Math.pow(rng.next(), 1.6))];
  }
}

const IN_LA: Record<string, number> = { IN_LA: 0.93, OUT_LA_LE20MI: 0.5, OUT_LA_GT20MI: 0.06, UNKNOWN: 0.7 };
const POST16 = new Weighted<string>([
  ['FE', 66],
  ['SECONDARY', 22],
  ['OTHER', 9],
  ['INDEPENDENT', 3],
]);

/** Where a child starts a phase: Reception, Year 7, Year 12. */
function phaseStart(nc: number): number {
  return nc <= 6 ? 0 : nc <= 11 ? 7 : 12;
}

function phaseFor(cy: ChildYear, rng: Rng, prev: Enrolment | null): string {
  const { child, nc } = cy;
  if (nc >= 12) return child.special && rng.chance(0.6) ? 'SPECIAL' : POST16.draw(rng);
  if (child.special) return 'SPECIAL';
  if (nc <= 6) return 'PRIMARY';
  if (prev?.phase === 'AP' && rng.chance(0.6)) return 'AP';
  if (prev?.phase === 'INDEPENDENT' && rng.chance(0.8)) return 'INDEPENDENT';
  if ((cy.place === 'K2' || cy.place === 'R1') && rng.chance(0.3)) return 'INDEPENDENT';
  if (rng.chance(child.behaviour > 1.2 ? 0.07 : 0.015)) return 'AP';
  return 'SECONDARY';
}

export interface SchoolState {
  school: Enrolment;
  location: string;
}

/** The year's schools of a child, given last year's school (null for a child new to the roll). */
export function planSchools(cy: ChildYear, rng: Rng, pool: SchoolPool, prev: SchoolState | null): SchoolState {
  const { year, nc, spans } = cy;
  const yearFrom = dayOf(year, 9, 1);
  const septStart = schoolDay(dayOf(year, 9, 4));
  const phase = phaseFor(cy, rng, prev?.school ?? null);
  const sameLoc = prev?.location === cy.location;
  const keep =
    prev !== null &&
    prev.school.phase === phase &&
    nc !== phaseStart(nc) &&
    rng.chance(sameLoc ? 0.93 : cy.location === 'OUT_LA_GT20MI' ? 0.05 : 0.35);
  let first: Enrolment;
  if (keep && prev) first = { ...prev.school, from: yearFrom };
  else {
    const inLa = rng.chance(IN_LA[cy.location] ?? 0.7);
    const ref = pool.pick(rng, phase, inLa);
    let entry = septStart;
    if (prev === null && spans[0].start > yearFrom && rng.chance(0.4))
      entry = schoolDay(spans[0].start + rng.int(3, 30));
    else if (prev === null && nc !== phaseStart(nc))
      entry = schoolDay(dayOf(year - rng.int(0, nc - phaseStart(nc)), 9, 4));
    first = { ref, phase, inLa, entry: Math.min(entry, yearEnd(year)), from: yearFrom };
  }
  cy.schools.push(first);
  let location = cy.location;
  for (const move of cy.moves) {
    const loc = locationAfter(cy, move);
    location = loc;
    if (!rng.chance(0.6)) continue;
    const entry = schoolDay(move + rng.int(5, 40));
    if (entry > dayOf(year + 1, 7, 15)) continue;
    const inLa = rng.chance(IN_LA[loc] ?? 0.7);
    cy.schools.push({ ref: pool.pick(rng, phase, inLa), phase, inLa, entry, from: entry });
  }
  return { school: cy.schools[cy.schools.length - 1], location };
}

function locationAfter(cy: ChildYear, day: number): string {
  let loc = cy.location;
  for (const e of cy.child.episodes) if (e.start <= day) loc = e.location;
  return loc;
}

/** A move to alternative provision after a permanent exclusion. */
export function addAlternativeProvision(cy: ChildYear, rng: Rng, pool: SchoolPool, excludedOn: number): void {
  const entry = schoolDay(excludedOn + rng.int(6, 25));
  if (entry > yearEnd(cy.year)) return;
  const inLa = rng.chance(0.85);
  cy.schools.push({ ref: pool.pick(rng, 'AP', inLa), phase: 'AP', inLa, entry, from: entry });
}

export function emitEnrolments(sink: Sink, cy: ChildYear, academicYear: string): void {
  for (const s of cy.schools) {
    sink.row('school_enrolments', {
      child_id: cy.child.id,
      academic_year: academicYear,
      school_ref: s.ref,
      school_phase: s.phase,
      school_in_la: s.inLa,
      entry_date: iso(s.entry),
    });
  }
}
