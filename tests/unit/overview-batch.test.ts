import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../src/cli/load-dir';
import type { Db } from '../../src/lib/db/types';
import { AREAS } from '../../src/lib/measures/areas';
import { validateFilter } from '../../src/lib/measures/filter';
import { buildModel } from '../../src/lib/measures/model';
import { areaOfSeries, buildFigures } from '../../src/lib/snapshot/figures';
import { Coordinator, type Batch } from '../../src/lib/state/coordinator';
import { OVERVIEW_BATCH, OVERVIEW_IDS } from '../../src/views/dashboard/overview-batch';
import { candidates, standsOut } from '../../src/views/dashboard/stands-out';

describe("the Overview loads every area's trends in one query", () => {
  let db: Db;
  const sql: string[] = [];
  beforeAll(async () => {
    const real = (await loadDirectory(join(import.meta.dirname, '../../data/demo'))).db;
    await buildModel(real);
    db = {
      ...real,
      query: (s, params) => (sql.push(s), real.query(s, params)),
      prepare: async (s) => {
        const plan = await real.prepare(s);
        return { query: () => (sql.push(s), plan.query()), close: () => plan.close() };
      },
    };
  }, 60_000);

  it('runs the overview and the cohort size asked in the same tick as one query, under each filter', async () => {
    const runner = new Coordinator(async () => db);
    const roll: Batch = { ids: ['roll_n'], dimension: null };
    const measures = (s: string) => !s.includes('national_benchmarks');
    const [[overview], [cohort]] = await Promise.all([runner.run(1, {}, [OVERVIEW_BATCH]), runner.run(1, {}, [roll])]);
    expect(sql.filter(measures)).toHaveLength(1);
    expect(cohort.every((r) => r.measure === 'roll_n')).toBe(true);
    sql.length = 0;
    await Promise.all([
      runner.run(1, validateFilter({ sex: ['F'] }), [OVERVIEW_BATCH]),
      runner.run(1, validateFilter({ sex: ['F'] }), [roll]),
    ]);
    expect(sql.filter(measures)).toHaveLength(1);

    // on the demo authority, what stands out draws on every area
    const areaOf = areaOfSeries(AREAS);
    const figures = buildFigures(
      { series: overview, byDimension: new Map(), bins: new Map() },
      [],
      6,
      { from: null, to: null },
      new Map(OVERVIEW_IDS.map((id) => [id, areaOf.get(id)!])),
    );
    expect(new Set(candidates(figures).map((h) => areaOf.get(h.measure.id)))).toEqual(new Set(AREAS.map((a) => a.id)));
    const items = standsOut(candidates(figures));
    expect(items).toHaveLength(6);
  }, 60_000);
});
