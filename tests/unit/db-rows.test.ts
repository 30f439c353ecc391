import { describe, expect, it } from 'vitest';
import { nodeEngine } from '../../src/lib/db/node';
import { toRows } from '../../src/lib/db/rows';

/** What Arrow's own rows say: the reading toRows must give, value for value. */
const arrowRows = (table: Parameters<typeof toRows>[0]) =>
  [...table].map((r) => (r as unknown as { toJSON(): object }).toJSON());
/** Values as JSON, a BigInt marked as one: Arrow's struct and list proxies compare by what they hold. */
const json = (rows: readonly object[]) => JSON.stringify(rows, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));

describe('toRows(table)', () => {
  it("gives the values Arrow's rows give, of every type DuckDB returns, nulls included, over several chunks", async () => {
    const { conn } = await nodeEngine();
    // 5,000 rows: DuckDB sends them in batches of 2,048, so three chunks
    const table =
      conn.query(`SELECT i::INTEGER AS i, (i % 7)::TINYINT AS tiny, CASE WHEN i % 3 = 0 THEN NULL ELSE i * 1.5 END::DOUBLE AS half,
      (i % 2 = 0) AS even, CASE WHEN i % 4 = 0 THEN NULL ELSE i % 5 = 0 END AS maybe,
      CASE WHEN i % 6 = 0 THEN NULL ELSE 'C' || lpad(i::VARCHAR, 5, '0') END AS id,
      CASE WHEN i % 2 = 0 THEN 'Île ' || i ELSE 'Oak ' || i END AS accented,
      i::BIGINT * 3 AS big, DATE '2024-01-01' + i::INTEGER AS day, {'a': i, 'b': 'x'} AS pair, [i, i + 1] AS list,
      (i / 8.0)::FLOAT AS single, '' AS empty
      FROM range(5000) r(i)`);
    expect(table.batches.length).toBeGreaterThan(2);
    const rows = toRows<Record<string, unknown>>(table);
    expect(json(rows)).toBe(json(arrowRows(table)));
    // a slice: chunks that start part-way through their buffers
    const sliced = table.slice(1001, 4503);
    expect(json(toRows(sliced))).toBe(json(arrowRows(sliced)));
    expect(json([toRows<object>(sliced)[5]])).toBe(json([rows[1006]]));
    expect(rows[6]).toMatchObject({
      i: 6,
      tiny: 6,
      half: null,
      even: true,
      maybe: false,
      id: null,
      accented: 'Île 6',
      big: 18n,
      single: 0.75,
      empty: '',
    });
    expect(rows[4097]).toMatchObject({ i: 4097, half: 6145.5, even: false, id: 'C04097', accented: 'Oak 4097' });
    expect(Object.keys(rows[0])).toEqual([
      'i',
      'tiny',
      'half',
      'even',
      'maybe',
      'id',
      'accented',
      'big',
      'day',
      'pair',
      'list',
      'single',
      'empty',
    ]);
  });

  it('gives an empty list for no rows', async () => {
    const { conn } = await nodeEngine();
    expect(toRows(conn.query('SELECT 1 AS one WHERE false'))).toEqual([]);
  });
});
