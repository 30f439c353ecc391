import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/types';
import { PupilList } from '../../src/lib/state/pupil-list.svelte';
import { csv, dbWith, HEADERS } from '../unit/measures/harness';

// Two years on a real DuckDB: A1 and B1 on the roll in 2022/23 and 2023/24 (born 2012-05: years 6 and 7); B2 (a girl)
// only in 2023/24 (born 2013-05: year 6), her care having started on 1 September 2023, the first day of that year.
let db: Db;
beforeAll(async () => {
  db = await dbWith({
    'pupils.csv': csv(HEADERS.pupils, 'A1,M,2012-05,WBRI,N,0', 'B1,M,2012-05,WBRI,N,0', 'B2,F,2013-05,WBRI,N,0'),
    'care_periods.csv': csv(
      HEADERS.care_periods,
      'A1,2019-04-01,,C2,U1,IN_LA',
      'B1,2019-04-01,,C2,U1,IN_LA',
      'B2,2023-09-01,,C2,U1,IN_LA',
    ),
    'school_enrolments.csv': csv(
      HEADERS.school_enrolments,
      'A1,2022/23,S1,PRIMARY,1,2022-09-05',
      'A1,2023/24,S1,SECONDARY,1,2023-09-05',
    ),
  });
}, 60_000);

/** The real database, each query held until `release` is called with its number (1, 2, …), and optionally failing. */
function held(fail: (n: number) => boolean = () => false) {
  const waiting = new Map<number, () => void>();
  let n = 0;
  const slow: Db = {
    ...db,
    query: async <T>(sql: string, params?: readonly unknown[]) => {
      const mine = ++n;
      await new Promise<void>((resolve) => waiting.set(mine, resolve));
      if (fail(mine)) throw new Error(`query ${mine} failed`);
      return db.query<T>(sql, params);
    },
  };
  const release = async (k: number) => {
    for (let i = 0; i < 50 && !waiting.has(k); i++) await new Promise((r) => setTimeout(r, 10));
    waiting.get(k)!();
    await new Promise((r) => setTimeout(r, 50));
  };
  return { db: slow, release };
}

const ids = (list: PupilList) => list.rows.map((r) => r.child_id);

describe('PupilList', () => {
  it('lists a year, then narrows it by a filter with one query of ids, keeping the rows fetched', async () => {
    let queries = 0;
    const counting: Db = { ...db, query: (sql, params) => (queries++, db.query(sql, params)) };
    const list = new PupilList(() => Promise.resolve(counting));
    await list.load(1, '2023/24', {});
    expect([list.year, ids(list), queries]).toEqual(['2023/24', ['A1', 'B1', 'B2'], 1]);
    await list.load(1, '2023/24', { sex: ['F'] });
    expect([ids(list), list.all.length, queries]).toEqual([['B2'], 3, 2]);
    expect(list.holds('2023/24', { sex: ['F'] })).toBe(true);
    await list.load(1, '2023/24', { sex: ['F'] });
    expect(queries).toBe(2);
  });

  it("never shows an older answer over a newer one, nor a year's ids over another year's rows", async () => {
    const { db: slow, release } = held();
    const list = new PupilList(() => Promise.resolve(slow));
    const first = list.load(1, '2022/23', {}); //                 query 1: the rows of 2022/23
    const second = list.load(1, '2023/24', { sex: ['M'] }); //    query 2: the rows of 2023/24, query 3: its boys
    await release(2);
    await release(3);
    await second;
    expect([list.year, ids(list)]).toEqual(['2023/24', ['A1', 'B1']]);
    await release(1);
    await first;
    expect([list.year, ids(list), list.loading]).toEqual(['2023/24', ['A1', 'B1'], false]);
  });

  it('never shows an older failure over a newer answer, and tries a failed year again', async () => {
    const { db: slow, release } = held((n) => n === 1 || n === 3);
    const list = new PupilList(() => Promise.resolve(slow));
    const first = list.load(1, '2022/23', {}); // query 1 fails, late
    const second = list.load(1, '2023/24', {}); // query 2 answers
    await release(2);
    await second;
    await release(1);
    await first;
    expect([list.error, list.year, list.loading]).toEqual([null, '2023/24', false]);

    const third = list.load(1, '2022/23', {}); // query 3 fails: said, and the rows held stay
    await release(3);
    await third;
    expect(list.error).toBe('query 3 failed');
    expect([list.year, ids(list)]).toEqual(['2023/24', ['A1', 'B1', 'B2']]);
    const fourth = list.load(1, '2022/23', {}); // query 4: asked again, not taken from the failure
    await release(4);
    await fourth;
    expect([list.error, list.year, ids(list)]).toEqual([null, '2022/23', ['A1', 'B1']]);
  });
});
