import { openBrowserDb } from './browser';
import { lazyDb } from './lazy';

/** The page's one DuckDB. Marks `vsd:duckdb-ready` when it can take queries. */
export const appDb = lazyDb(async () => {
  performance.mark('vsd:duckdb-start');
  const db = await openBrowserDb();
  await db.query('SELECT 1');
  performance.measure('vsd:duckdb-ready', 'vsd:duckdb-start');
  return db;
});
