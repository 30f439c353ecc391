import { ident } from '../db/sql';

/** The raw cells the continuity rules quote, beside valid values too. */
export const CONTINUITY_QUOTES = ['start_date'];

/**
 * The continuity rules of care_periods across yearly returns (data contract, "Continuity of care across yearly
 * returns"), as SQL statements run on `_typed` after row validation: rejections go into `_err`, closed rows are
 * updated in `_typed` and noted in `_warn`, both as (line, "column", value, reason).
 *
 * Order: (1) same-DECOM repeats, (3a, 3b) stale copies, (2) open rows followed by a later row, (3c) open rows of
 * an earlier return left last. Rules 3 run only when the file has `year`. Only rows not in `_err` take part.
 */
export function continuitySql(present: ReadonlySet<string>): string[] {
  const child = present.has('la') ? ['child_id', 'la'] : ['child_id'];
  const withYear = present.has('year');
  return [
    ...(withYear ? [returnsSql(child)] : []),
    repeatsSql(child),
    ...(withYear ? [staleCopiesSql(child, present)] : []),
    ...closeSql(nextEpisodeClosingSql(child)),
    ...(withYear ? closeSql(endOfReturnClosingSql()) : []),
    'DROP TABLE IF EXISTS _returns; DROP TABLE IF EXISTS _closing',
  ];
}

const notRejected = (alias = ''): string => `${alias ? `${alias}.` : ''}__line NOT IN (SELECT line FROM _err)`;
const day = (date: string): string => `strftime(${date}, '%Y-%m-%d')`;
const partition = (child: readonly string[]): string => child.map(ident).join(', ');
const sameChild = (child: readonly string[], a: string, b: string): string =>
  child.map((c) => `${b}.${ident(c)} IS NOT DISTINCT FROM ${a}.${ident(c)}`).join(' AND ');

/**
 * `_returns`: per row, the latest return it appears in (the latest `year` of the rows with its DECOM, so that the
 * row rule 1 keeps speaks for every return that repeated it) and the file's latest return (per `la` when present).
 * Built before rule 1 rejects the repeats.
 */
function returnsSql(child: readonly string[]): string {
  const file = child.includes('la') ? `PARTITION BY ${ident('la')}` : '';
  return `CREATE OR REPLACE TEMP TABLE _returns AS
    SELECT __line, max("year") OVER (PARTITION BY ${partition(child)}, start_date) AS return_year, max("year") OVER (${file}) AS latest_year
    FROM _typed WHERE ${notRejected()}`;
}

/** Rule 1: rows of one child with the same DECOM are one episode; the one with a DEC is kept, else the first. */
function repeatsSql(child: readonly string[]): string {
  return `INSERT INTO _err
    SELECT __line, 'start_date', "start_date__raw", 'repeats line ' || kept FROM (
      SELECT __line, "start_date__raw", first_value(__line) OVER (PARTITION BY ${partition(child)}, start_date ORDER BY end_date IS NULL, __line) AS kept
      FROM _typed WHERE ${notRejected()}
    ) WHERE __line <> kept`;
}

const EPISODE_CODES = ['rne', 'legal_status', 'cin', 'placement_type', 'place_provider'];

/**
 * Rules 3(a) and 3(b): an open row of a return earlier than the latest is a stale copy when a row of a later
 * return (a) is its neighbour by DECOM with the same codes, or (b) contains its start. 3(a) names its line first.
 * The other row must come from a later return: a row never goes stale against its own return or an older one.
 */
function staleCopiesSql(child: readonly string[], present: ReadonlySet<string>): string {
  const codes = EPISODE_CODES.filter((c) => present.has(c));
  const sameCodes = codes.map((c) => `b.${ident(c)} IS NOT DISTINCT FROM a.${ident(c)}`).join(' AND ');
  const later = `${sameChild(child, 'a', 'b')} AND b.return_year > a.return_year`;
  const copies = codes.length
    ? `SELECT a.__line, 1 AS rule, min(b.__line) AS other FROM n a JOIN r b ON b.__line IN (a.prev_line, a.next_line) AND ${later} AND ${sameCodes}
        WHERE a.stale_candidate GROUP BY a.__line UNION ALL `
    : '';
  return `INSERT INTO _err
    WITH r AS (
      SELECT t.*, y.return_year, t.end_date IS NULL AND y.return_year < y.latest_year AS stale_candidate
      FROM _typed t JOIN _returns y USING (__line) WHERE ${notRejected('t')}
    ), n AS (
      SELECT *, lag(__line) OVER w AS prev_line, lead(__line) OVER w AS next_line FROM r WINDOW w AS (PARTITION BY ${partition(child)} ORDER BY start_date)
    ), found AS (
      ${copies}SELECT a.__line, 2 AS rule, min(b.__line) AS other FROM r a JOIN r b ON ${later}
        AND a.start_date >= b.start_date AND (b.end_date IS NULL OR a.start_date < b.end_date)
        WHERE a.stale_candidate GROUP BY a.__line
    ), first_found AS (
      SELECT *, row_number() OVER (PARTITION BY __line ORDER BY rule) AS k FROM found
    )
    SELECT f.__line, 'start_date', r."start_date__raw",
      'stale copy: left open in the ' || r.return_year || ' return, and line ' || f.other || ' of a later return '
        || CASE f.rule WHEN 1 THEN 'repeats it with another start date' ELSE 'was already open on its start date' END
    FROM first_found f JOIN r USING (__line) WHERE f.k = 1`;
}

/** Rule 2: an open row followed by a later row ends at that row's DECOM, or the day before when it starts a new period (RNE S). */
function nextEpisodeClosingSql(child: readonly string[]): string {
  return `SELECT __line, closed_at, 'left open, closed at ' || ${day('closed_at')} || ': the next episode (line ' || next_line || ') '
      || CASE WHEN new_period THEN 'starts a new period of care the day after' ELSE 'starts then' END AS reason
    FROM (
      SELECT *, CASE WHEN new_period THEN next_start - 1 ELSE next_start END AS closed_at FROM (
        SELECT __line, end_date, lead(start_date) OVER w AS next_start, lead(__line) OVER w AS next_line, coalesce(lead(rne) OVER w = 'S', false) AS new_period
        FROM _typed WHERE ${notRejected()} WINDOW w AS (PARTITION BY ${partition(child)} ORDER BY start_date)
      ) WHERE end_date IS NULL AND next_line IS NOT NULL
    )`;
}

/**
 * Rule 3(c): after rule 2 an open row is its child's last; from a return earlier than the latest it ends on 31 March
 * of its year. A row starting after that day (a return that contradicts itself) ends on its own start instead.
 */
function endOfReturnClosingSql(): string {
  return `SELECT __line, closed_at, 'left open in the ' || return_year || ' return and not in later ones: closed at ' || ${day('closed_at')}
      || CASE WHEN closed_at > march31 THEN ', its start date (after 31 March, the end of that return''s year)' ELSE '' END AS reason
    FROM (
      SELECT t.__line, y.return_year, make_date(y.return_year, 3, 31) AS march31, greatest(t.start_date, make_date(y.return_year, 3, 31)) AS closed_at
      FROM _typed t JOIN _returns y USING (__line)
      WHERE ${notRejected('t')} AND t.end_date IS NULL AND y.return_year < y.latest_year
    )`;
}

/** Close the rows a closing query selects (`__line`, `closed_at`, `reason`), with a warning each. */
function closeSql(closing: string): string[] {
  return [
    `CREATE OR REPLACE TEMP TABLE _closing AS ${closing}`,
    `INSERT INTO _warn SELECT __line, 'end_date', NULL, reason FROM _closing`,
    `UPDATE _typed SET end_date = c.closed_at FROM _closing c WHERE _typed.__line = c.__line`,
  ];
}
