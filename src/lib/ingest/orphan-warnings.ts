import type { TableName } from '../contract';
import type { FileReport } from './report';

/** Orphans above this share of a table's loaded rows are said; exactly this share is not. */
export const ORPHAN_WARNING_PERCENT = 5;

/** The tables whose rows must link to another table (a `ref` in the contract), in the contract's order. */
export type LinkedTable = Exclude<TableName, 'pupils' | 'cme_episodes' | 'ehe_episodes' | 'schools'>;

/** What a virtual school head calls the table's rows, and what an orphan could not be matched to. */
export const LINKED: Readonly<Record<LinkedTable, { rows: string; parent: string }>> = {
  care_periods: { rows: 'care periods', parent: 'a child on the roll' },
  school_enrolments: { rows: 'school enrolments', parent: 'a child on the roll' },
  pep_reviews: { rows: 'PEPs', parent: 'a child on the roll' },
  pep_targets: { rows: 'PEP targets', parent: 'a PEP' },
  attendance: { rows: 'attendance records', parent: 'a child on the roll' },
  exclusions: { rows: 'suspensions and exclusions', parent: 'a child on the roll' },
  ks2_results: { rows: 'key stage 2 results', parent: 'a child on the roll' },
  ks4_results: { rows: 'key stage 4 results', parent: 'a child on the roll' },
  post16_results: { rows: 'post-16 results', parent: 'a child on the roll' },
  destinations: { rows: 'care leaver records', parent: 'a child on the roll' },
  uasc: { rows: 'UASC records', parent: 'a child on the roll' },
};

const count = new Intl.NumberFormat('en-GB');

/** The loaded tables with too many orphans, each with the sentence its views show. */
export function orphanWarnings(files: readonly FileReport[]): Map<TableName, string> {
  const warnings = new Map<TableName, string>();
  for (const table of Object.keys(LINKED) as LinkedTable[]) {
    const f = files.find((f) => f.status === 'loaded' && f.table === table);
    if (!f) continue;
    if (f.orphans * 100 <= f.rows_loaded * ORPHAN_WARNING_PERCENT) continue;
    const { rows, parent } = LINKED[table];
    warnings.set(
      table,
      `${count.format(f.orphans)} of ${count.format(f.rows_loaded)} ${rows} could not be matched to ${parent}: figures may be too low.`,
    );
  }
  return warnings;
}
