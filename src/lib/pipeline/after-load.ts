import type { TableName } from '../contract';
import type { Db } from '../db/types';
import { countOrphans } from '../ingest/orphans';
import type { FileReport } from '../ingest/report';
import { loadBenchmarks } from '../measures/benchmarks';
import { countLeftOut } from './left-out';
import { buildModel, type ModelDepth } from '../measures/model';

export interface AfterLoad {
  /** the reports of the files loaded now: their orphans were counted as they loaded */
  loaded: readonly FileReport[];
  /** the reports of tables loaded before and kept: their orphans are counted again against the tables now loaded */
  kept?: readonly FileReport[];
  /** how much of the model the caller needs (a load report stops at `pupils`) */
  depth?: ModelDepth;
  /** the national figures' CSV, when the caller wants them and they are not loaded yet */
  benchmarks?: () => Promise<Uint8Array | null>;
}

/**
 * The one post-load pipeline, whoever loaded the files (the app, the command line, the tests): orphans of the
 * tables kept → the model → the events left out of the measures → the national figures. Reports are updated in place.
 */
export async function afterLoad(
  db: Db,
  { loaded, kept = [], depth = 'dashboard', benchmarks }: AfterLoad,
): Promise<void> {
  const present = new Set([...kept, ...loaded].map((f) => f.table));
  const source = (t: TableName) => (present.has(t) ? t : null);
  for (const f of kept) f.orphans = await countOrphans(db, f.table!, source);
  const modelled = performance.now();
  await buildModel(db, depth);
  performance.measure('vsd:ingest:model', { start: modelled });
  await countLeftOut(db, [...kept, ...loaded]);
  const csv = await benchmarks?.();
  if (csv) await loadBenchmarks(db, csv);
}
