/**
 * ehe_episodes: the elective home education register. Starts rise about 13% a year (with a jump in
 * 2020/21), concentrated in September and October; mostly secondary-age; reasons as DfE reports
 * them (mental health, dissatisfaction, lifestyle, philosophy, not given…). First contact a few days
 * to weeks after the start; cases shared among a few officers; episodes end in a return to school,
 * a move, or at the end of Year 11. Episodes that began before 2019/20 appear only if still open.
 */
import { academicYearOf, dayOf, EXTRACT, iso, WINDOW_START, YEAR_DAYS } from './dates';
import { Rng, Weighted } from './rng';
import type { Sink } from './csv';
import type { Handover } from './cme';
import { dayInYear, monthWeights, numbered, pupilInCare, type RegisterIds, type RollIndex } from './registers';

const FIRST_REGISTER_YEAR = 2014;
const MONTHS = monthWeights([24, 13, 9, 5, 9, 7, 8, 6, 7, 7, 4, 1]);
const NC = new Weighted<number>([
  [-1, 0.5],
  [0, 2],
  [1, 3],
  [2, 3],
  [3, 4],
  [4, 4],
  [5, 5],
  [6, 6],
  [7, 9],
  [8, 11],
  [9, 13],
  [10, 15],
  [11, 12],
  [12, 1],
  [13, 0.5],
]);
const REASONS = new Weighted<string>([
  ['MENTAL_HEALTH', 14],
  ['NOT_GIVEN', 16],
  ['UNKNOWN', 6],
  ['LIFESTYLE', 11],
  ['PHILOSOPHICAL', 11],
  ['DISSATISFIED_OTHER', 10],
  ['DISSATISFIED_SEND', 7],
  ['DISSATISFIED_BULLYING', 5],
  ['PHYSICAL_HEALTH', 4],
  ['SCHOOL_PREFERENCE', 3],
  ['RELIGIOUS', 3],
  ['EXCLUSION_RISK', 2],
  ['PRESSURE_FROM_SCHOOL', 1.5],
  ['OTHER', 6.5],
]);
const HANDOVER_REASONS = new Weighted<string>([
  ['NOT_GIVEN', 35],
  ['SCHOOL_PREFERENCE', 20],
  ['DISSATISFIED_OTHER', 15],
  ['OTHER', 15],
  ['LIFESTYLE', 15],
]);
/** '' = the cell is left empty (which means NONE). */
const STATUS = new Weighted<string>([
  ['NONE', 84],
  ['', 4],
  ['CIN', 8],
  ['CPP', 3],
  ['CLA', 1],
]);

interface EheRow {
  childId: string;
  start: number;
  end: number | null;
  endReason: string | null;
  reason: string;
  status: string;
  nc: number;
  contact: number | null;
  officer: string | null;
}

function starts(year: number, children: number): number {
  return Math.round(0.33 * children * Math.pow(1.13, year - 2019) * (year === 2020 ? 1.2 : 1));
}

function episode(
  rng: Rng,
  year: number,
  start: number,
  nc: number,
  officers: readonly string[],
): Omit<EheRow, 'childId' | 'reason' | 'status'> {
  const lastDay = dayOf(year + Math.max(0, 11 - nc) + (nc >= 12 ? 2 - (nc - 12) : 1), 6, 28);
  const returned = rng.chance(0.42) ? start + Math.round(rng.exp(1.1) * YEAR_DAYS) : Infinity;
  const moved = start + Math.round(rng.exp(5) * YEAR_DAYS);
  const other = start + Math.round(rng.exp(20) * YEAR_DAYS);
  let end = Math.max(start + 14, lastDay);
  let endReason = 'CHILD_AGED_OUT';
  if (returned < end) [end, endReason] = [returned, 'RETURNED_TO_SCHOOL'];
  if (moved < end) [end, endReason] = [moved, 'MOVED_AWAY'];
  if (other < end) [end, endReason] = [other, 'OTHER'];
  end = Math.max(end, start + 1);
  const contact = start + Math.round(rng.logNormal(9, 0.8));
  return {
    start,
    end: end > EXTRACT ? null : end,
    endReason: end > EXTRACT ? null : endReason,
    nc,
    contact: rng.chance(0.04) || contact > EXTRACT ? null : contact,
    officer: rng.chance(0.03) ? null : rng.pick(officers),
  };
}

export function eheEpisodes(
  seed: number,
  children: number,
  roll: RollIndex,
  ids: RegisterIds,
  handovers: readonly Handover[],
): EheRow[] {
  const rng = Rng.of(seed, 8);
  const count = Math.max(4, Math.round((5 * children) / 500));
  const width = Math.max(2, String(count).length);
  const officers = Array.from({ length: count }, (_, i) => `OFF${String(i + 1).padStart(width, '0')}`);
  const rows: EheRow[] = [];
  for (let year = FIRST_REGISTER_YEAR; year <= 2024; year++) {
    const n = starts(year, children);
    for (let i = 0; i < n; i++) {
      const start = dayInYear(rng, year, MONTHS);
      const status = STATUS.draw(rng);
      const pupil = status === 'CLA' && rng.chance(0.5) ? pupilInCare(rng, roll, year, start) : null;
      const e = episode(rng, year, start, NC.draw(rng), officers);
      if (year < 2019 && e.end !== null && e.end <= WINDOW_START) continue;
      rows.push({ ...e, childId: pupil ? pupil.id : ids.any(rng, 0.05), reason: REASONS.draw(rng), status });
    }
  }
  for (const h of handovers) {
    const start = h.day + rng.int(0, 3);
    if (start > EXTRACT) continue;
    const e = episode(rng, academicYearOf(start), start, NC.draw(rng), officers);
    rows.push({ ...e, childId: h.childId, reason: HANDOVER_REASONS.draw(rng), status: h.status });
  }
  return rows;
}

export function emitEhe(sink: Sink, rows: EheRow[]): void {
  numbered(rows, 'EHE', (r, recordId) => {
    sink.row('ehe_episodes', {
      record_id: recordId,
      child_id: r.childId,
      start_date: iso(r.start),
      end_date: r.end === null ? null : iso(r.end),
      primary_reason: r.reason,
      social_care_status: r.status === '' ? null : r.status,
      nc_year: r.nc,
      first_contact_date: r.contact === null ? null : iso(r.contact),
      end_reason: r.endReason,
      officer_ref: r.officer,
    });
  });
}
