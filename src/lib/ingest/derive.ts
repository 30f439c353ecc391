import type { Column, Table } from '../contract';
import { ident, lit } from '../db/sql';
import { ks2FlagFill } from './ks2-flags';

/**
 * Columns the ingest derives when a file lacks them (the contract's `derivedFrom`): SQL giving the raw text of the
 * column from the typed values of the others, so that the derived value is checked like any cell and an error shows it.
 */
const DERIVATIONS: Record<string, (c: (name: string) => string) => string> = {
  // PL_LOCATION / PL_DISTANCE as LA tools add them to SSDA903 episodes.
  'care_periods.placement_location': (c) =>
    `CASE ${c('pl_location')} WHEN 'IN' THEN 'IN_LA' WHEN 'OUT' THEN CASE WHEN ${c('pl_distance')} IS NULL THEN 'UNKNOWN' WHEN ${c('pl_distance')} <= 20 THEN 'OUT_LA_LE20MI' ELSE 'OUT_LA_GT20MI' END ELSE 'UNKNOWN' END`,
  // A census exclusions extract has no reference of its own: its physical line stands in.
  'exclusions.exclusion_id': () => `'L' || CAST(__line AS VARCHAR)`,
  // The age reached at the birthday between 1 April (reporting_year − 1) and 31 March reporting_year: the month is enough.
  'destinations.age': (c) =>
    `CAST(${c('reporting_year')} - CAST(left(${c('birth_year_month')}, 4) AS INTEGER) - CASE WHEN CAST(right(${c('birth_year_month')}, 2) AS INTEGER) >= 4 THEN 1 ELSE 0 END AS VARCHAR)`,
};

/** The columns of `table` this file lacks but can derive. */
export function derivable(table: Table, present: ReadonlySet<string>): Column[] {
  return table.columns.filter(
    (c) =>
      !present.has(c.name) && c.derivedFrom?.every((d) => present.has(d)) && DERIVATIONS[`${table.name}.${c.name}`],
  );
}

export function derivationSql(table: Table, col: Column): string {
  return DERIVATIONS[`${table.name}.${col.name}`](ident);
}

/** The raw cells `filledValue` reads, beside valid values too. */
export const filledFrom = (table: Table): string[] =>
  table.name === 'exclusions'
    ? ['sessions', 'category']
    : table.name === 'ks2_results'
      ? ['reading_expected', 'maths_expected']
      : [];

/**
 * Values filled in where a file leaves them empty: a census lunchtime exclusion (LNCH) with no sessions is one session;
 * a key stage 2 reading or maths flag with a scaled score is the score's.
 */
export function filledValue(table: Table, col: Column, stored: string, present: ReadonlySet<string>): string {
  if (table.name === 'exclusions' && col.name === 'sessions') {
    const empty = present.has('sessions') ? `"sessions__raw" IS NULL AND ` : '';
    return `CASE WHEN ${empty}upper("category__raw") = ${lit('LNCH')} THEN 1 ELSE ${stored} END`;
  }
  if (table.name === 'ks2_results') return ks2FlagFill(col.name, stored, present) ?? stored;
  return stored;
}
