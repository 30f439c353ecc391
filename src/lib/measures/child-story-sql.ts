/**
 * The queries of one child's page, each binding the child_id once (`?`), read from the loaded tables and the
 * model (pupil_facts, pupil_years, care_spells; cme and ehe with their social care status resolved as the
 * measures count it). Dates come back as 'YYYY-MM-DD' text, counts as INTEGER, amounts and scores as DOUBLE.
 */

const TERM_RANK = (col: string) => `CASE ${col} WHEN 'AUTUMN' THEN 1 WHEN 'SPRING' THEN 2 ELSE 3 END`;
const day = (col: string, as = col.replace(/^\w+\./, '')) => `CAST(${col} AS VARCHAR) AS ${as}`;
const child = `k AS (SELECT CAST(? AS VARCHAR) AS child_id)`;

/**
 * The child's facts, or no row for an id not in pupils. "Now" is the latest academic year of the roll
 * (pupil_years); the current school is the latest enrolment by academic year, then entry date (an
 * enrolment without one counts as earliest), then school_ref, as the Pupils list takes a year's latest; its name
 * is the optional `schools` lookup's (null without it, or when it does not name the school).
 */
export const PUPIL_SQL = `WITH ${child},
now AS (SELECT py.* FROM pupil_years py JOIN k USING (child_id) ORDER BY py.year DESC LIMIT 1),
spell AS (SELECT s.* FROM care_spells s JOIN k USING (child_id) ORDER BY s.start_date DESC LIMIT 1),
school AS (
  SELECT e.* FROM school_enrolments e JOIN k USING (child_id)
  ORDER BY e.academic_year DESC, coalesce(e.entry_date, DATE '0001-01-01') DESC, e.school_ref DESC LIMIT 1
)
SELECT p.child_id, p.sex, p.ethnicity, p.sen_provision, p.uasc,
  now.period, CAST(now.nc_year AS INTEGER) AS nc_year, now.key_stage, now.in_roll AS on_roll,
  ${day('spell.start_date', 'care_since')}, ${day('spell.end_date', 'care_ended')},
  school.school_ref, sc.school_name, school.academic_year AS school_year, school.school_in_la
FROM pupil_facts p JOIN k USING (child_id) LEFT JOIN now ON true LEFT JOIN spell ON true LEFT JOIN school ON true
  LEFT JOIN schools sc ON sc.school_ref = school.school_ref`;

export const CARE_SQL = `WITH ${child}
SELECT ${day('c.start_date')}, ${day('c.end_date')}, c.legal_status, c.placement_type, c.placement_location
FROM care_periods c JOIN k USING (child_id) ORDER BY c.start_date, c.end_date NULLS LAST`;

/** Each enrolment, with its school's name from the optional `schools` lookup (null where it names none). */
export const ENROLMENTS_SQL = `WITH ${child}
SELECT e.academic_year, e.school_ref, sc.school_name, e.school_phase, e.school_in_la, ${day('e.entry_date')}
FROM school_enrolments e JOIN k USING (child_id) LEFT JOIN schools sc ON sc.school_ref = e.school_ref ORDER BY e.academic_year, e.entry_date NULLS FIRST, e.school_ref`;

export const PEPS_SQL = `WITH ${child}
SELECT p.pep_id, p.academic_year, p.term, p.pep_type, ${day('p.due_date')}, ${day('p.completed_date')}, p.qa_rating, p.child_voice,
  CAST(p.pp_plus_gbp AS DOUBLE) AS pp_plus_gbp
FROM pep_reviews p JOIN k USING (child_id)
ORDER BY p.academic_year, ${TERM_RANK('p.term')}, coalesce(p.completed_date, p.due_date) NULLS LAST, p.pep_id`;

export const TARGETS_SQL = `WITH ${child}
SELECT t.pep_id, t.target_id, t.area, t.specific, t.measurable, t.achievable, t.relevant, t.time_bound, t.outcome, t.target_text
FROM pep_targets t JOIN pep_reviews p ON p.pep_id = t.pep_id JOIN k ON k.child_id = p.child_id ORDER BY t.pep_id, t.target_id`;

/** One row per term: a term's rows (an export may split it) are added up, as the measures add a year's. */
export const ATTENDANCE_SQL = `WITH ${child}
SELECT a.academic_year, a.term, CAST(sum(a.sessions_possible) AS INTEGER) AS sessions_possible,
  CAST(sum(a.sessions_authorised) AS INTEGER) AS sessions_authorised, CAST(sum(a.sessions_unauthorised) AS INTEGER) AS sessions_unauthorised
FROM attendance a JOIN k USING (child_id) GROUP BY a.academic_year, a.term ORDER BY a.academic_year, ${TERM_RANK('a.term')}`;

export const EXCLUSIONS_SQL = `WITH ${child}
SELECT x.exclusion_id, ${day('x.start_date')}, x.category, CAST(x.sessions AS INTEGER) AS sessions, x.reason, x.reason2, x.reason3, x.school_ref, sc.school_name
FROM exclusions x JOIN k USING (child_id) LEFT JOIN schools sc ON sc.school_ref = x.school_ref ORDER BY x.start_date, x.exclusion_id`;

export const KS4_SQL = `WITH ${child}
SELECT r.academic_year, CAST(r.att8 AS DOUBLE) AS att8, CAST(r.p8 AS DOUBLE) AS p8, r.english_grade, r.maths_grade,
  CAST(r.qualifications AS INTEGER) AS qualifications
FROM ks4_results r JOIN k USING (child_id) ORDER BY r.academic_year`;

export const CME_SQL = `WITH ${child}
SELECT r.record_id, ${day('r.start_date')}, ${day('r.end_date')}, r.end_reason, r.social_care_status
FROM cme r JOIN k USING (child_id) ORDER BY r.start_date, r.record_id`;

export const EHE_SQL = `WITH ${child}
SELECT r.record_id, ${day('r.start_date')}, ${day('r.end_date')}, r.primary_reason, r.social_care_status, CAST(r.nc_year AS INTEGER) AS nc_year,
  ${day('r.first_contact_date')}, r.end_reason
FROM ehe r JOIN k USING (child_id) ORDER BY r.start_date, r.record_id`;

export const DESTINATIONS_SQL = `WITH ${child}
SELECT CAST(d.reporting_year AS INTEGER) AS reporting_year, CAST(d.age AS INTEGER) AS age, d.activity, d.in_touch
FROM destinations d JOIN k USING (child_id) ORDER BY d.reporting_year`;
