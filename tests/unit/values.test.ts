import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { Db } from '../../src/lib/db/types';
import { loadSet, type LoadOutcome } from '../../src/lib/ingest/load';
import type { FileReport } from '../../src/lib/ingest/report';
import { text } from './helpers';

const PUPILS = 'child_id,sex,birth_year_month\nA,M,2010-01\nB,F,2011-02\n';

// SSDA903 names: child_id,start_date alone would be taken for a CME register.
const CARE_PERIODS =
  ['CHILD,DECOM,DEC', 'A,2020-01-01 00:00:00,2021-03-31 00:00:00', 'B,2020-01-01,2021-03-31 13:45:00'].join('\n') +
  '\n';

// Line numbers: the header is line 1, so row n of this list is line n + 2.
const EXCLUSIONS =
  [
    'exclusion_id,child_id,start_date,category,sessions',
    'E01,A,2024-12-02,SUSPENSION,1',
    'E02,A,2024-12-03 00:00:00,SUSPENSION,134.0',
    'E03,A,2024-12-04T00:00:00,SUSPENSION,134.00',
    'E04,A,2024-12-05 00:00,SUSPENSION,2',
    'E05,A,2024-12-06 00:00:00.000,SUSPENSION,',
    'E06,A,09/12/2024,SUSPENSION,',
    'E07,A,1/2/2025,SUSPENSION,',
    'E08,A,10/12/2024 00:00:00,SUSPENSION,',
    'E09,A,2024-Dec-11,SUSPENSION,',
    'E10,A,2024-dec-12 00:00:00,SUSPENSION,',
    'E11,A,2024-DEC-13T00:00:00,SUSPENSION,',
    'E12,A,2024-Dec-16,SUSPENSION,134.5',
    'E13,A,31/02/2024,SUSPENSION,',
    'E14,A,2024-Feb-30,SUSPENSION,',
    'E15,A,2024-02-30 00:00:00,SUSPENSION,',
    'E16,A,2024-12-01 13:45:00,SUSPENSION,',
    'E17,A,01/12/2024 09:30,SUSPENSION,',
    'E18,A,2024-12-01 00:00:01,SUSPENSION,',
    'E19,A,2024-Dez-01,SUSPENSION,',
    'E20,A,12-01-2024,SUSPENSION,',
  ].join('\n') + '\n';

const ATTENDANCE =
  [
    'child_id,academic_year,term,sessions_possible,sessions_authorised,sessions_unauthorised',
    'A,2024/25,AUTUMN,134.0,2.00,0',
    'A,2024/25,SPRING,134.5,0,0',
    'A,2024/25,SUMMER,120,0.0,+1.0',
    'A,2023/24,AUTUMN,999999999.0,0,0',
    'A,2023/24,SPRING,1234567890.0,0,0',
  ].join('\n') + '\n';

const REAL_DATE = 'not a real date';
const TIME_OF_DAY = 'a date with a time of day: export dates only (a zero time, 00:00:00, is fine)';
const NOT_A_DATE =
  'not a date: use YYYY-MM-DD, DD/MM/YYYY or YYYY-Mon-DD (2024-12-01, 01/12/2024, 2024-Dec-01), optionally with a zero time (00:00:00)';

let db: Db;
let out: LoadOutcome;
const report = (table: string): FileReport => out.files.find((f) => f.table === table)!;

beforeAll(async () => {
  db = await openNodeDb();
  out = await loadSet(
    db,
    [
      text('pupils.csv', PUPILS),
      text('care_periods.csv', CARE_PERIODS),
      text('exclusions.csv', EXCLUSIONS),
      text('attendance.csv', ATTENDANCE),
    ],
    new Set(),
  );
});

describe('values as real exports write them', () => {
  it('loads the set', () => {
    expect(out.fatal).toBeNull();
  });

  it('reads ISO, UK and YYYY-Mon-DD dates, with or without a zero time', async () => {
    const rows = await db.query<{ id: string; d: string }>(
      `SELECT exclusion_id AS id, strftime(start_date, '%Y-%m-%d') AS d FROM exclusions ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'E01', d: '2024-12-02' },
      { id: 'E02', d: '2024-12-03' },
      { id: 'E03', d: '2024-12-04' },
      { id: 'E04', d: '2024-12-05' },
      { id: 'E05', d: '2024-12-06' },
      { id: 'E06', d: '2024-12-09' },
      { id: 'E07', d: '2025-02-01' },
      { id: 'E08', d: '2024-12-10' },
      { id: 'E09', d: '2024-12-11' },
      { id: 'E10', d: '2024-12-12' },
      { id: 'E11', d: '2024-12-13' },
      { id: 'E12', d: '2024-12-16' },
    ]);
  });

  it('rejects impossible dates, dates with a time of day and other forms, each with its reason', () => {
    expect(report('exclusions').errors).toEqual([
      { line: 14, column: 'start_date', value: '31/02/2024', reason: REAL_DATE },
      { line: 15, column: 'start_date', value: '2024-Feb-30', reason: REAL_DATE },
      { line: 16, column: 'start_date', value: '2024-02-30 00:00:00', reason: REAL_DATE },
      { line: 17, column: 'start_date', value: '2024-12-01 13:45:00', reason: TIME_OF_DAY },
      { line: 18, column: 'start_date', value: '01/12/2024 09:30', reason: TIME_OF_DAY },
      { line: 19, column: 'start_date', value: '2024-12-01 00:00:01', reason: TIME_OF_DAY },
      { line: 20, column: 'start_date', value: '2024-Dez-01', reason: NOT_A_DATE },
      { line: 21, column: 'start_date', value: '12-01-2024', reason: NOT_A_DATE },
    ]);
    expect(report('exclusions')).toMatchObject({ rows_read: 20, rows_loaded: 12, rows_rejected: 8, warnings: 1 });
  });

  it('reads whole numbers written with a zero fraction, and warns on 134.5 in an optional column', async () => {
    const rows = await db.query<{ id: string; s: number | null }>(
      `SELECT exclusion_id AS id, sessions AS s FROM exclusions WHERE exclusion_id <= 'E04' OR exclusion_id = 'E12' ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'E01', s: 1 },
      { id: 'E02', s: 134 },
      { id: 'E03', s: 134 },
      { id: 'E04', s: 2 },
      { id: 'E12', s: null },
    ]);
    expect(report('exclusions').warning_details).toEqual([
      { line: 13, column: 'sessions', value: '134.5', reason: 'not a whole number' },
    ]);
  });

  it('reads attendance sessions written with a zero fraction, and rejects 134.5 and more than nine digits', async () => {
    const rows = await db.query<{ y: string; t: string; p: number; a: number; u: number }>(
      `SELECT academic_year AS y, term AS t, sessions_possible AS p, sessions_authorised AS a, sessions_unauthorised AS u FROM attendance ORDER BY y DESC, p`,
    );
    expect(rows).toEqual([
      { y: '2024/25', t: 'SUMMER', p: 120, a: 0, u: 1 },
      { y: '2024/25', t: 'AUTUMN', p: 134, a: 2, u: 0 },
      { y: '2023/24', t: 'AUTUMN', p: 999999999, a: 0, u: 0 },
    ]);
    expect(report('attendance').errors).toEqual([
      { line: 3, column: 'sessions_possible', value: '134.5', reason: 'not a whole number' },
      { line: 6, column: 'sessions_possible', value: '1234567890.0', reason: 'not a whole number' },
    ]);
  });

  it('keeps a care period whose end has a time of day, without its end, and warns on its line', async () => {
    const rows = await db.query<{ c: string; s: string; e: string | null }>(
      `SELECT child_id AS c, strftime(start_date, '%Y-%m-%d') AS s, strftime(end_date, '%Y-%m-%d') AS e FROM care_periods ORDER BY c`,
    );
    expect(rows).toEqual([
      { c: 'A', s: '2020-01-01', e: '2021-03-31' },
      { c: 'B', s: '2020-01-01', e: null },
    ]);
    expect(report('care_periods').warning_details).toEqual([
      { line: 3, column: 'end_date', value: '2021-03-31 13:45:00', reason: TIME_OF_DAY },
    ]);
  });
});
