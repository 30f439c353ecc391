import type { Db } from '../db/types';
import { attachBenchmarks, readBenchmarks, type BenchmarkIndex, type Benchmarks } from '../measures/benchmarks';
import { distribution } from '../measures/distributions';
import type { Filter } from '../measures/filter';
import { measure } from '../measures/index';
import type { BinsPart, Part } from '../measures/query';
import { KeptRows } from './kept-rows';
import type { ReportRow } from '../measures/report';

export type Row = ReportRow & { benchmarks: Benchmarks };

/** Measures, whole or broken down by a dimension; or a distribution, whose rows are bins (group = lower edge, value = count). */
export type Batch = { ids: readonly string[]; dimension: string | null } | { distribution: string };

const partOf = (b: Batch): Part | BinsPart => ('distribution' in b ? { distribution: distribution(b.distribution) } : { measures: b.ids.map(measure), dimension: b.dimension });

interface Waiting {
  filter: Filter;
  parts: (Part | BinsPart)[];
  settle: (result: Promise<Row[][]>) => void;
}

/**
 * Runs the batches asked for under a filter, cached by batches and filter for the data loaded now.
 * Requests made in the same tick (the view, its histograms, the cohort size) go to DuckDB as one query.
 */
export class MeasureRunner {
  private cache = new Map<string, Promise<Row[][]>>();
  private version = -1;
  private national: Promise<BenchmarkIndex> | null = null;
  private waiting: Waiting[] = [];
  private kept: KeptRows | null = null;
  private closing: Promise<void> = Promise.resolve();

  constructor(private readonly db: () => Promise<Db>) {}

  private fresh(version: number): void {
    if (version === this.version) return;
    this.cache.clear();
    this.version = version;
    this.national = null;
    if (this.kept) this.closing = this.kept.close();
    this.kept = null;
  }

  run(version: number, filter: Filter, batches: readonly Batch[]): Promise<Row[][]> {
    this.fresh(version);
    const key = JSON.stringify([batches, filter]);
    let hit = this.cache.get(key);
    if (!hit) {
      hit = new Promise<Row[][]>((resolve) => {
        if (this.waiting.length === 0) queueMicrotask(() => this.flush());
        this.waiting.push({ filter, parts: batches.map(partOf), settle: resolve });
      });
      hit.catch(() => this.cache.delete(key));
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** One query per filter among the requests waiting; each request gets its own parts' rows back. */
  private flush(): void {
    const waiting = this.waiting;
    this.waiting = [];
    const byFilter = new Map<string, Waiting[]>();
    for (const w of waiting) {
      const key = JSON.stringify(w.filter);
      byFilter.set(key, [...(byFilter.get(key) ?? []), w]);
    }
    for (const group of byFilter.values()) {
      const all = group.flatMap((w) => w.parts);
      const rows = this.db().then(async (db) => {
        this.national ??= readBenchmarks(db);
        this.kept ??= new KeptRows(db, this.closing);
        const results = await this.kept.run(group[0].filter, all);
        const national = await this.national;
        return results.map((r) => attachBenchmarks(r, national));
      });
      let at = 0;
      for (const w of group) {
        const from = at;
        at += w.parts.length;
        w.settle(rows.then((r) => r.slice(from, at)));
      }
    }
  }
}
