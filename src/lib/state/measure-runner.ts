import type { Db } from '../db/types';
import { attachBenchmarks, readBenchmarks, type BenchmarkIndex, type Benchmarks } from '../measures/benchmarks';
import type { Filter } from '../measures/filter';
import { measure } from '../measures/index';
import { partsSql, type Part } from '../measures/query';
import { runDistribution, type BinRow } from '../measures/distributions';
import { runParts, type ReportRow } from '../measures/report';

export type Row = ReportRow & { benchmarks: Benchmarks };

export interface Batch {
  ids: readonly string[];
  dimension: string | null;
}

/** Runs a view's batches as one query, cached by SQL text and parameters for the data loaded now. */
export class MeasureRunner {
  private cache = new Map<string, Promise<Row[][]>>();
  private version = -1;
  private national: Promise<BenchmarkIndex> | null = null;

  constructor(private readonly db: () => Promise<Db>) {}

  private bins = new Map<string, Promise<BinRow[]>>();

  private fresh(version: number): void {
    if (version === this.version) return;
    this.cache.clear();
    this.bins.clear();
    this.version = version;
    this.national = null;
  }

  distribution(version: number, filter: Filter, id: string): Promise<BinRow[]> {
    this.fresh(version);
    const key = JSON.stringify([id, filter]);
    let hit = this.bins.get(key);
    if (!hit) {
      hit = this.db().then((db) => runDistribution(db, id, filter));
      hit.catch(() => this.bins.delete(key));
      this.bins.set(key, hit);
    }
    return hit;
  }

  run(version: number, filter: Filter, batches: readonly Batch[]): Promise<Row[][]> {
    this.fresh(version);
    const parts: Part[] = batches.map((b) => ({ measures: b.ids.map(measure), dimension: b.dimension }));
    const { sql, params } = partsSql(parts, filter);
    const key = JSON.stringify([sql, params]);
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.db().then(async (db) => {
        this.national ??= readBenchmarks(db);
        const results = await runParts(db, filter, parts);
        const national = await this.national;
        return results.map((rows) => attachBenchmarks(rows, national));
      });
      hit.catch(() => this.cache.delete(key));
      this.cache.set(key, hit);
    }
    return hit;
  }
}
