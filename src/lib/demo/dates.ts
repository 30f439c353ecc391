/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time zone):
 * exact, fast and independent of the machine's clock and zone.
 */

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function dayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month, day] of a day number (civil_from_days). */
export function ymdOf(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const isoCache = new Map<number, string>();

/** `YYYY-MM-DD`. */
export function iso(day: number): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    const [y, m, d] = ymdOf(day);
    s = `${y}-${pad2(m)}-${pad2(d)}`;
    isoCache.set(day, s);
  }
  return s;
}

/** `YYYY-MM`. */
export function yearMonth(day: number): string {
  const [y, m] = ymdOf(day);
  return `${y}-${pad2(m)}`;
}

/** Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The day itself if Monday–Friday, else the following Monday. */
export function schoolDay(day: number): number {
  const w = weekday(day);
  return w >= 5 ? day + (7 - w) : day;
}

/** The same month and day n years later (29 February becomes 1 March). */
export function addYears(day: number, n: number): number {
  const [y, m, d] = ymdOf(day);
  return m === 2 && d === 29 ? dayOf(y + n, 3, 1) : dayOf(y + n, m, d);
}

export const YEAR_DAYS = 365.25;

/** Academic year `Y/Y+1` as the contract writes it: `2023/24`. */
export function ayLabel(y: number): string {
  return `${y}/${pad2((y + 1) % 100)}`;
}

export const yearStart = (y: number): number => dayOf(y, 9, 1);
export const yearEnd = (y: number): number => dayOf(y + 1, 8, 31);

/** The academic year (its first calendar year) that contains a day. */
export function academicYearOf(day: number): number {
  const [y, m] = ymdOf(day);
  return m >= 9 ? y : y - 1;
}

/** First Thursday of October Y: the autumn census day of academic year Y/Y+1. */
export function censusDay(y: number): number {
  const first = dayOf(y, 10, 1);
  return first + ((3 - weekday(first) + 7) % 7);
}

/** nc_year in academic year Y of a child born in (by, bm): the contract's formula. */
export function ncYear(by: number, bm: number, y: number): number {
  return y - by - (bm >= 9 ? 1 : 0) - 4;
}

/** Academic years of the synthetic authority: 2019/20 … 2024/25. */
export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2024;
export const YEARS: readonly number[] = [2019, 2020, 2021, 2022, 2023, 2024];
/** Reporting years (ending 31 March) for destinations. */
export const REPORTING_YEARS: readonly number[] = [2020, 2021, 2022, 2023, 2024, 2025];
export const WINDOW_START = yearStart(FIRST_YEAR);
/** The day of the extract: nothing is dated after it; anything still running is open. */
export const EXTRACT = yearEnd(LAST_YEAR);

export type TermCode = 'AUTUMN' | 'SPRING' | 'SUMMER';
export interface Term {
  term: TermCode;
  /** first and last teaching day (approximate, holidays ignored within) */
  start: number;
  end: number;
  /** possible sessions (half days) for a child on roll for the whole term */
  sessions: number;
}

/**
 * School terms of academic year Y. 2019/20 spring and summer carry the closure of March 2020: the
 * summer count is the few sessions a child in care was expected to attend (code X not counted).
 */
export function terms(y: number): Term[] {
  const covid = y === 2019;
  return [
    { term: 'AUTUMN', start: dayOf(y, 9, 3), end: dayOf(y, 12, 19), sessions: 140 },
    { term: 'SPRING', start: dayOf(y + 1, 1, 6), end: dayOf(y + 1, 3, 31), sessions: covid ? 100 : 120 },
    { term: 'SUMMER', start: dayOf(y + 1, 4, 14), end: dayOf(y + 1, 7, 21), sessions: covid ? 40 : 120 },
  ];
}

/** The PEP terms of academic year Y: every day of the year belongs to one. */
export function pepTerms(y: number): { term: TermCode; start: number; end: number; dueFrom: number; dueTo: number }[] {
  return [
    { term: 'AUTUMN', start: dayOf(y, 9, 1), end: dayOf(y, 12, 31), dueFrom: dayOf(y, 10, 1), dueTo: dayOf(y, 11, 30) },
    {
      term: 'SPRING',
      start: dayOf(y + 1, 1, 1),
      end: dayOf(y + 1, 3, 31),
      dueFrom: dayOf(y + 1, 2, 1),
      dueTo: dayOf(y + 1, 3, 20),
    },
    {
      term: 'SUMMER',
      start: dayOf(y + 1, 4, 1),
      end: dayOf(y + 1, 8, 31),
      dueFrom: dayOf(y + 1, 5, 1),
      dueTo: dayOf(y + 1, 6, 30),
    },
  ];
}
