import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { Db } from '../../src/lib/db/types';
import { loadSet } from '../../src/lib/ingest/load';
import { prepare } from '../../src/lib/ingest/prepare';
import { afterLoad } from '../../src/lib/pipeline/after-load';
import { csv, HEADERS } from './measures/harness';

const file = (name: keyof typeof HEADERS, ...rows: string[]) =>
  prepare(`${name}.csv`, new TextEncoder().encode(csv(HEADERS[name], ...rows)));
const tables = async (db: Db) =>
  (await db.query<{ t: string }>(`SELECT table_name AS t FROM duckdb_tables() WHERE NOT internal ORDER BY 1`)).map(
    (r) => r.t,
  );
const columns = async (db: Db, table: string) =>
  (await db.query<{ c: string }>(`SELECT column_name AS c FROM duckdb_columns() WHERE table_name = '${table}'`)).map(
    (r) => r.c,
  );
const national = () =>
  Promise.resolve(
    new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'national-benchmarks.csv'))),
  );

// C1 (born May 2012, in care since 2019) is in Year 7 on the 2023/24 roll; C2 (born 2000) is on no roll.
const PUPILS = ['C1,F,2012-05,WBRI,N,0'];
const CARE = ['C1,2019-04-01,,C2,U1,IN_LA', 'C2,2019-04-01,,C2,U1,IN_LA'];
const SUSPENSIONS = ['X1,C1,2023-10-10,SUSPENSION,1,PA,', 'X2,C2,2023-10-11,SUSPENSION,1,PA,'];

describe('afterLoad(db, { loaded, kept, depth, benchmarks })', () => {
  it('builds only the model a load report needs, and counts the events left out of the measures', async () => {
    const db = await openNodeDb();
    const out = await loadSet(
      db,
      [
        file('pupils', ...PUPILS, 'C2,M,2000-01,WBRI,N,0'),
        file('care_periods', ...CARE),
        file('exclusions', ...SUSPENSIONS),
      ],
      new Set(),
    );
    await afterLoad(db, { loaded: out.files, depth: 'pupils' });
    expect(await tables(db)).toContain('pupil_years');
    expect((await tables(db)).filter((t) => t.startsWith('base_'))).toEqual([]);
    // C2's suspension: a child in pupils.csv, not on the roll that year
    expect(out.files.find((f) => f.table === 'exclusions')!.not_on_roll).toBe(1);
    expect((await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM national_benchmarks'))[0].n).toBe(0);
  });

  it("counts again the orphans of the tables kept, gives a report the bases without the dashboard's keep column, and loads the national figures", async () => {
    const db = await openNodeDb();
    const first = await loadSet(
      db,
      [file('pupils', ...PUPILS), file('care_periods', ...CARE), file('exclusions', ...SUSPENSIONS)],
      new Set(),
    );
    const exclusions = first.files.find((f) => f.table === 'exclusions')!;
    // C2 is not in pupils.csv: their suspension is an orphan
    expect(exclusions.orphans).toBe(1);
    await afterLoad(db, { loaded: first.files });
    const second = await loadSet(
      db,
      [file('pupils', ...PUPILS, 'C2,M,2000-01,WBRI,N,0')],
      new Set(['pupils', 'care_periods', 'exclusions']),
    );
    await afterLoad(db, {
      loaded: second.files,
      kept: first.files.filter((f) => f.table !== 'pupils'),
      depth: 'bases',
      benchmarks: national,
    });
    expect(exclusions.orphans).toBe(0);
    expect(await tables(db)).toContain('base_roll');
    expect(await columns(db, 'base_roll')).not.toContain('keep');
    expect(
      (await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM national_benchmarks'))[0].n,
    ).toBeGreaterThan(0);
  });

  it('gives the dashboard the keep column a filter change sets', async () => {
    const db = await openNodeDb();
    const out = await loadSet(db, [file('pupils', ...PUPILS), file('care_periods', ...CARE)], new Set());
    await afterLoad(db, { loaded: out.files });
    expect(await columns(db, 'base_roll')).toContain('keep');
  });
});
