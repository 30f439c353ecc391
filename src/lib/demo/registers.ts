/**
 * Shared by the two local authority registers (children missing education, elective home
 * education): their own pseudonyms (R0000001…, a different pattern from pupils' C…), months of
 * the school year, and links to children of pupils.csv who were in care at the time.
 */
import { dayOf, schoolDay } from './dates';
import type { Child } from './model';
import { Weighted, type Rng } from './rng';
import { inCare } from './years';

export interface RegisterRow {
  childId: string;
  start: number;
  end: number | null;
  endReason: string | null;
  status: string;
}

/** Pseudonyms of register children who are not on the virtual school's roll. */
export class RegisterIds {
  private n = 0;
  private readonly issued: string[] = [];

  constructor(private readonly width = 7) {}

  fresh(): string {
    const id = `R${String(++this.n).padStart(this.width, '0')}`;
    this.issued.push(id);
    return id;
  }

  /** A child already on a register (a second episode), or a new one. */
  any(rng: Rng, repeat: number): string {
    return this.issued.length > 0 && rng.chance(repeat) ? rng.pick(this.issued) : this.fresh();
  }
}

/** Children of pupils.csv on roll in each academic year, to link register records to. */
export type RollIndex = ReadonlyMap<number, readonly Child[]>;

/** A child of pupils.csv in care on the day (a few tries), or null. */
export function pupilInCare(rng: Rng, roll: RollIndex, year: number, day: number): Child | null {
  const list = roll.get(year);
  if (!list || list.length === 0) return null;
  for (let i = 0; i < 20; i++) {
    const c = rng.pick(list);
    if (inCare(c, day)) return c;
  }
  return null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A school day in a month of academic year Y; `months` weights September … August. */
export function dayInYear(rng: Rng, year: number, months: Weighted<number>): number {
  const m = months.draw(rng);
  const y = m >= 9 ? year : year + 1;
  return schoolDay(dayOf(y, m, rng.int(1, MONTH_DAYS[m - 1] - 3)));
}

export function monthWeights(weights: readonly number[]): Weighted<number> {
  const months = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8];
  return new Weighted<number>(months.map((m, i) => [m, weights[i]] as const));
}

/** Records sorted by start (stable, in place) and numbered: CME000001…, EHE000001…. */
export function numbered<T extends { start: number }>(
  rows: T[],
  prefix: string,
  emit: (row: T, recordId: string) => void,
): void {
  const width = Math.max(6, String(rows.length).length);
  rows.sort((a, b) => a.start - b.start);
  rows.forEach((r, k) => emit(r, `${prefix}${String(k + 1).padStart(width, '0')}`));
}
