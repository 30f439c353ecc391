/**
 * care_periods rows, SSDA903-like: each continuous period is split into episodes at placement moves
 * and legal status changes; consecutive rows touch (next start = previous end, or the day after).
 * Legal status mostly C2 (often after an interim C1), some V2 (all UASC), a few E1, J2, L2;
 * placements mostly foster care (U1–U6), some residential (K2, R1), semi-independent (H5) at 16+.
 */
import { EXTRACT, iso, YEAR_DAYS } from './dates';
import type { Child, Episode, Period } from './model';
import { Rng, Weighted } from './rng';
import type { Sink } from './csv';

const PLACE_CHILD = new Weighted<string>([
  ['U4', 22],
  ['U5', 22],
  ['U6', 20],
  ['U1', 8],
  ['U2', 6],
  ['U3', 6],
  ['P1', 9],
  ['K2', 3],
  ['Z1', 1],
]);
const PLACE_TEEN = new Weighted<string>([
  ['U4', 18],
  ['U5', 18],
  ['U6', 16],
  ['U1', 5],
  ['U2', 4],
  ['U3', 4],
  ['K2', 18],
  ['R1', 3],
  ['P1', 6],
  ['K1', 0.5],
  ['Z1', 1],
]);
const PLACE_16 = new Weighted<string>([
  ['U4', 14],
  ['U5', 14],
  ['U6', 12],
  ['U1', 3],
  ['U2', 3],
  ['U3', 3],
  ['K2', 14],
  ['H5', 25],
  ['S1', 4],
  ['P1', 3],
  ['R1', 2],
  ['Z1', 1],
]);
const PLACE_UASC_16 = new Weighted<string>([
  ['H5', 45],
  ['U4', 15],
  ['U5', 15],
  ['U6', 15],
  ['K2', 10],
]);
const PLACE_UASC = new Weighted<string>([
  ['U4', 28],
  ['U5', 27],
  ['U6', 27],
  ['K2', 12],
  ['U1', 6],
]);

type Loc = readonly (readonly [string, number])[];
const LOC_FOSTER: Loc = [
  ['IN_LA', 66],
  ['OUT_LA_LE20MI', 24],
  ['OUT_LA_GT20MI', 9.5],
  ['UNKNOWN', 0.5],
];
const LOC_RESIDENTIAL: Loc = [
  ['IN_LA', 25],
  ['OUT_LA_LE20MI', 30],
  ['OUT_LA_GT20MI', 45],
];
const LOC_OTHER: Loc = [
  ['IN_LA', 62],
  ['OUT_LA_LE20MI', 26],
  ['OUT_LA_GT20MI', 11.5],
  ['UNKNOWN', 0.5],
];
const LOCATIONS = {
  foster: new Weighted(LOC_FOSTER),
  residential: new Weighted(LOC_RESIDENTIAL),
  other: new Weighted(LOC_OTHER),
};

function location(rng: Rng, place: string): string {
  if (place === 'K2' || place === 'R1' || place === 'K1' || place === 'R5') return LOCATIONS.residential.draw(rng);
  return (place.startsWith('U') ? LOCATIONS.foster : LOCATIONS.other).draw(rng);
}

function placement(rng: Rng, child: Child, age: number): string {
  if (child.uasc) return (age >= 16 ? PLACE_UASC_16 : PLACE_UASC).draw(rng);
  return (age >= 16 ? PLACE_16 : age >= 12 ? PLACE_TEEN : PLACE_CHILD).draw(rng);
}

interface Change {
  day: number;
  legal?: string;
  place?: string;
  /** a remand: J2 in secure accommodation for a while, then back */
  remandDays?: number;
}

/** Legal status changes of one period: the path from its first status. */
function legalPath(rng: Rng, child: Child, p: Period): Change[] {
  const len = p.exit - p.start;
  if (child.uasc) return [{ day: p.start, legal: 'V2' }];
  const out: Change[] = [];
  let day = p.start;
  if (rng.chance(0.05)) {
    out.push({ day, legal: rng.chance(0.5) ? 'L1' : 'L2' });
    day += rng.int(1, 8);
  }
  const u = rng.next();
  const v2 = p.age >= 12 ? 0.38 : 0.2;
  if (u < v2) out.push({ day, legal: 'V2' });
  else if (u < v2 + 0.1) {
    out.push({ day, legal: 'V2' });
    out.push({ day: (day += rng.int(60, 400)), legal: 'C1' });
    out.push({ day: (day += rng.int(120, 300)), legal: 'C2' });
  } else if (u < 0.8) {
    out.push({ day, legal: 'C1' });
    out.push({ day: (day += rng.int(90, 300)), legal: 'C2' });
  } else out.push({ day, legal: 'C2' });
  // Placement orders for young children whose period ends in adoption within a few years.
  if (p.age < 8 && len > 1.2 * YEAR_DAYS && len < 4 * YEAR_DAYS && rng.chance(0.35)) {
    const e1 = p.exit - rng.int(120, 300);
    if (e1 > day) out.push({ day: e1, legal: 'E1', place: rng.chance(0.5) ? 'A5' : 'A6' });
  }
  return out.filter((c) => c.day < p.exit);
}

function periodEpisodes(rng: Rng, child: Child, p: Period): Episode[] {
  const changes = legalPath(rng, child, p);
  const years = (p.exit - p.start) / YEAR_DAYS;
  const moves = rng.poisson(Math.min(years, 1) * 0.45 + Math.max(0, years - 1) * 0.25);
  for (let i = 0; i < moves; i++) changes.push({ day: p.start + rng.int(1, Math.max(1, p.exit - p.start - 1)) });
  if (p.age + years > 12.5 && rng.chance(0.03)) {
    const from = p.start + Math.max(0, Math.round((12.5 - p.age) * YEAR_DAYS));
    if (from < p.exit - 20) changes.push({ day: rng.int(from, p.exit - 20), legal: 'J2', remandDays: rng.int(14, 75) });
  }
  changes.sort((a, b) => a.day - b.day);

  const out: Episode[] = [];
  let legal = 'C2';
  let place = '';
  let loc = '';
  let remandEnd = -1;
  let resume = '';
  for (const c of changes) {
    if ((out.length > 0 && c.day >= p.exit - 1) || c.day <= remandEnd) continue;
    const age = p.age + (c.day - p.start) / YEAR_DAYS;
    if (c.remandDays) {
      resume = legal;
      legal = 'J2';
      place = rng.chance(0.6) ? 'R5' : 'K1';
      remandEnd = c.day + c.remandDays;
      loc = 'OUT_LA_GT20MI';
    } else {
      if (c.legal) legal = c.legal;
      if (c.place || !c.legal || place === '' || c.day === remandEnd + 1) {
        place = c.place ?? placement(rng, child, age);
        loc = location(rng, place);
      }
    }
    const prev = out[out.length - 1];
    if (prev && c.day <= prev.start) {
      // two changes on one day: one row
      Object.assign(prev, { legal, place, location: loc });
    } else {
      if (prev) prev.end = c.day;
      const start = prev && rng.chance(0.15) ? c.day + 1 : c.day;
      out.push({ start, end: p.exit, legal, place, location: loc });
    }
    if (c.remandDays && remandEnd < p.exit - 2) {
      // back from remand to the earlier legal status, in a new placement
      changes.push({ day: remandEnd + 1, legal: resume });
      changes.sort((a, b) => a.day - b.day);
    }
  }
  return out;
}

/** All rows of a child, dropping anything after the extract; an episode running on is open. */
export function careEpisodes(rng: Rng, child: Child): Episode[] {
  const out: Episode[] = [];
  for (const p of child.periods) {
    for (const e of periodEpisodes(rng, child, p)) {
      if (e.start > EXTRACT) break;
      out.push({ ...e, end: e.end !== null && e.end <= EXTRACT ? e.end : null });
    }
  }
  return out;
}

export function emitCare(sink: Sink, child: Child): void {
  for (const e of child.episodes) {
    sink.row('care_periods', {
      child_id: child.id,
      start_date: iso(e.start),
      end_date: e.end === null ? null : iso(e.end),
      legal_status: e.legal,
      placement_type: e.place,
      placement_location: e.location,
    });
  }
}
