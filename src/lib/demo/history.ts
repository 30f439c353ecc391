/**
 * Care histories: a stream of entrants into care since 1998, each with an age at entry, one or two
 * periods of care and an exit (return home, adoption or special guardianship, 18th birthday). The
 * entry rate is set so that about `children` are looked after on any day (all ages 0–17, as DfE's
 * cla_31mar_n counts them); the virtual school's pupils are the entrants who overlap its years.
 */
import { addYears, dayOf, EXTRACT, YEAR_DAYS, ymdOf } from './dates';
import type { Period } from './model';
import { Rng, Weighted } from './rng';

export const SIM_START = dayOf(1998, 4, 1);

/** Age at entry (years), non-UASC: DfE starters by age, roughly 19/14/18/37/12%. */
const AGE_BANDS = new Weighted<readonly [number, number]>([
  [[0, 1], 19],
  [[1, 5], 14],
  [[5, 10], 18],
  [[10, 16], 37],
  [[16, 17.9], 12],
]);
/** UASC arrive as teenagers, most at 16. */
const UASC_AGES = new Weighted<readonly [number, number]>([
  [[13, 14], 4],
  [[14, 15], 10],
  [[15, 16], 26],
  [[16, 17], 42],
  [[17, 17.8], 18],
]);

/** Share of entrants who are unaccompanied asylum-seeking children, by year of entry. */
function uascShare(year: number): number {
  if (year < 2015) return 0.02;
  if (year >= 2021 && year <= 2023) return 0.07;
  return 0.05;
}

export interface History {
  key: number;
  birth: number;
  uasc: boolean;
  periods: Period[];
}

/** Years in care of one period; Infinity = until the 18th birthday. */
function durationYears(rng: Rng, age: number, uasc: boolean): number {
  const short = (): number => Math.min(rng.exp(0.3), 1.2);
  if (uasc) return rng.chance(0.88) ? Infinity : rng.uniform(0.2, 1.5);
  const u = rng.next();
  if (age < 5) return u < 0.22 ? short() : u < 0.88 ? rng.uniform(0.7, 2.5) : Infinity;
  if (age < 10) return u < 0.25 ? short() : u < 0.75 ? rng.uniform(0.7, 3.5) : Infinity;
  if (age < 16) return u < 0.33 ? short() : u < 0.7 ? rng.uniform(0.5, 2.5) : Infinity;
  return u < 0.25 ? short() : Infinity;
}

function period(rng: Rng, start: number, birth: number, uasc: boolean): Period {
  const age = (start - birth) / YEAR_DAYS;
  const d = durationYears(rng, age, uasc);
  const eighteen = addYears(birth, 18);
  const exit = d === Infinity ? eighteen : Math.min(eighteen, start + Math.max(1, Math.round(d * YEAR_DAYS)));
  return { start, exit, age };
}

/** One entrant's history, drawn from its own stream (so the same key always gives the same child). */
export function entrant(rng: Rng, key: number, entry: number): History {
  const [entryYear] = ymdOf(entry);
  const uasc = rng.chance(uascShare(entryYear));
  const [lo, hi] = (uasc ? UASC_AGES : AGE_BANDS).draw(rng);
  const birth = entry - Math.round(rng.uniform(lo, hi) * YEAR_DAYS);
  const periods = [period(rng, entry, birth, uasc)];
  const eighteen = addYears(birth, 18);
  // About one in seven comes back into care after a gap (never touching the first period).
  for (let again = 0.14; again > 0.03; again /= 4) {
    const last = periods[periods.length - 1];
    if (last.exit >= eighteen - 90 || !rng.chance(again)) break;
    const start = last.exit + 14 + Math.round(rng.exp(0.7) * YEAR_DAYS);
    if (start >= eighteen - 30 || start > EXTRACT) break;
    periods.push(period(rng, start, birth, uasc));
  }
  return { key, birth, uasc, periods };
}

/** Mean days in care per entrant (all periods), estimated on a fixed sample: sets the entry rate. */
function meanDaysInCare(seed: number): number {
  const rng = Rng.of(seed, 0x5eed);
  const n = 20000;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const h = entrant(rng, i, dayOf(2016, 1, 1) + rng.int(0, 1460));
    for (const p of h.periods) total += p.exit - p.start;
  }
  return total / n;
}

/** Every entrant from SIM_START to the extract day, in key order. */
export function simulate(seed: number, children: number, keep: (h: History) => boolean): History[] {
  const span = EXTRACT - SIM_START + 1;
  const n = Math.round((children / meanDaysInCare(seed)) * span);
  const out: History[] = [];
  for (let key = 0; key < n; key++) {
    const rng = Rng.of(seed, 1, key);
    const h = entrant(rng, key, SIM_START + Math.floor(rng.next() * span));
    if (keep(h)) out.push(h);
  }
  return out;
}
