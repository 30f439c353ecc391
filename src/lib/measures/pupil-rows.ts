import type { Db } from '../db/types';
import type { Filter } from './filter';
import { pupilRowsSql } from './pupil-rows-sql';

export { LATEST_DATE_SQL, pupilIdsSql, pupilRowsSql } from './pupil-rows-sql';

/** The flags of issue 10 that draw the eye in the Pupils view; each false where the data lacks what it needs. */
export interface PupilFlags {
  /** `persistent_absence` */
  persistent_absence: boolean;
  /** 2 or more suspensions in the year */
  suspensions_2plus: boolean;
  /** `pep_overdue`, or the latest PEP of the year rated RED */
  pep_overdue_or_red: boolean;
  /** targets with all five SMART judgements known, and none of them fully SMART */
  no_smart_target: boolean;
  /** `cme_open` */
  cme_open: boolean;
}

/**
 * A child in one academic year Y, each figure read from the model tables and bases the measures aggregate
 * (measures.md). Null where the data lacks it.
 */
export interface PupilRow {
  child_id: string;
  /** in Roll(Y): the rows that rates per pupil on roll (roll_n, susp_*, excl_*) count */
  on_roll: boolean;
  nc_year: number | null;
  key_stage: string | null;
  sen_provision: string | null;
  /** of the year's latest enrolment by entry date (an enrolment without one counts as earliest; ties by school_ref) */
  school_ref: string | null;
  /**
   * that school's name in the optional `schools` lookup; null without the lookup, or when it does not name the
   * school. Local: shown in the Pupils view, never in a published snapshot.
   */
  school_name: string | null;
  /** of that same enrolment */
  school_in_la: boolean | null;
  /** as the cohort filter: the care_periods row open on the census day, else the latest that started before it */
  placement_location: string | null;
  /**
   * The continuous care period open on the census day, else the first one overlapping the year: complete months
   * (DuckDB `date_sub('month', …)`) from its start to the census day when open on it; otherwise to its end, capped
   * at 31 August, or, while it is still open, to the latest date in the loaded data. Null when not in care in Y.
   */
  months_in_care: number | null;
  /**
   * care_periods rows starting in Y inside a continuous period already open (not the row that starts it) that
   * change placement: RNE P, B, T or U (L, a change of legal status only, is not a move), or, without RNE, a
   * placement_type or placement_location other than the previous row's. Null when not in care in Y.
   */
  placement_moves: number | null;
  /** the year's enrolments ordered by entry date: how many are at another school than the one before. Null without enrolments. */
  school_moves: number | null;
  /** Σ sessions_possible and Σ (authorised + unauthorised) of the year (`base_attendance`); null without attendance rows */
  sessions_possible: number | null;
  sessions_absent: number | null;
  /** 100 × (possible − absent) ÷ possible: abs_overall_pct's complement; null without rows or with nothing possible */
  attendance_pct: number | null;
  /** absent ≥ 10% of possible, as abs_persistent_10_pct; null where that measure leaves the child out */
  persistent_absence: boolean | null;
  /** suspensions starting in Y (susp_n counts children on roll only: null when not on roll) */
  suspensions: number | null;
  /** Σ sessions of those suspensions (susp_sessions_lost); null when not on roll */
  sessions_lost: number | null;
  /** permanently excluded in Y (excl_perm_pct); null when not on roll */
  permanent_exclusion: boolean | null;
  /** PEPs of the year, with a due date, completed on or before it (pep_n, pep_on_time_pct) */
  peps: number;
  peps_due: number;
  peps_on_time: number;
  /** Latest PEP of the year: the latest completed one (by term, then completion date), else the latest by term and due date. */
  pep_term: string | null;
  pep_rating: string | null;
  /** completed on or before its due date; false when due and not completed; null without a due date */
  pep_on_time: boolean | null;
  /** the earliest due date (`YYYY-MM-DD`) of the year's PEPs not completed, overdue or not; null when none */
  next_pep_due: string | null;
  /** a PEP of the year due before the latest date in the loaded data (`LATEST_DATE_SQL`) with no completion; null without PEPs */
  pep_overdue: boolean | null;
  /** targets of the year's PEPs with all five SMART flags true ÷ those with all five known (pep_target_smart_pct) */
  smart_share: number | null;
  /** the targets behind smart_share */
  targets_known: number;
  att8: number | null;
  /** as loaded: 9 to 1, U or X */
  english_grade: string | null;
  maths_grade: string | null;
  /** an episode open on the census day of Y, or, in the latest year of the roll, open now (no end date); null when the register holds no row */
  cme_open: boolean | null;
  ehe_open: boolean | null;
  flags: PupilFlags;
  /** any flag */
  needs_attention: boolean;
}

type RawRow = Omit<PupilRow, 'flags' | 'needs_attention'> & { [K in keyof PupilFlags as `flag_${K}`]: boolean };

const FLAG_KEYS = [
  'persistent_absence',
  'suspensions_2plus',
  'pep_overdue_or_red',
  'no_smart_target',
  'cme_open',
] as const satisfies readonly (keyof PupilFlags)[];

/** The pupil rows of one academic year (`'2023/24'`) under a cohort filter, by child_id. */
export async function runPupilRows(db: Db, filter: Filter, academicYear: string): Promise<PupilRow[]> {
  const { sql, params } = pupilRowsSql(filter, academicYear);
  const raw = await db.query<RawRow>(sql, params);
  // a rest copy, not `delete`: deleting properties would leave 80,000 objects slow to read for every sort and search
  return raw.map(
    ({
      flag_persistent_absence,
      flag_suspensions_2plus,
      flag_pep_overdue_or_red,
      flag_no_smart_target,
      flag_cme_open,
      ...row
    }) => {
      const flags: PupilFlags = {
        persistent_absence: flag_persistent_absence,
        suspensions_2plus: flag_suspensions_2plus,
        pep_overdue_or_red: flag_pep_overdue_or_red,
        no_smart_target: flag_no_smart_target,
        cme_open: flag_cme_open,
      };
      return { ...row, flags, needs_attention: FLAG_KEYS.some((k) => flags[k]) };
    },
  );
}
