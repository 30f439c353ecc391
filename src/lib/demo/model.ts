/** The synthetic children and their histories, as the table builders see them. */

/** One continuous period of care. `exit` may lie after the extract day (then still open). */
export interface Period {
  start: number;
  exit: number;
  /** age in years at the start */
  age: number;
}

/** One row of care_periods (an SSDA903 episode). `end` null = still looked after at the extract. */
export interface Episode {
  start: number;
  end: number | null;
  legal: string;
  place: string;
  location: string;
}

export type Sex = 'M' | 'F' | 'U';
export type Sen = 'E' | 'K' | 'N';

export interface Child {
  /** the entrant's index in the simulation: seeds the child's own random stream */
  key: number;
  id: string;
  sex: Sex;
  /** day of birth: only its year and month are ever written */
  birth: number;
  birthYear: number;
  birthMonth: number;
  ethnicity: string | null;
  sen: Sen | null;
  uasc: boolean;
  periods: Period[];
  episodes: Episode[];
  /** latent traits, standard normal: school attainment, absence, behaviour, engagement after care */
  ability: number;
  absence: number;
  behaviour: number;
  engagement: number;
  /** attends a special school (most with an EHC plan) */
  special: boolean;
  /** has a KS2 baseline, so a Progress 8 score in years where P8 exists */
  hasKs2: boolean;
}

/** A child's span in care within one academic year, clipped to it (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** A school the child is on roll at during a year. */
export interface Enrolment {
  ref: string;
  phase: string;
  inLa: boolean;
  entry: number;
  /** first day of this enrolment within the year (entry may be earlier) */
  from: number;
}

/** Everything the per-year builders need to know about one child in one academic year. */
export interface ChildYear {
  child: Child;
  year: number;
  nc: number;
  /** in-care spans within the academic year, end exclusive */
  spans: Span[];
  /** share of the academic year spent in care, 0–1 */
  exposure: number;
  /** placement location at the census day, or at the first day in care that year */
  location: string;
  /** the year's first placement type (residential placements change schooling) */
  place: string;
  /** placement moves to another location during the year: the days they happen */
  moves: number[];
  schools: Enrolment[];
}

/** Total days of the spans that fall in [from, to] (inclusive). */
export function daysInCare(spans: readonly Span[], from: number, to: number): number {
  let n = 0;
  for (const s of spans) {
    const a = Math.max(s.start, from);
    const b = Math.min(s.end - 1, to);
    if (b >= a) n += b - a + 1;
  }
  return n;
}

/** The school a child is on roll at on a day (the latest enrolment that began by then). */
export function schoolOn(cy: ChildYear, day: number): Enrolment {
  let best = cy.schools[0];
  for (const s of cy.schools) if (s.from <= day) best = s;
  return best;
}

/**
 * Ranks items by score (highest first; ties keep their order) and gives each the band its rank
 * falls in, bands sized by shares of the whole (the last band takes the rest). Used so that small
 * cohorts still carry the national shares exactly, while who lands where follows the child's traits.
 */
export function bandsByRank(scores: readonly number[], shares: readonly number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const bands = new Array<number>(scores.length);
  const cuts: number[] = [];
  let cum = 0;
  for (const s of shares) cuts.push(Math.round((cum += s) * scores.length));
  order.forEach((item, rank) => {
    let band = 0;
    while (band < cuts.length && rank >= cuts[band]) band++;
    bands[item] = band;
  });
  return bands;
}
