import type { Db } from '../db/types';
import { withBenchmarks, type Benchmarks } from '../measures/benchmarks';
import type { Filter } from '../measures/filter';
import { MEASURES } from '../measures/index';
import { reportSql } from '../measures/query';
import { runMeasures, type ReportRow } from '../measures/report';

export type Row = ReportRow & { benchmarks: Benchmarks };

export interface Batch {
  ids: readonly string[];
  dimension: string | null;
}

/** Runs measure batches, cached by SQL text and parameters for the data loaded now. */
export class MeasureRunner {
  private cache = new Map<string, Promise<Row[]>>();
  private version = -1;

  constructor(private readonly db: () => Promise<Db>) {}

  run(version: number, filter: Filter, batch: Batch): Promise<Row[]> {
    if (version !== this.version) {
      this.cache.clear();
      this.version = version;
    }
    const measures = batch.ids.map((id) => MEASURES.find((m) => m.id === id)!);
    const { sql, params } = reportSql({ measures, filter, dimension: batch.dimension });
    const key = JSON.stringify([sql, params]);
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.db().then(async (db) => withBenchmarks(db, await runMeasures(db, filter, measures, batch.dimension)));
      hit.catch(() => this.cache.delete(key));
      this.cache.set(key, hit);
    }
    return hit;
  }
}
