/** A child's academic years: the spans in care, the year group and where the child was placed. */
import { censusDay, EXTRACT, ncYear, yearEnd, yearStart } from './dates';
import type { Child, ChildYear, Episode, Period, Span } from './model';

/** The episode in force on a day: the latest one that started by then (null before the first). */
export function episodeOn(child: Child, day: number): Episode | null {
  let best: Episode | null = null;
  for (const e of child.episodes) {
    if (e.start > day) break;
    best = e;
  }
  return best;
}

/** In care on a day, by the child's periods (end = the day care ceased). */
export function inCare(child: { readonly periods: readonly Period[] }, day: number): boolean {
  for (const p of child.periods) if (p.start <= day && day < p.exit && day <= EXTRACT) return true;
  return false;
}

/** Year Y of a child in care at some point of it, or null. Schools are filled in later. */
export function childYear(child: Child, year: number): ChildYear | null {
  const from = yearStart(year);
  const to = Math.min(yearEnd(year), EXTRACT);
  const spans: Span[] = [];
  for (const p of child.periods) {
    const start = Math.max(p.start, from);
    const end = Math.min(p.exit, to + 1);
    if (end > start) spans.push({ start, end });
  }
  if (spans.length === 0) return null;
  let days = 0;
  for (const s of spans) days += s.end - s.start;

  const census = censusDay(year);
  const anchor =
    spans[0].start <= census && spans.some((s) => s.start <= census && census < s.end) ? census : spans[0].start;
  const first = episodeOn(child, anchor) ?? child.episodes[0];
  const moves: number[] = [];
  let prevLoc = first.location;
  for (const e of child.episodes) {
    if (e.start <= anchor || e.start > to) continue;
    if (e.location !== prevLoc && e.location !== 'UNKNOWN') moves.push(e.start);
    prevLoc = e.location;
  }
  return {
    child,
    year,
    nc: ncYear(child.birthYear, child.birthMonth, year),
    spans,
    exposure: days / (yearEnd(year) - from + 1),
    location: first.location,
    place: first.place,
    moves,
    schools: [],
  };
}
