/**
 * cme_episodes: the authority's children-missing-education register. About 0.4–0.75 episodes a year
 * per child in care (some 200–400 a year for 500 in care), rising from 2022/23 as nationally; mostly
 * children not in care (status NONE), some CIN/CPP, a few in care (some of them pupils). Slow
 * returns: median about 48 days to return to school; a few still open. Children who leave for
 * home education are handed to the EHE register.
 */
import { EXTRACT, iso, WINDOW_START } from './dates';
import { Rng, Weighted } from './rng';
import type { Sink } from './csv';
import {
  dayInYear,
  monthWeights,
  numbered,
  pupilInCare,
  type RegisterIds,
  type RegisterRow,
  type RollIndex,
} from './registers';

/** Episodes starting per child in care, by academic year (2018/19 only for those still open in 2019). */
const PER_CHILD: Record<number, number> = {
  2018: 0.55,
  2019: 0.5,
  2020: 0.42,
  2021: 0.55,
  2022: 0.62,
  2023: 0.76,
  2024: 0.72,
};
const MONTHS = monthWeights([14, 11, 10, 6, 10, 8, 9, 8, 9, 9, 5, 1]);
const STATUS = new Weighted<string>([
  ['NONE', 78],
  ['CIN', 11],
  ['CPP', 5],
  ['CLA', 6],
]);
const OUTCOME = new Weighted<readonly [string, number, number]>([
  // end reason, median days, log-scale spread
  [['RETURNED_TO_SCHOOL', 48, 0.85], 62],
  [['MOVED_AWAY', 35, 0.9], 20],
  [['EHE', 40, 0.8], 8],
  [['OTHER', 60, 1.0], 10],
]);

export interface Handover {
  childId: string;
  day: number;
  status: string;
}

export function cmeEpisodes(
  seed: number,
  children: number,
  roll: RollIndex,
  ids: RegisterIds,
): { rows: RegisterRow[]; toEhe: Handover[] } {
  const rng = Rng.of(seed, 7);
  const rows: RegisterRow[] = [];
  const toEhe: Handover[] = [];
  for (const [yearText, rate] of Object.entries(PER_CHILD)) {
    const year = Number(yearText);
    const n = Math.round(rate * children);
    for (let i = 0; i < n; i++) {
      const start = dayInYear(rng, year, MONTHS);
      const drawn = STATUS.draw(rng);
      // an empty cell means NONE: some exports leave it blank
      const status = drawn === 'NONE' && rng.chance(0.2) ? '' : drawn;
      const pupil = drawn === 'CLA' && rng.chance(0.65) ? pupilInCare(rng, roll, year, start) : null;
      const childId = pupil ? pupil.id : ids.any(rng, 0.08);
      const [reason, median, sigma] = OUTCOME.draw(rng);
      const days = rng.chance(0.02) ? rng.logNormal(400, 0.5) : rng.logNormal(median, sigma);
      const endDay = start + Math.max(1, Math.round(days));
      const open = endDay > EXTRACT;
      if (year === 2018 && !open && endDay <= WINDOW_START) continue;
      if (start > EXTRACT) continue;
      rows.push({ childId, start, end: open ? null : endDay, endReason: open ? null : reason, status });
      if (!open && reason === 'EHE') toEhe.push({ childId, day: endDay, status });
    }
  }
  return { rows, toEhe };
}

export function emitCme(sink: Sink, rows: RegisterRow[]): void {
  numbered(rows, 'CME', (r, recordId) => {
    sink.row('cme_episodes', {
      record_id: recordId,
      child_id: r.childId,
      start_date: iso(r.start),
      end_date: r.end === null ? null : iso(r.end),
      end_reason: r.endReason,
      social_care_status: r.status === '' ? null : r.status,
    });
  });
}
