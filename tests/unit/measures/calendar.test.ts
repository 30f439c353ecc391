/**
 * The school calendar's macros (calendar.ts), created with the model: academic years run 1 September to
 * 31 August, the census day is the first Thursday of October, the spring term ends on Easter Sunday.
 * Every expected date is worked out by hand from a calendar.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { csv, dbWith, HEADERS } from './harness';

let db: Db;
beforeAll(async () => {
  db = await dbWith({
    'pupils.csv': csv(HEADERS.pupils, 'A,F,2012-05,WBRI,N,0'),
    'care_periods.csv': csv(HEADERS.care_periods, 'A,2020-01-01,,C2,U1,IN_LA'),
    'exclusions.csv': csv(HEADERS.exclusions, 'X1,A,2024-08-31,SUSPENSION,1,PP,', 'X2,A,2024-09-01,SUSPENSION,1,PP,'),
  });
});

const one = async (expression: string) => (await db.query<{ v: unknown }>(`SELECT ${expression} AS v`))[0].v;
const day = (expression: string) => one(`strftime(${expression}, '%Y-%m-%d')`);

describe('the calendar macros', () => {
  it('put 31 August in the academic year that started the September before, and 1 September in the next', async () => {
    expect([
      await one("CAST(academic_year_of(DATE '2024-08-31') AS INTEGER)"),
      await one("period_of(DATE '2024-08-31')"),
    ]).toEqual([2023, '2023/24']);
    expect([
      await one("CAST(academic_year_of(DATE '2024-09-01') AS INTEGER)"),
      await one("period_of(DATE '2024-09-01')"),
    ]).toEqual([2024, '2024/25']);
    // across a century: 15 January 2000 is in 1999/00
    expect(await one("period_of(DATE '2000-01-15')")).toBe('1999/00');
  });

  it('name an academic year as a period and read it back', async () => {
    expect([await one('period_label(2009)'), await one("year_of_period('2023/24')")]).toEqual(['2009/10', 2023]);
  });

  it('find the census day, the first Thursday of October', async () => {
    // 1 October 2023 is a Sunday, 2024 a Tuesday, 2026 a Thursday
    expect([await day('census_day(2023)'), await day('census_day(2024)'), await day('census_day(2026)')]).toEqual([
      '2023-10-05',
      '2024-10-03',
      '2026-10-01',
    ]);
  });

  it('find Easter Sunday, at its earliest (22 March) and latest (25 April) too', async () => {
    const years = [2024, 2025, 2285, 2038];
    expect(await Promise.all(years.map((y) => day(`easter_sunday(${y})`)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2285-03-22',
      '2038-04-25',
    ]);
  });

  it('give the model its academic years: the census day of the autumn, and Easter Sunday of the spring', async () => {
    const rows = await db.query(
      `SELECT period, strftime(census, '%Y-%m-%d') AS census, strftime(easter, '%Y-%m-%d') AS easter FROM academic_years ORDER BY year`,
    );
    expect(rows).toEqual([
      { period: '2023/24', census: '2023-10-05', easter: '2024-03-31' },
      { period: '2024/25', census: '2024-10-03', easter: '2025-04-20' },
    ]);
  });
});
