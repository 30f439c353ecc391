/** Easter Sunday of year `y` (the anonymous Gregorian algorithm), as the body of a macro of `y`. */
function easterSunday(): string {
  const a = '(y % 19)',
    b = '(y // 100)',
    c = '(y % 100)';
  const f = `((${b} + 8) // 25)`,
    g = `((${b} - ${f} + 1) // 3)`;
  const h = `((19 * ${a} + ${b} - ${b} // 4 - ${g} + 15) % 30)`;
  const l = `((32 + 2 * (${b} % 4) + 2 * (${c} // 4) - ${h} - ${c} % 4) % 7)`;
  const m = `((${a} + 11 * ${h} + 22 * ${l}) // 451)`;
  const n = `(${h} + ${l} - 7 * ${m} + 114)`;
  return `make_date(CAST(y AS INTEGER), CAST(${n} // 31 AS INTEGER), CAST(${n} % 31 + 1 AS INTEGER))`;
}

/**
 * The school calendar, as DuckDB macros the model and every measure call (created with the model, `buildModel`):
 * - `academic_year_of(d)`: the academic year (1 September to 31 August) holding date `d`, as the year it starts in;
 * - `period_label(y)`: academic year `y` as a period, `2023` → `'2023/24'`;
 * - `period_of(d)`: the period holding date `d`;
 * - `year_of_period(p)`: `'2023/24'` → 2023;
 * - `census_day(y)`: the autumn census day of academic year `y`, the first Thursday of October;
 * - `easter_sunday(y)`: Easter Sunday of calendar year `y`, where the spring term ends.
 */
export const CALENDAR_SQL = `
CREATE OR REPLACE MACRO academic_year_of(d) AS year(d) - CASE WHEN month(d) < 9 THEN 1 ELSE 0 END;
CREATE OR REPLACE MACRO period_label(y) AS CAST(y AS VARCHAR) || '/' || lpad(CAST((y + 1) % 100 AS VARCHAR), 2, '0');
CREATE OR REPLACE MACRO period_of(d) AS period_label(academic_year_of(d));
CREATE OR REPLACE MACRO year_of_period(p) AS CAST(left(p, 4) AS INTEGER);
CREATE OR REPLACE MACRO census_day(y) AS make_date(y, 10, 1) + CAST((4 - dayofweek(make_date(y, 10, 1)) + 7) % 7 AS INTEGER);
CREATE OR REPLACE MACRO easter_sunday(y) AS ${easterSunday()};
`;
