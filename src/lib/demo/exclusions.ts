/**
 * exclusions: suspensions of children on roll, well above all pupils (CLA_12M: 9–15% with one or
 * more a year), most in secondary, boys more; repeats common; reasons mostly DB, VA, PA; 1–10
 * sessions; the school the child attends that day. A handful of permanent exclusions.
 */
import type { YearTargets } from './calibration';
import { iso, schoolDay, terms } from './dates';
import { schoolOn, type ChildYear, type Span } from './model';
import { Rng, Weighted } from './rng';
import type { Sink } from './csv';

const REASONS = new Weighted<string>([
  ['DB', 36],
  ['VA', 20],
  ['PA', 12],
  ['VP', 9],
  ['PP', 9],
  ['DM', 4],
  ['OT', 3],
  ['DA', 2],
  ['BU', 1.5],
  ['OW', 1],
  ['TH', 1],
  ['MT', 1],
  ['SM', 0.5],
  ['RA', 0.5],
  ['LG', 0.3],
  ['DS', 0.2],
]);
const PERMANENT_REASONS = new Weighted<string>([
  ['PA', 35],
  ['DB', 25],
  ['VA', 15],
  ['OW', 12],
  ['DA', 8],
  ['SM', 5],
]);
const SESSIONS = new Weighted<number>([
  [1, 14],
  [2, 34],
  [3, 10],
  [4, 14],
  [5, 6],
  [6, 9],
  [7, 2],
  [8, 4],
  [9, 2],
  [10, 5],
]);

/**
 * Relative risk of one or more suspensions in a year: by sex, key stage, SEN and the behaviour
 * trait. RISK_NORM makes the roll's average risk the national share (checked on the demo output).
 */
const RISK_NORM = 0.93;
function risk(cy: ChildYear): number {
  const { child, nc } = cy;
  const sex = child.sex === 'M' ? 1.35 : child.sex === 'F' ? 0.55 : 1;
  const stage = nc <= 2 ? 0.15 : nc <= 6 ? 0.45 : nc <= 9 ? 1.7 : 1.6;
  const sen = child.sen === 'K' ? 1.35 : child.sen === 'E' ? 1.1 : child.sen === 'N' ? 0.75 : 1;
  return (sex * stage * sen * Math.exp(0.7 * child.behaviour - 0.245)) / RISK_NORM;
}

export interface ExclusionEvent {
  day: number;
  permanent: boolean;
  sessions: number | null;
  reason: string;
}

/** Teaching days of the year's terms on which the child was in care. */
function schoolSpans(cy: ChildYear): Span[] {
  const out: Span[] = [];
  for (const t of terms(cy.year)) {
    for (const s of cy.spans) {
      const start = Math.max(s.start, t.start);
      const end = Math.min(s.end, t.end + 1);
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

function dayIn(rng: Rng, spans: readonly Span[], total: number): number {
  let k = rng.int(0, total - 1);
  for (const s of spans) {
    if (k < s.end - s.start) return schoolDay(s.start + k);
    k -= s.end - s.start;
  }
  return schoolDay(spans[0].start);
}

/** The year's exclusions of a child on roll (Reception to Year 11). */
export function planExclusions(cy: ChildYear, rng: Rng, t: YearTargets): ExclusionEvent[] {
  if (cy.nc < 0 || cy.nc > 11) return [];
  const spans = schoolSpans(cy);
  let total = 0;
  for (const s of spans) total += s.end - s.start;
  if (total === 0) return [];
  // Risk grows with the time in school while in care; a full year carries the national share.
  const share = Math.min(1, total / 290);
  const p = Math.min(0.85, (t.suspOnePlus / 100) * risk(cy) * (0.35 + 0.65 * share));
  if (!rng.chance(p)) return [];
  let n = 1;
  while (n < 12 && rng.chance(0.64)) n++;
  const out: ExclusionEvent[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      day: dayIn(rng, spans, total),
      permanent: false,
      sessions: SESSIONS.draw(rng),
      reason: REASONS.draw(rng),
    });
  }
  out.sort((a, b) => a.day - b.day);
  // Permanent exclusions: rare (about 0.1% of the roll), secondary pupils already suspended.
  if (cy.nc >= 7 && rng.chance((t.permanent / 100) * 9)) {
    const last = out[out.length - 1].day;
    const day = schoolDay(last + rng.int(3, 40));
    if (spans.some((s) => s.start <= day && day < s.end))
      out.push({ day, permanent: true, sessions: null, reason: PERMANENT_REASONS.draw(rng) });
  }
  return out;
}

export function emitExclusions(
  sink: Sink,
  cy: ChildYear,
  events: readonly ExclusionEvent[],
  nextId: () => string,
): void {
  for (const e of events) {
    sink.row('exclusions', {
      exclusion_id: nextId(),
      child_id: cy.child.id,
      start_date: iso(e.day),
      category: e.permanent ? 'PERMANENT' : 'SUSPENSION',
      sessions: e.sessions,
      reason: e.reason,
      school_ref: schoolOn(cy, e.day).ref,
    });
  }
}
