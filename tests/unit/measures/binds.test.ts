// Every statement the measures generate binds on an empty model, before any fixture is written (after Mosaic's
// `toBeValidQuery`): each measure whole and by every dimension of its base, each distribution, whole and under a
// filter that sets every key, and over kept rows as the dashboard runs them.
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../src/lib/db/node';
import type { Db } from '../../../src/lib/db/types';
import { base } from '../../../src/lib/measures/bases';
import { DISTRIBUTIONS } from '../../../src/lib/measures/distributions';
import { FILTERS, validateFilter } from '../../../src/lib/measures/filter';
import { MEASURES, measure, type Measure } from '../../../src/lib/measures/index';
import { buildModel } from '../../../src/lib/measures/model';
import { keptSql, partsSql, type BinsPart, type Part } from '../../../src/lib/measures/query';

let db: Db;
beforeAll(async () => {
  db = await openNodeDb();
  await buildModel(db);
}, 60_000);

/** One accepted value of every filter key: the first code, 1 for a yes-or-no filter, an id for an id filter. */
const EVERY_KEY = validateFilter(
  Object.fromEntries(FILTERS.map((f) => [f.key, [f.values === 'bool' ? '1' : f.values === 'id' ? 'X1' : f.values[0]]])),
);

/** What DuckDB says when it cannot bind the statement, or null. */
async function bindError(part: Part | BinsPart, filter = {}): Promise<string | null> {
  const { sql, params } = partsSql([part], filter);
  try {
    await db.query(`EXPLAIN ${sql}`, params);
    await db.query(`EXPLAIN ${keptSql([part]).sql}`);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
}

const parts: { name: string; part: Part | BinsPart }[] = [
  ...MEASURES.flatMap((m) =>
    [null, ...Object.keys(base(m.base).dimensions)].map((dimension) => ({
      name: `${m.id}${dimension ? ` by ${dimension}` : ''}`,
      part: { measures: [m], dimension },
    })),
  ),
  ...DISTRIBUTIONS.map((d) => ({ name: d.id, part: { distribution: d } })),
];

describe('every generated statement binds on an empty model', () => {
  it(`covers ${parts.length} statements: every measure, whole and by each dimension of its base, and every distribution`, () => {
    expect(parts.length).toBeGreaterThan(MEASURES.length + DISTRIBUTIONS.length);
  });
  it('binds each with no filter and with a filter that sets every key', async () => {
    const failed: string[] = [];
    for (const { name, part } of parts) {
      for (const [which, filter] of [
        ['no filter', {}],
        ['every filter key', EVERY_KEY],
      ] as const) {
        const error = await bindError(part, filter);
        if (error) failed.push(`${name}, ${which}: ${error}`);
      }
    }
    expect(failed).toEqual([]);
  }, 120_000);
  it('fails for a statement that cannot bind, so that the check is real', async () => {
    const broken = { ...measure('roll_n'), value: 'count(no_such_column)' } as Measure;
    expect(await bindError({ measures: [broken], dimension: null })).toMatch(/no_such_column/);
  });
});
