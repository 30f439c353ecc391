import type { Base } from './define';
import { monthOf, PUPIL_DIMENSIONS, PUPIL_YEAR_DIMENSIONS, SCHOOL_GROUP } from './dimensions';

const joinYear = (alias: string, period: string) => `JOIN pupil_years py ON py.child_id = ${alias}.child_id AND py.period = ${period}`;
/** A pupil-year base: rows materialised with the model, narrowed by the filter as `f_<id>`. */
const filtered = (id: string) => () => `SELECT * FROM f_${id}`;
const SMART = ['specific', 'measurable', 'achievable', 'relevant', 'time_bound'] as const;

/**
 * A pupil-year base's rows once for each school the child was enrolled at in the row's year (measures.md: "any of
 * the child's enrolments that year, not an event's own school_ref"), with the school's name from the optional lookup.
 */
const atEachSchool = (rows: string) => `SELECT r.*, e.school_ref AS enrolled_school_ref, nullif(trim(s.school_name), '') AS enrolled_school_name
  FROM (${rows}) r JOIN (SELECT DISTINCT child_id, academic_year, school_ref FROM school_enrolments) e ON e.child_id = r.child_id AND e.academic_year = r.period
  LEFT JOIN schools s ON s.school_ref = e.school_ref`;

/** Every pupil-year base can be broken down by school: its own rows, at each school of the child's year. */
const bySchool = (b: Base): Base =>
  b.filteredBy !== 'pupil-year' ? b : { ...b, dimensions: { ...b.dimensions, school: SCHOOL_GROUP }, rows: (d) => (d === 'school' ? atEachSchool(b.rows(null)) : b.rows(d)) };

const exclusionEvents = (category: string): Base => ({
  id: category === 'SUSPENSION' ? 'suspensions' : 'permanent_exclusions',
  filteredBy: 'pupil-year',
  dimensions: { ...PUPIL_YEAR_DIMENSIONS, reason: "coalesce(py.reason, 'UNKNOWN')", month: monthOf('py.start_date'), term: 'py.term' },
  // DfE terms for exclusions: autumn to 31 December, spring to Easter Sunday, summer after it
  materialize: `SELECT py.*, x.reason, x.start_date, x.sessions,
      CASE WHEN x.start_date < make_date(py.year + 1, 1, 1) THEN 'AUTUMN' WHEN x.start_date <= y.easter THEN 'SPRING' ELSE 'SUMMER' END AS term
    FROM exclusions x ${joinYear('x', 'period_of(x.start_date)')} JOIN academic_years y ON y.year = py.year
    WHERE py.in_roll AND x.category = '${category}'`,
  rows: filtered(category === 'SUSPENSION' ? 'suspensions' : 'permanent_exclusions'),
});

const careLeavers = (id: string, from: number, to: number): Base => ({
  id,
  filteredBy: 'pupil',
  dimensions: { ...PUPIL_DIMENSIONS, activity: 'py.activity' },
  rows: () => `SELECT py.*, d.activity, CAST(d.reporting_year AS VARCHAR) AS period FROM destinations d
    JOIN fp py ON py.child_id = d.child_id WHERE d.age BETWEEN ${from} AND ${to}`,
});

const registerStarts = (id: string, table: string): Base => ({
  id,
  filteredBy: 'register',
  dimensions: { social_care_status: 'py.social_care_status', month: monthOf('py.start_date'), ...(table === 'ehe' ? { reason: "coalesce(py.primary_reason, 'UNKNOWN')" } : {}) },
  rows: () => `SELECT r.*, period_of(r.start_date) AS period FROM f${table} r`,
});

const registerEnds = (id: string, table: string): Base => ({
  id,
  filteredBy: 'register',
  dimensions: { social_care_status: 'py.social_care_status', end_reason: "coalesce(py.end_reason, 'UNKNOWN')" },
  rows: () => `SELECT r.*, period_of(r.end_date) AS period FROM f${table} r WHERE r.end_date IS NOT NULL`,
});

const registerCensus = (id: string, table: string): Base => ({
  id,
  filteredBy: 'register',
  dimensions: {
    social_care_status: 'py.social_care_status',
    // how long the episode had been open on the census day, in bands that sort as they read
    open_for: `CASE WHEN py.census - py.start_date < 28 THEN '1: under 4 weeks' WHEN py.census - py.start_date < 91 THEN '2: 4 weeks to 3 months'
      WHEN py.census - py.start_date < 182 THEN '3: 3 to 6 months' ELSE '4: 6 months or more' END`,
  },
  rows: () => `SELECT r.*, y.period, y.census FROM f${table} r JOIN academic_years y
    ON r.start_date <= y.census AND (r.end_date IS NULL OR r.end_date > y.census)`,
});

/** Every base a measure can aggregate: `f_<id>` (materialised pupil-year rows, filtered), `fp`, `fcme` and `fehe`. */
// Dimensions are read on the rows as `py`, whatever the rows are of.
export const BASES: readonly Base[] = ([
  {
    id: 'roll',
    filteredBy: 'pupil-year',
    dimensions: PUPIL_YEAR_DIMENSIONS,
    materialize: `SELECT py.*, coalesce(x.suspensions, 0) AS suspensions, coalesce(x.permanent, 0) AS permanent FROM pupil_years py
      LEFT JOIN (SELECT child_id, academic_year_of(start_date) AS year, count_if(category = 'SUSPENSION') AS suspensions,
        count_if(category = 'PERMANENT') AS permanent FROM exclusions GROUP BY ALL) x ON x.child_id = py.child_id AND x.year = py.year
      WHERE py.in_roll`,
    rows: filtered('roll'),
  },
  exclusionEvents('SUSPENSION'),
  exclusionEvents('PERMANENT'),
  {
    id: 'ks4',
    filteredBy: 'pupil-year',
    dimensions: PUPIL_YEAR_DIMENSIONS,
    materialize: `SELECT py.*, k.att8, k.p8, k.qualifications, TRY_CAST(k.english_grade AS INTEGER) AS english, TRY_CAST(k.maths_grade AS INTEGER) AS maths
      FROM ks4_results k ${joinYear('k', 'k.academic_year')}`,
    rows: filtered('ks4'),
  },
  {
    id: 'attendance',
    filteredBy: 'pupil-year',
    dimensions: PUPIL_YEAR_DIMENSIONS,
    materialize: `SELECT py.*, a.absent, a.possible FROM (
        SELECT child_id, academic_year, sum(sessions_authorised + sessions_unauthorised) AS absent, sum(sessions_possible) AS possible
        FROM attendance GROUP BY ALL) a ${joinYear('a', 'a.academic_year')}`,
    rows: filtered('attendance'),
  },
  {
    id: 'attendance_terms',
    filteredBy: 'pupil-year',
    dimensions: { ...PUPIL_YEAR_DIMENSIONS, term: 'py.term' },
    materialize: `SELECT py.*, a.term, a.sessions_authorised + a.sessions_unauthorised AS absent, a.sessions_possible AS possible
      FROM attendance a ${joinYear('a', 'a.academic_year')}`,
    rows: filtered('attendance_terms'),
  },
  {
    id: 'pep',
    filteredBy: 'pupil-year',
    dimensions: { ...PUPIL_YEAR_DIMENSIONS, term: 'py.term', qa_rating: "coalesce(py.qa_rating, 'NOT_RATED')", pep_type: 'py.pep_type' },
    materialize: `SELECT py.*, p.term, p.qa_rating, p.pep_type, p.due_date, p.completed_date, p.pp_plus_gbp FROM pep_reviews p ${joinYear('p', 'p.academic_year')}`,
    rows: filtered('pep'),
  },
  {
    id: 'targets',
    filteredBy: 'pupil-year',
    dimensions: { ...PUPIL_YEAR_DIMENSIONS, area: "coalesce(py.area, 'UNKNOWN')", outcome: "coalesce(py.outcome, 'UNKNOWN')", smart_criterion: 'py.criterion' },
    materialize: `SELECT py.*, t.area, t.outcome, ${SMART.map((c) => `t.${c}`).join(', ')} FROM pep_targets t
      JOIN pep_reviews p ON p.pep_id = t.pep_id ${joinYear('p', 'p.academic_year')}`,
    rows: (dimension) => {
      // By criterion, each target counts once per criterion, judged on that criterion alone.
      if (dimension === 'smart_criterion') {
        return SMART.map((c) => `SELECT t.*, '${c.toUpperCase()}' AS criterion, t.${c} AS smart_ok, t.${c} IS NOT NULL AS smart_known,
          CAST(t.${c} AS INTEGER) AS smart_count FROM f_targets t`).join(' UNION ALL ');
      }
      return `SELECT t.*, NULL AS criterion, ${SMART.map((c) => `t.${c}`).join(' AND ')} AS smart_ok, ${SMART.map((c) => `t.${c} IS NOT NULL`).join(' AND ')} AS smart_known,
        ${SMART.map((c) => `CAST(t.${c} AS INTEGER)`).join(' + ')} AS smart_count FROM f_targets t`;
    },
  },
  careLeavers('care_leavers_17_18', 17, 18),
  careLeavers('care_leavers_19_21', 19, 21),
  registerStarts('cme_starts', 'cme'),
  registerEnds('cme_ends', 'cme'),
  registerCensus('cme_census', 'cme'),
  registerStarts('ehe_starts', 'ehe'),
  registerEnds('ehe_ends', 'ehe'),
  registerCensus('ehe_census', 'ehe'),
] satisfies Base[]).map(bySchool);

export function base(id: string): Base {
  const b = BASES.find((x) => x.id === id);
  if (!b) throw new Error(`unknown base ${id}`);
  return b;
}
