import { ident } from '../db/sql';
import type { Db } from '../db/types';
import { loadSet } from '../ingest/load';
import { prepare } from '../ingest/prepare';
import { MEASURES } from '../measures/index';
import { runParts } from '../measures/report';
import { afterLoad } from '../pipeline/after-load';

/**
 * DuckDB-wasm runs each kind of work slowly the first time (its code is compiled as it first runs): the first
 * load of a page takes about three times as long as the next. While the user is still choosing files, run a
 * small generated authority through the same load, model and measures, then drop every table, so that DuckDB
 * holds nothing of it. Marks `vsd:warm` when done.
 */
export async function warmUp(db: Db): Promise<void> {
  const { generateDemo } = await import('../demo');
  const files = Object.entries(generateDemo({ children: 20, seed: 1 })).map(([table, text]) =>
    prepare(`${table}.csv`, new TextEncoder().encode(text)),
  );
  try {
    const outcome = await loadSet(db, files, new Set());
    if (!outcome.fatal) {
      await afterLoad(db, { loaded: outcome.files.filter((f) => f.status === 'loaded') });
      await runParts(db, {}, [{ measures: MEASURES }], { children: true });
    }
  } finally {
    const tables = await db.query<{ d: string; s: string; t: string }>(
      'SELECT database_name AS d, schema_name AS s, table_name AS t FROM duckdb_tables() WHERE NOT internal',
    );
    if (tables.length)
      await db.exec(tables.map((x) => `DROP TABLE IF EXISTS ${ident(x.d)}.${ident(x.s)}.${ident(x.t)};`).join('\n'));
  }
  performance.mark('vsd:warm');
}
