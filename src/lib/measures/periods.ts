import type { PeriodSet } from './define';

const registerPeriods = (table: string) => `SELECT period_of(start_date) AS period FROM ${table}
  UNION SELECT period_of(end_date) FROM ${table} WHERE end_date IS NOT NULL`;

/** SQL of the periods in which each source table holds a row, whatever the filter. */
export const PERIOD_SETS: Record<PeriodSet, string> = {
  roll: 'SELECT period FROM academic_years WHERE year IN (SELECT year FROM roll_years)',
  exclusions: 'SELECT DISTINCT period_of(start_date) AS period FROM exclusions',
  ks2: 'SELECT DISTINCT academic_year AS period FROM ks2_results',
  ks4: 'SELECT DISTINCT academic_year AS period FROM ks4_results',
  post16: 'SELECT DISTINCT academic_year AS period FROM post16_results',
  attendance: 'SELECT DISTINCT academic_year AS period FROM attendance',
  pep: 'SELECT DISTINCT academic_year AS period FROM pep_reviews',
  targets: 'SELECT DISTINCT p.academic_year AS period FROM pep_targets t JOIN pep_reviews p ON p.pep_id = t.pep_id',
  destinations: 'SELECT DISTINCT CAST(reporting_year AS VARCHAR) AS period FROM destinations',
  cme: registerPeriods('cme_episodes'),
  ehe: registerPeriods('ehe_episodes'),
};
