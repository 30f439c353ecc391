import { describe, expect, it } from 'vitest';
import { csv, dbWith, HEADERS, series } from './harness';

describe('measure harness', () => {
  it('counts a child born in August 2012 (Year 7 in 2023/24) on the 2023/24 roll', async () => {
    const db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, 'A,F,2012-08,WBRI,N,0'),
      'care_periods.csv': csv(HEADERS.care_periods, 'A,2023-01-01,,C2,U1,IN_LA'),
      'attendance.csv': csv(HEADERS.attendance, 'A,2023/24,AUTUMN,100,5,5'),
    });
    expect(await series(db, 'roll_n')).toEqual({ '2023/24': 1 });
    expect(await series(db, 'abs_overall_pct')).toEqual({ '2023/24': 10 });
  });
});
