import { pupilFilterSql, type BoundSql, type Filter } from './filter';

/**
 * The latest date in the loaded data, against which a PEP is judged overdue (not today's date): the latest
 * date on which something is recorded as having happened — a care period starting or ending, an enrolment, a
 * PEP completed, a suspension or exclusion, a CME or EHE episode starting, ending or first contacted. PEP due
 * dates are plans, not events, and are left out: a PEP due next month would otherwise make the PEP due
 * tomorrow overdue. Null when none of these tables holds a date.
 */
export const LATEST_DATE_SQL = `(SELECT max(d) FROM (
  SELECT max(start_date) AS d FROM care_periods UNION ALL SELECT max(end_date) FROM care_periods
  UNION ALL SELECT max(entry_date) FROM school_enrolments UNION ALL SELECT max(completed_date) FROM pep_reviews
  UNION ALL SELECT max(start_date) FROM exclusions
  UNION ALL SELECT max(start_date) FROM cme_episodes UNION ALL SELECT max(end_date) FROM cme_episodes
  UNION ALL SELECT max(start_date) FROM ehe_episodes UNION ALL SELECT max(end_date) FROM ehe_episodes
  UNION ALL SELECT max(first_contact_date) FROM ehe_episodes))`;

const SMART = ['specific', 'measurable', 'achievable', 'relevant', 'time_bound'] as const;
const TERM_RANK = "CASE p.term WHEN 'AUTUMN' THEN 1 WHEN 'SPRING' THEN 2 ELSE 3 END";
/** Rows of a table of the chosen year (`y`) for the listed children only. */
const ofYear = (table: string, alias: string) =>
  `${table} ${alias} JOIN y ON ${alias}.year = y.year WHERE ${alias}.child_id IN (SELECT child_id FROM kids)`;
/** An episode of a register open on the census day of the year, or, in the latest year, open now (no end date). */
const registerOpen = (
  table: string,
) => `CASE WHEN EXISTS (SELECT 1 FROM ${table}) THEN EXISTS (SELECT 1 FROM ${table} r WHERE r.child_id = k.child_id
    AND ((r.start_date <= y.census AND (r.end_date IS NULL OR r.end_date > y.census)) OR (y.latest AND r.end_date IS NULL))) END`;

/** The listed children of the year `y` (a CTE of the query) under WHERE conditions on `pupil_years py`. */
const kidsSql = (where: string) => `
  SELECT py.* FROM pupil_years py JOIN y ON py.year = y.year WHERE (${where}) AND (py.in_roll
    OR py.child_id IN (SELECT a.child_id FROM base_attendance a JOIN y ON a.year = y.year)
    OR py.child_id IN (SELECT k.child_id FROM base_ks4 k JOIN y ON k.year = y.year)
    OR py.child_id IN (SELECT p.child_id FROM base_pep p JOIN y ON p.year = y.year))
`;

/** The child_ids `pupilRowsSql` lists under this filter, without their rows: a filter change narrows rows already fetched. */
export function pupilIdsSql(filter: Filter, academicYear: string): BoundSql {
  const where = pupilFilterSql(filter);
  return {
    sql: `WITH y AS (SELECT year, period FROM academic_years WHERE period = ?), kids AS (${kidsSql(where.sql)}) SELECT child_id FROM kids`,
    params: [academicYear, ...where.params],
  };
}

/**
 * One row per child of the filtered cohort in one academic year (`'2023/24'`): every child whose rows a pupil
 * measure counts that year — the roll (`base_roll`), and every child with attendance, key stage 4 results or a
 * PEP of the year (`base_attendance`, `base_ks4`, `base_pep`: any child of pupils, post-16 young people too).
 * Every column is read from the model tables and bases the measures aggregate (and the school's name from the
 * optional `schools` lookup, a local name never published); see pupil-rows.ts for each.
 * The year and school references are bound as parameters, in that order.
 */
export function pupilRowsSql(filter: Filter, academicYear: string): BoundSql {
  const where = pupilFilterSql(filter);
  const sql = `WITH y AS (
  SELECT year, period, starts, ends, census, year = (SELECT max(year) FROM roll_years) AS latest, ${LATEST_DATE_SQL} AS as_of
  FROM academic_years WHERE period = ?
), kids AS MATERIALIZED (${kidsSql(where.sql)}), enrol AS (
  SELECT child_id, arg_max({ref: school_ref, in_la: school_in_la}, (entered, school_ref)) AS latest, count(*) FILTER (WHERE moved) AS moves FROM (
    SELECT e.child_id, e.school_ref, e.school_in_la, coalesce(e.entry_date, DATE '0001-01-01') AS entered,
      e.school_ref <> lag(e.school_ref) OVER (PARTITION BY e.child_id ORDER BY coalesce(e.entry_date, DATE '0001-01-01'), e.school_ref) AS moved
    FROM school_enrolments e JOIN y ON e.academic_year = y.period WHERE e.child_id IN (SELECT child_id FROM kids))
  GROUP BY child_id
), spell AS (
  SELECT s.child_id, arg_min({start_date: s.start_date, end_date: s.end_date, on_census: s.start_date <= y.census AND (s.end_date IS NULL OR s.end_date > y.census)},
    (NOT (s.start_date <= y.census AND (s.end_date IS NULL OR s.end_date > y.census)), s.start_date)) AS sp
  FROM care_spells s JOIN y ON s.start_date <= y.ends AND (s.end_date IS NULL OR s.end_date > greatest(y.starts, s.start_date))
  WHERE s.child_id IN (SELECT child_id FROM kids) GROUP BY s.child_id
), moves AS (
  SELECT c.child_id, count(*) AS n FROM (
    SELECT c.*, c.placement_type IS DISTINCT FROM lag(c.placement_type) OVER w OR c.placement_location IS DISTINCT FROM lag(c.placement_location) OVER w AS changed
    FROM care_periods c WHERE c.child_id IN (SELECT child_id FROM kids) AND c.start_date <= (SELECT ends FROM y) WINDOW w AS (PARTITION BY c.child_id ORDER BY c.start_date)
  ) c JOIN y ON c.start_date BETWEEN y.starts AND y.ends
  WHERE NOT EXISTS (SELECT 1 FROM care_spells s WHERE s.child_id = c.child_id AND s.start_date = c.start_date)
    AND (c.rne IN ('P', 'B', 'T', 'U') OR (c.rne IS NULL AND c.changed))
  GROUP BY c.child_id
), susp AS (
  SELECT x.child_id, sum(x.sessions) AS sessions FROM ${ofYear('base_suspensions', 'x')} GROUP BY x.child_id
), pep AS (
  SELECT p.child_id, count(*) AS peps, count(p.due_date) AS peps_due, count(*) FILTER (WHERE p.completed_date <= p.due_date) AS peps_on_time,
    arg_max({term: p.term, rating: p.qa_rating, on_time: CASE WHEN p.due_date IS NOT NULL THEN coalesce(p.completed_date <= p.due_date, false) END},
      (p.completed_date IS NOT NULL, ${TERM_RANK}, coalesce(p.completed_date, p.due_date, DATE '0001-01-01'),
        coalesce(p.due_date, DATE '0001-01-01'), coalesce(p.qa_rating, ''))) AS latest,
    min(p.due_date) FILTER (WHERE p.completed_date IS NULL) AS next_due,
    bool_or(p.completed_date IS NULL AND coalesce(p.due_date < y.as_of, false)) AS overdue
  FROM ${ofYear('base_pep', 'p')} GROUP BY p.child_id
), tg AS (
  SELECT t.child_id, count(*) FILTER (WHERE ${SMART.map((c) => `t.${c}`).join(' AND ')}) AS smart,
    count(*) FILTER (WHERE ${SMART.map((c) => `t.${c} IS NOT NULL`).join(' AND ')}) AS known
  FROM ${ofYear('base_targets', 't')} GROUP BY t.child_id
), rows AS (
  SELECT k.child_id, k.in_roll AS on_roll, CAST(k.nc_year AS INTEGER) AS nc_year, k.key_stage, k.sen_provision,
    (e.latest).ref AS school_ref, sc.school_name, (e.latest).in_la AS school_in_la, k.placement_location,
    CAST(date_sub('month', (c.sp).start_date, CASE WHEN (c.sp).on_census THEN y.census ELSE least(coalesce((c.sp).end_date, y.as_of), y.ends) END) AS INTEGER) AS months_in_care,
    CASE WHEN c.sp IS NOT NULL THEN CAST(coalesce(m.n, 0) AS INTEGER) END AS placement_moves,
    CAST(e.moves AS INTEGER) AS school_moves,
    CAST(a.possible AS INTEGER) AS sessions_possible, CAST(a.absent AS INTEGER) AS sessions_absent,
    CASE WHEN a.possible > 0 THEN 100 * CAST(a.possible - a.absent AS DOUBLE) / a.possible END AS attendance_pct,
    CASE WHEN a.possible > 0 THEN 10 * a.absent >= a.possible END AS persistent_absence,
    CAST(r.suspensions AS INTEGER) AS suspensions, CASE WHEN k.in_roll THEN CAST(coalesce(x.sessions, 0) AS INTEGER) END AS sessions_lost,
    r.permanent >= 1 AS permanent_exclusion,
    CAST(coalesce(p.peps, 0) AS INTEGER) AS peps, CAST(coalesce(p.peps_due, 0) AS INTEGER) AS peps_due, CAST(coalesce(p.peps_on_time, 0) AS INTEGER) AS peps_on_time,
    (p.latest).term AS pep_term, (p.latest).rating AS pep_rating, (p.latest).on_time AS pep_on_time,
    CAST(p.next_due AS VARCHAR) AS next_pep_due, p.overdue AS pep_overdue,
    CASE WHEN t.known > 0 THEN CAST(t.smart AS DOUBLE) / t.known END AS smart_share, CAST(coalesce(t.known, 0) AS INTEGER) AS targets_known,
    CAST(ks.att8 AS DOUBLE) AS att8, kr.english_grade, kr.maths_grade,
    ${registerOpen('cme')} AS cme_open, ${registerOpen('ehe')} AS ehe_open
  FROM kids k CROSS JOIN y
    LEFT JOIN enrol e ON e.child_id = k.child_id LEFT JOIN schools sc ON sc.school_ref = (e.latest).ref
    LEFT JOIN spell c ON c.child_id = k.child_id LEFT JOIN moves m ON m.child_id = k.child_id
    LEFT JOIN base_attendance a ON a.child_id = k.child_id AND a.year = y.year
    LEFT JOIN base_roll r ON r.child_id = k.child_id AND r.year = y.year LEFT JOIN susp x ON x.child_id = k.child_id
    LEFT JOIN pep p ON p.child_id = k.child_id LEFT JOIN tg t ON t.child_id = k.child_id
    LEFT JOIN base_ks4 ks ON ks.child_id = k.child_id AND ks.year = y.year
    LEFT JOIN ks4_results kr ON kr.child_id = k.child_id AND kr.academic_year = y.period
)
SELECT *, coalesce(persistent_absence, false) AS flag_persistent_absence, coalesce(suspensions >= 2, false) AS flag_suspensions_2plus,
  coalesce(pep_overdue, false) OR coalesce(pep_rating = 'RED', false) AS flag_pep_overdue_or_red,
  coalesce(smart_share = 0, false) AS flag_no_smart_target, coalesce(cme_open, false) AS flag_cme_open
FROM rows ORDER BY child_id`;
  return { sql, params: [academicYear, ...where.params] };
}
