/** Days of the child's timeline as UTC milliseconds: a 'YYYY-MM-DD' text is a calendar day, never a local time. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

export const dayOf = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
export const utc = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day);
export const nextDay = (ms: number): number => ms + DAY;

/** '2024-03-05' → '5 Mar 2024' */
export function dateWords(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** A tick's label: 'Sep 2023' */
export function monthWords(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The first year of an academic year: '2023/24' → 2023 */
export const yearStart = (academicYear: string): number => Number(academicYear.slice(0, 4));

/** The academic year (1 September to 31 August) holding a day: its first year */
export function academicYearOf(ms: number): number {
  const d = new Date(ms);
  return d.getUTCMonth() >= 8 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}

/** Easter Sunday of a year (the anonymous Gregorian algorithm, as the model's SQL): the spring term ends on it. */
export function easter(year: number): number {
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return utc(year, Math.floor(n / 31), (n % 31) + 1);
}

/** The days of a DfE term as [first, day after the last): autumn to 31 December, spring to Easter Sunday, summer after. */
export function termSpan(academicYear: string, term: string): [number, number] {
  const y = yearStart(academicYear);
  if (term === 'AUTUMN') return [utc(y, 9, 1), utc(y + 1, 1, 1)];
  if (term === 'SPRING') return [utc(y + 1, 1, 1), nextDay(easter(y + 1))];
  return [nextDay(easter(y + 1)), utc(y + 1, 9, 1)];
}

/** An academic year as [1 September, the next 1 September) */
export function yearSpan(academicYear: string): [number, number] {
  const y = yearStart(academicYear);
  return [utc(y, 9, 1), utc(y + 1, 9, 1)];
}
