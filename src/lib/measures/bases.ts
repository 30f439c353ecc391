import type { Base } from './define';
import { monthOf, PUPIL_DIMENSIONS, PUPIL_YEAR_DIMENSIONS, SCHOOL_GROUP } from './dimensions';
import { PUPILS, pupilYearRows, REGISTERS } from './row-sets';

const joinYear = (alias: string, period: string) =>
  `JOIN pupil_years py ON py.child_id = ${alias}.child_id AND py.period = ${period}`;
const SMART = ['specific', 'measurable', 'achievable', 'relevant', 'time_bound'] as const;

/**
 * A pupil-year base's rows once for each school the child was enrolled at in the row's year (measures.md: "any of
 * the child's enrolments that year, not an event's own school_ref"), with the school's name from the optional lookup.
 */
const atEachSchool = (
  rows: string,
) => `SELECT r.*, e.school_ref AS enrolled_school_ref, nullif(trim(s.school_name), '') AS enrolled_school_name
  FROM (${rows}) r JOIN (SELECT DISTINCT child_id, academic_year, school_ref FROM school_enrolments) e ON e.child_id = r.child_id AND e.academic_year = r.period
  LEFT JOIN schools s ON s.school_ref = e.school_ref`;

/**
 * A pupil-year base: rows materialised with the model, read filtered (`pupilYearRows`), as they are or as `rows` makes
 * them of that row set (by dimension); broken down by school too, its rows at each school of the child's year.
 */
function pupilYear<Id extends string, D extends Record<string, string>>(
  id: Id,
  dimensions: D,
  materialize: string,
  rows: (set: string, dimension: string | null) => string = (set) => `SELECT * FROM ${set}`,
) {
  const set = pupilYearRows(id);
  return {
    id,
    filteredBy: 'pupil-year',
    materialize,
    reads: [set],
    dimensions: { ...dimensions, school: SCHOOL_GROUP },
    rows: (d: string | null) => (d === 'school' ? atEachSchool(rows(set.name, null)) : rows(set.name, d)),
  } satisfies Base<Id>;
}

const exclusionEvents = <Id extends string>(id: Id, category: 'SUSPENSION' | 'PERMANENT') =>
  pupilYear(
    id,
    {
      ...PUPIL_YEAR_DIMENSIONS,
      reason: "coalesce(py.reason, 'UNKNOWN')",
      month: monthOf('py.start_date'),
      term: 'py.term',
    },
    // DfE terms for exclusions: autumn to 31 December, spring to Easter Sunday, summer after it
    `SELECT py.*, x.reason, x.start_date, x.sessions,
      CASE WHEN x.start_date < make_date(py.year + 1, 1, 1) THEN 'AUTUMN' WHEN x.start_date <= y.easter THEN 'SPRING' ELSE 'SUMMER' END AS term
    FROM exclusions x ${joinYear('x', 'period_of(x.start_date)')} JOIN academic_years y ON y.year = py.year
    WHERE py.in_roll AND x.category = '${category}'`,
  );

const careLeavers = <Id extends string>(id: Id, from: number, to: number) =>
  ({
    id,
    filteredBy: 'pupil',
    reads: [PUPILS],
    dimensions: { ...PUPIL_DIMENSIONS, activity: 'py.activity' },
    rows: () => `SELECT py.*, d.activity, CAST(d.reporting_year AS VARCHAR) AS period FROM destinations d
    JOIN ${PUPILS.name} py ON py.child_id = d.child_id WHERE d.age BETWEEN ${from} AND ${to}`,
  }) satisfies Base<Id>;

type Register = keyof typeof REGISTERS;

const registerStarts = <Id extends string>(id: Id, register: Register) =>
  ({
    id,
    filteredBy: 'register',
    reads: [REGISTERS[register]],
    dimensions: {
      social_care_status: 'py.social_care_status',
      month: monthOf('py.start_date'),
      ...(register === 'ehe' ? { reason: "coalesce(py.primary_reason, 'UNKNOWN')" } : {}),
    },
    rows: () => `SELECT r.*, period_of(r.start_date) AS period FROM ${REGISTERS[register].name} r`,
  }) satisfies Base<Id>;

const registerEnds = <Id extends string>(id: Id, register: Register) =>
  ({
    id,
    filteredBy: 'register',
    reads: [REGISTERS[register]],
    dimensions: { social_care_status: 'py.social_care_status', end_reason: "coalesce(py.end_reason, 'UNKNOWN')" },
    rows: () =>
      `SELECT r.*, period_of(r.end_date) AS period FROM ${REGISTERS[register].name} r WHERE r.end_date IS NOT NULL`,
  }) satisfies Base<Id>;

const registerCensus = <Id extends string>(id: Id, register: Register) =>
  ({
    id,
    filteredBy: 'register',
    reads: [REGISTERS[register]],
    dimensions: {
      social_care_status: 'py.social_care_status',
      // how long the episode had been open on the census day, in bands that sort as they read
      open_for: `CASE WHEN py.census - py.start_date < 28 THEN '1: under 4 weeks' WHEN py.census - py.start_date < 91 THEN '2: 4 weeks to 3 months'
      WHEN py.census - py.start_date < 182 THEN '3: 3 to 6 months' ELSE '4: 6 months or more' END`,
    },
    rows: () => `SELECT r.*, y.period, y.census FROM ${REGISTERS[register].name} r JOIN academic_years y
    ON r.start_date <= y.census AND (r.end_date IS NULL OR r.end_date > y.census)`,
  }) satisfies Base<Id>;

/** Every base a measure can aggregate, over the row sets each reads. Dimensions are read on the rows as `py`, whatever the rows are of. */
const DEFINED = [
  pupilYear(
    'roll',
    PUPIL_YEAR_DIMENSIONS,
    `SELECT py.*, coalesce(x.suspensions, 0) AS suspensions, coalesce(x.permanent, 0) AS permanent FROM pupil_years py
      LEFT JOIN (SELECT child_id, academic_year_of(start_date) AS year, count_if(category = 'SUSPENSION') AS suspensions,
        count_if(category = 'PERMANENT') AS permanent FROM exclusions GROUP BY ALL) x ON x.child_id = py.child_id AND x.year = py.year
      WHERE py.in_roll`,
  ),
  exclusionEvents('suspensions', 'SUSPENSION'),
  exclusionEvents('permanent_exclusions', 'PERMANENT'),
  pupilYear(
    'ks2',
    PUPIL_YEAR_DIMENSIONS,
    `SELECT py.*, k.reading_expected, k.writing_expected, k.maths_expected, k.reading_scaled, k.maths_scaled
      FROM ks2_results k ${joinYear('k', 'k.academic_year')}`,
  ),
  pupilYear(
    'ks4',
    PUPIL_YEAR_DIMENSIONS,
    `SELECT py.*, k.att8, k.p8, k.qualifications, TRY_CAST(k.english_grade AS INTEGER) AS english, TRY_CAST(k.maths_grade AS INTEGER) AS maths
      FROM ks4_results k ${joinYear('k', 'k.academic_year')}`,
  ),
  pupilYear(
    'post16',
    PUPIL_YEAR_DIMENSIONS,
    `SELECT py.*, p.studying_level, p.highest_level_achieved, p.english_maths_l2, p.course_status
      FROM post16_results p ${joinYear('p', 'p.academic_year')}`,
  ),
  pupilYear(
    'attendance',
    PUPIL_YEAR_DIMENSIONS,
    `SELECT py.*, a.absent, a.possible FROM (
        SELECT child_id, academic_year, sum(sessions_authorised + sessions_unauthorised) AS absent, sum(sessions_possible) AS possible
        FROM attendance GROUP BY ALL) a ${joinYear('a', 'a.academic_year')}`,
  ),
  pupilYear(
    'attendance_terms',
    { ...PUPIL_YEAR_DIMENSIONS, term: 'py.term' },
    `SELECT py.*, a.term, a.sessions_authorised + a.sessions_unauthorised AS absent, a.sessions_possible AS possible
      FROM attendance a ${joinYear('a', 'a.academic_year')}`,
  ),
  pupilYear(
    'pep',
    {
      ...PUPIL_YEAR_DIMENSIONS,
      term: 'py.term',
      qa_rating: "coalesce(py.qa_rating, 'NOT_RATED')",
      pep_type: 'py.pep_type',
    },
    `SELECT py.*, p.term, p.qa_rating, p.pep_type, p.due_date, p.completed_date, p.pp_plus_gbp FROM pep_reviews p ${joinYear('p', 'p.academic_year')}`,
  ),
  pupilYear(
    'targets',
    {
      ...PUPIL_YEAR_DIMENSIONS,
      area: "coalesce(py.area, 'UNKNOWN')",
      outcome: "coalesce(py.outcome, 'UNKNOWN')",
      smart_criterion: 'py.criterion',
    },
    `SELECT py.*, t.area, t.outcome, ${SMART.map((c) => `t.${c}`).join(', ')} FROM pep_targets t
      JOIN pep_reviews p ON p.pep_id = t.pep_id ${joinYear('p', 'p.academic_year')}`,
    (set, dimension) => {
      // By criterion, each target counts once per criterion, judged on that criterion alone.
      if (dimension === 'smart_criterion') {
        return SMART.map(
          (c) => `SELECT t.*, '${c.toUpperCase()}' AS criterion, t.${c} AS smart_ok, t.${c} IS NOT NULL AS smart_known,
          CAST(t.${c} AS INTEGER) AS smart_count FROM ${set} t`,
        ).join(' UNION ALL ');
      }
      return `SELECT t.*, NULL AS criterion, ${SMART.map((c) => `t.${c}`).join(' AND ')} AS smart_ok, ${SMART.map((c) => `t.${c} IS NOT NULL`).join(' AND ')} AS smart_known,
        ${SMART.map((c) => `CAST(t.${c} AS INTEGER)`).join(' + ')} AS smart_count FROM ${set} t`;
    },
  ),
  careLeavers('care_leavers_17_18', 17, 18),
  careLeavers('care_leavers_19_21', 19, 21),
  registerStarts('cme_starts', 'cme'),
  registerEnds('cme_ends', 'cme'),
  registerCensus('cme_census', 'cme'),
  registerStarts('ehe_starts', 'ehe'),
  registerEnds('ehe_ends', 'ehe'),
  registerCensus('ehe_census', 'ehe'),
] as const;

export type BaseId = (typeof DEFINED)[number]['id'];
type KeysOf<T> = T extends unknown ? keyof T & string : never;
/** Every dimension some base can be broken down by. */
export type DimensionId = KeysOf<(typeof DEFINED)[number]['dimensions']>;

export const BASES: readonly Base<BaseId>[] = DEFINED;

export function base(id: BaseId): Base<BaseId> {
  const b = BASES.find((x) => x.id === id);
  if (!b) throw new Error(`unknown base ${id}`);
  return b;
}
