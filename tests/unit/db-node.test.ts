import { describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';

describe('openNodeDb()', () => {
  it('binds parameters and returns plain rows', async () => {
    const db = await openNodeDb();
    expect(await db.query('SELECT ?::INTEGER + 1 AS n, ?::VARCHAR AS s', [41, "it's"])).toEqual([{ n: 42, s: "it's" }]);
  });
  it("passes DuckDB's own error message on", async () => {
    const db = await openNodeDb();
    await expect(db.query('SELECT * FROM no_such_table')).rejects.toThrow(
      /Table with name no_such_table does not exist/,
    );
  });
  it('opens an empty database each time, and the one opened before refuses every call', async () => {
    const old = await openNodeDb();
    await old.exec('CREATE TABLE kept AS SELECT 1 AS n');
    const db = await openNodeDb();
    await expect(db.query('SELECT n FROM kept')).rejects.toThrow(/Table with name kept does not exist/);
    await expect(old.query('SELECT 1 AS n')).rejects.toThrow(/closed when a newer one was opened/);
  });
});
