import { sqlType, storedColumns, TABLES } from '../contract';
import type { Db } from '../db/types';
import { ident } from '../db/sql';
import { BASES } from './bases';
import { ROW_SET_SOURCES } from './query';
import { CALENDAR_SQL } from './calendar';

/** Tables every measure may read, created empty when their file was not loaded. */
export function emptyTablesSql(): string {
  return [
    // uasc is left absent until a UASC file loads: its presence says that the file's list, not pupils.uasc, decides
    ...TABLES.filter((t) => t.name !== 'uasc').map(
      (t) =>
        `CREATE TABLE IF NOT EXISTS ${t.name} (${storedColumns(t)
          .map((c) => `${ident(c.name)} ${sqlType(c)}`)
          .join(', ')});`,
    ),
    'CREATE TABLE IF NOT EXISTS national_benchmarks (time_period VARCHAR, period_label VARCHAR, measure VARCHAR, "group" VARCHAR, value DOUBLE, unit VARCHAR, source VARCHAR, note VARCHAR);',
  ].join('\n');
}

const resolvedStatus = `CASE WHEN EXISTS (
    SELECT 1 FROM care_spells c WHERE c.child_id = r.child_id
      AND c.start_date <= r.start_date AND (c.end_date IS NULL OR c.end_date > r.start_date)
  ) THEN 'CLA' ELSE r.social_care_status END AS social_care_status`;

/**
 * Derived tables, rebuilt after every load:
 * - `care_spells`: continuous periods of care, rows of one child merged where the next start ≤ previous end + 1 day,
 *   except that a row with RNE S (a new period of care) always starts a new one.
 * - `roll_years`: every academic year in which attendance, ks2_results, ks4_results, post16_results, pep_reviews,
 *   exclusions or school_enrolments holds a row.
 * - `academic_years`: those and every register year, with the census day (first Thursday of October), 31 March and Easter Sunday.
 * - `pupil_facts`: each child of pupils with the attributes that do not change (and `ethnicity_group`).
 * - `pupil_years`: each child of pupils in each roll year, with the cohort attributes of that year.
 * - `cme`, `ehe`: the registers with `social_care_status` CLA for a child of pupils whose continuous period of care is open on the start date.
 */
export const MODEL_SQL = `
CREATE OR REPLACE TABLE care_spells AS
WITH r AS (
  SELECT c.child_id, c.start_date AS s, coalesce(c.end_date, DATE '9999-12-31') AS e, coalesce(c.rne = 'S', false) AS new_period
  FROM care_periods c WHERE c.child_id IN (SELECT child_id FROM pupils)
), m AS (
  SELECT *, max(e) OVER (PARTITION BY child_id ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_e FROM r
), g AS (
  SELECT *, sum(CASE WHEN prev_e IS NULL OR s > prev_e + 1 OR new_period THEN 1 ELSE 0 END) OVER (PARTITION BY child_id ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS spell FROM m
)
SELECT child_id, min(s) AS start_date, nullif(max(e), DATE '9999-12-31') AS end_date FROM g GROUP BY child_id, spell;

CREATE OR REPLACE TABLE roll_years AS
SELECT DISTINCT y AS year FROM (
  SELECT year_of_period(academic_year) AS y FROM attendance
  UNION ALL SELECT year_of_period(academic_year) FROM ks2_results
  UNION ALL SELECT year_of_period(academic_year) FROM ks4_results
  UNION ALL SELECT year_of_period(academic_year) FROM post16_results
  UNION ALL SELECT year_of_period(academic_year) FROM pep_reviews
  UNION ALL SELECT year_of_period(academic_year) FROM school_enrolments
  UNION ALL SELECT academic_year_of(start_date) FROM exclusions
) WHERE y IS NOT NULL;

CREATE OR REPLACE TABLE academic_years AS
WITH y AS (
  SELECT year FROM roll_years
  UNION SELECT academic_year_of(start_date) FROM cme_episodes UNION SELECT academic_year_of(end_date) FROM cme_episodes WHERE end_date IS NOT NULL
  UNION SELECT academic_year_of(start_date) FROM ehe_episodes UNION SELECT academic_year_of(end_date) FROM ehe_episodes WHERE end_date IS NOT NULL
)
SELECT year, period_label(year) AS period, make_date(year, 9, 1) AS starts, make_date(year + 1, 8, 31) AS ends,
  census_day(year) AS census, make_date(year + 1, 3, 31) AS march31, easter_sunday(year + 1) AS easter
FROM y;

CREATE OR REPLACE TABLE pupil_facts AS
SELECT child_id, sex, ethnicity, sen_provision, __UASC__ AS uasc,
  CASE WHEN ethnicity LIKE 'W%' THEN 'WHITE' WHEN ethnicity LIKE 'M%' THEN 'MIXED' WHEN ethnicity LIKE 'A%' THEN 'ASIAN'
    WHEN ethnicity LIKE 'B%' THEN 'BLACK' WHEN ethnicity IN ('CHNE', 'OOTH') THEN 'OTHER' ELSE 'UNKNOWN' END AS ethnicity_group,
  CAST(left(birth_year_month, 4) AS INTEGER) + CASE WHEN CAST(right(birth_year_month, 2) AS INTEGER) >= 9 THEN 1 ELSE 0 END AS school_cohort
FROM pupils;

CREATE OR REPLACE TABLE pupil_years AS
WITH base AS (
  SELECT p.*, y.year, y.period, y.starts, y.ends, y.census, y.march31, y.year - p.school_cohort - 4 AS nc_year
  FROM pupil_facts p CROSS JOIN academic_years y WHERE y.year IN (SELECT year FROM roll_years)
), spells AS (
  SELECT b.child_id, b.year,
    bool_or(s.start_date <= b.ends AND (s.end_date IS NULL OR s.end_date > greatest(b.starts, s.start_date))) AS in_care,
    bool_or(s.start_date <= make_date(b.year, 3, 31) AND (s.end_date IS NULL OR s.end_date > b.march31)) AS in_cla12m
  FROM base b JOIN care_spells s ON s.child_id = b.child_id GROUP BY b.child_id, b.year
), placements AS (
  SELECT b.child_id, b.year, arg_max(c.placement_location, (c.end_date IS NULL OR c.end_date > b.census, c.start_date)) AS placement_location
  FROM base b JOIN care_periods c ON c.child_id = b.child_id AND c.start_date <= b.census AND (c.start_date < b.census OR c.end_date IS NULL OR c.end_date > b.census)
  GROUP BY b.child_id, b.year
), schools AS (
  SELECT child_id, academic_year AS period, CASE WHEN bool_or(school_in_la) THEN 'IN_LA' ELSE 'OUT_LA' END AS school_in_la_group, min(school_phase) AS school_phase
  FROM school_enrolments GROUP BY child_id, academic_year
)
SELECT b.child_id, b.year, b.period, b.sex, b.ethnicity, b.ethnicity_group, b.sen_provision, b.uasc, b.nc_year,
  CASE WHEN b.nc_year <= 0 THEN 'EY' WHEN b.nc_year <= 2 THEN 'KS1' WHEN b.nc_year <= 6 THEN 'KS2' WHEN b.nc_year <= 9 THEN 'KS3'
    WHEN b.nc_year <= 11 THEN 'KS4' ELSE 'POST16' END AS key_stage,
  b.nc_year BETWEEN 0 AND 11 AND coalesce(s.in_care, false) AS in_roll,
  coalesce(s.in_cla12m, false) AS in_cla12m,
  c.placement_location,
  coalesce(e.school_in_la_group, 'UNKNOWN') AS school_in_la_group,
  coalesce(e.school_phase, 'UNKNOWN') AS school_phase
FROM base b
  LEFT JOIN spells s ON s.child_id = b.child_id AND s.year = b.year
  LEFT JOIN placements c ON c.child_id = b.child_id AND c.year = b.year
  LEFT JOIN schools e ON e.child_id = b.child_id AND e.period = b.period;

CREATE OR REPLACE TABLE cme AS SELECT r.* REPLACE (${resolvedStatus}) FROM cme_episodes r;
CREATE OR REPLACE TABLE ehe AS SELECT r.* REPLACE (${resolvedStatus}) FROM ehe_episodes r;
`;

/** The model's SQL; once an SSDA903 UASC file is loaded, a child is UASC exactly when it lists them. */
export function modelSql(uascLoaded: boolean): string {
  return MODEL_SQL.replace(
    '__UASC__',
    uascLoaded ? 'EXISTS (SELECT 1 FROM uasc u WHERE u.child_id = pupils.child_id)' : 'uasc',
  );
}

/** The rows of each pupil-year base, joined to `pupil_years` once, so that a filter change only scans them. */
export function baseTablesSql(): string {
  return BASES.filter((b) => b.materialize)
    .map((b) => `CREATE OR REPLACE TABLE base_${b.id} AS ${b.materialize};`)
    .join('\n');
}

/**
 * How much of the model to build: `pupils` the model of children and years alone (what a load report needs), `bases`
 * also the rows each measure aggregates (what a report needs), `dashboard` also the `keep` column a filter change sets.
 */
export type ModelDepth = 'pupils' | 'bases' | 'dashboard';

export async function buildModel(db: Db, depth: ModelDepth = 'dashboard'): Promise<void> {
  const [{ n }] = await db.query<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'uasc' AND NOT temporary`,
  );
  await db.exec(CALENDAR_SQL);
  await db.exec(emptyTablesSql());
  await db.exec(modelSql(n > 0));
  if (depth === 'pupils') return;
  await db.exec(baseTablesSql());
  if (depth === 'bases') return;
  // The dashboard keeps or leaves out the rows of these tables on a filter change (state/kept-rows.ts).
  await db.exec(ROW_SET_SOURCES.map((t) => `ALTER TABLE ${t} ADD COLUMN keep BOOLEAN DEFAULT false;`).join('\n'));
}
