import { expect } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import type { Db } from '../../../src/lib/db/types';
import { loadSet, type LoadOutcome } from '../../../src/lib/ingest/load';
import { prepare } from '../../../src/lib/ingest/prepare';
import { validateFilter } from '../../../src/lib/measures/filter';
import { MEASURES } from '../../../src/lib/measures/index';
import { runMeasures, type ReportRow } from '../../../src/lib/measures/report';
import { afterLoad } from '../../../src/lib/pipeline/after-load';

/** A fresh DuckDB with the given CSV texts (file name → content) loaded through the app's ingest, and the model built. */
export async function loadedWith(files: Record<string, string>): Promise<{ db: Db; out: LoadOutcome }> {
  const db = await openNodeDb();
  const out = await loadSet(
    db,
    Object.entries(files).map(([name, text]) => prepare(name, new TextEncoder().encode(text))),
    new Set(),
  );
  await afterLoad(db, { loaded: out.files });
  return { db, out };
}

/** `loadedWith`, failing the test if any file or row is refused, so fixtures stay valid. */
export async function dbWith(files: Record<string, string>): Promise<Db> {
  const { db, out } = await loadedWith(files);
  expect(out.fatal).toBeNull();
  for (const f of out.files)
    expect({ file: f.file, rejected: f.rows_rejected, errors: f.errors, reason: f.reason }).toEqual({
      file: f.file,
      rejected: 0,
      errors: [],
      reason: null,
    });
  return db;
}

/** Rows of some measures under a filter (`{ sex: ['F'] }`, as the CLI's --filter gives), optionally by a dimension. */
export async function measureRows(
  db: Db,
  ids: readonly string[],
  filter: Record<string, string[]> = {},
  dimension: string | null = null,
): Promise<ReportRow[]> {
  const measures = ids.map((id) => {
    const m = MEASURES.find((x) => x.id === id);
    if (!m) throw new Error(`no measure ${id}`);
    return m;
  });
  return runMeasures(db, validateFilter(filter), measures, dimension);
}

/** `{ '2023/24': value }` of one measure. */
export async function series(
  db: Db,
  id: string,
  filter: Record<string, string[]> = {},
): Promise<Record<string, number | null>> {
  const rows = await measureRows(db, [id], filter);
  return Object.fromEntries(rows.map((r) => [r.period, r.value]));
}

/** The minimal valid header lines, to build fixtures from. */
export const HEADERS = {
  pupils: 'child_id,sex,birth_year_month,ethnicity,sen_provision,uasc',
  care_periods: 'child_id,start_date,end_date,legal_status,placement_type,placement_location',
  school_enrolments: 'child_id,academic_year,school_ref,school_phase,school_in_la,entry_date',
  pep_reviews: 'pep_id,child_id,academic_year,term,pep_type,due_date,completed_date,qa_rating,child_voice,pp_plus_gbp',
  pep_targets: 'target_id,pep_id,area,specific,measurable,achievable,relevant,time_bound,outcome,target_text',
  attendance: 'child_id,academic_year,term,sessions_possible,sessions_authorised,sessions_unauthorised',
  exclusions: 'exclusion_id,child_id,start_date,category,sessions,reason,school_ref',
  ks2_results: 'child_id,academic_year,reading_expected,writing_expected,maths_expected,reading_scaled,maths_scaled',
  ks4_results: 'child_id,academic_year,att8,p8,english_grade,maths_grade,qualifications',
  post16_results: 'child_id,academic_year,studying_level,highest_level_achieved,english_maths_l2,course_status',
  cme_episodes: 'record_id,child_id,start_date,end_date,end_reason,social_care_status',
  ehe_episodes:
    'record_id,child_id,start_date,end_date,primary_reason,social_care_status,nc_year,first_contact_date,end_reason,officer_ref',
  destinations: 'child_id,reporting_year,age,activity,in_touch',
} as const;

/** A CSV text from a header and rows. */
export const csv = (header: string, ...rows: string[]): string => [header, ...rows].join('\n') + '\n';

export interface Expected {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/**
 * The one row of a measure and period (and group); value compared to 9 decimals, numerator and denominator exactly.
 * `sameGroup` says how a group name is compared (exactly, by default).
 */
export function expectRow(
  rows: readonly ReportRow[],
  measure: string,
  period: string,
  exp: Expected,
  group?: string,
  sameGroup: (actual: string | null | undefined, wanted: string) => boolean = (a, b) => a === b,
): void {
  const label = `${measure} ${period}${group ? ` ${group}` : ''}`;
  const found = rows.filter(
    (r) => r.measure === measure && r.period === period && (group === undefined || sameGroup(r.group, group)),
  );
  expect(found, label).toHaveLength(1);
  const [r] = found;
  if (exp.value === null) expect(r.value, `${label} value`).toBeNull();
  else expect(r.value, `${label} value`).toBeCloseTo(exp.value, 9);
  expect({ numerator: r.numerator, denominator: r.denominator }, `${label} numerator/denominator`).toEqual({
    numerator: exp.numerator,
    denominator: exp.denominator,
  });
}

/** `measure period` of each row, sorted: to compare which periods are reported. */
export const pairs = (rows: readonly ReportRow[]) => rows.map((r) => `${r.measure} ${r.period}`).sort();
