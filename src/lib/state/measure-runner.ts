import type { Db } from '../db/types';
import { attachBenchmarks, readBenchmarks, type BenchmarkIndex, type Benchmarks } from '../measures/benchmarks';
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
  private national: Promise<BenchmarkIndex> | null = null;

  constructor(private readonly db: () => Promise<Db>) {}

  run(version: number, filter: Filter, batch: Batch): Promise<Row[]> {
    if (version !== this.version) {
      this.cache.clear();
      this.version = version;
      this.national = null;
    }
    const measures = batch.ids.map((id) => MEASURES.find((m) => m.id === id)!);
    const { sql, params } = reportSql({ measures, filter, dimension: batch.dimension });
    const key = JSON.stringify([sql, params]);
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.db().then(async (db) => {
        this.national ??= readBenchmarks(db);
        const rows = await runMeasures(db, filter, measures, batch.dimension);
        return attachBenchmarks(rows, await this.national);
      });
      hit.catch(() => this.cache.delete(key));
      this.cache.set(key, hit);
    }
    return hit;
  }
}
