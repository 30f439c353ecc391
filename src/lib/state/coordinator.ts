import type { Db } from '../db/types';
import { attachBenchmarks, readBenchmarks, type BenchmarkIndex, type Benchmarks } from '../measures/benchmarks';
import { distribution, type DistributionId } from '../measures/distributions';
import type { DimensionId } from '../measures/bases';
import type { Filter } from '../measures/filter';
import { measure, type MeasureId } from '../measures/index';
import { keptSql, type BinsPart, type Part } from '../measures/query';
import type { ReportRow } from '../measures/report';
import { DASHBOARD_SQL, KeptRows } from './kept-rows';
import { Lru } from './lru';

export type Row = ReportRow & { benchmarks: Benchmarks };

/** Measures, whole or broken down by a dimension; or a distribution, whose rows are bins (group = lower edge, value = count). */
export type Batch = { ids: readonly MeasureId[]; dimension: DimensionId | null } | { distribution: DistributionId };

/** What shows the outcome of its requests (a view): it hears of its newest request only. */
export interface Client<T> {
  queryPending(): void;
  queryResult(value: T): void | Promise<void>;
  queryError(message: string): void;
}

const partOf = (b: Batch): Part | BinsPart =>
  'distribution' in b
    ? { distribution: distribution(b.distribution) }
    : { measures: b.ids.map(measure), dimension: b.dimension };

/** The authority whose neighbours, region and published figures join the national ones, and how its DfE figures load. */
export interface Comparisons {
  /** its DfE code, or null for national figures alone; read when a request is made */
  authority(): string | null;
  /** load DfE's local-authority figures into the database, if they are not there yet */
  load(db: Db): Promise<void>;
}

interface Waiting {
  filter: Filter;
  authority: string | null;
  parts: (Part | BinsPart)[];
  settle: (rows: Promise<Row[][]>) => void;
}

/**
 * Every measure query of the dashboard goes through here, after Mosaic's coordinator:
 * - requests made in the same tick (a view, the cohort size, a group's own and whole-roll figures) go to DuckDB as
 *   one query per filter, run over kept rows with a plan made once per query (`KeptRows`);
 * - results are cached by SQL text and filter, the least recently used dropped beyond `capacity`; data of a newer
 *   version clears the cache, and a request that fails leaves it, so that the next one asks DuckDB again;
 * - a client hears of its newest request only: a slower older one never overwrites it.
 */
export class Coordinator {
  private readonly cache: Lru<Promise<Row[][]>>;
  private version = -1;
  private readonly national = new Map<string, Promise<BenchmarkIndex>>();
  private kept: KeptRows | null = null;
  private closing: Promise<void> = Promise.resolve();
  private waiting: Waiting[] = [];
  private readonly latest = new WeakMap<object, number>();

  /** `capacity`: how many results the cache holds */
  constructor(
    private readonly db: () => Promise<Db>,
    capacity = 64,
    private readonly comparisons: Comparisons | null = null,
  ) {
    this.cache = new Lru(capacity);
  }

  /** Run `query` for `client`, which hears of its outcome unless it has made a newer request meanwhile. */
  async request<T>(client: Client<T>, query: () => Promise<T>): Promise<void> {
    const ticket = (this.latest.get(client) ?? 0) + 1;
    this.latest.set(client, ticket);
    const newest = () => this.latest.get(client) === ticket;
    client.queryPending();
    let value: T;
    try {
      value = await query();
    } catch (e) {
      if (newest()) client.queryError(e instanceof Error ? e.message : String(e));
      return;
    }
    if (newest()) await client.queryResult(value);
  }

  /** The rows of each batch under `filter`, from the data of `version` (the dataset's). */
  run(version: number, filter: Filter, batches: readonly Batch[]): Promise<Row[][]> {
    this.fresh(version);
    const parts = batches.map(partOf);
    // read here, where a view's effect makes the request, so that a change of authority asks again
    const authority = this.comparisons?.authority() ?? null;
    const key = `${authority ?? ''}\n${JSON.stringify(filter)}\n${keptSql(parts, DASHBOARD_SQL).sql}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const rows = new Promise<Row[][]>((settle) => {
      if (this.waiting.length === 0) queueMicrotask(() => this.flush());
      this.waiting.push({ filter, authority, parts, settle });
    });
    this.cache.set(key, rows);
    rows.catch(() => this.cache.drop(key, rows));
    return rows;
  }

  /** Data of a newer version: forget the results, the national figures and the plans of the data before. */
  private fresh(version: number): void {
    if (version <= this.version) return;
    this.version = version;
    this.cache.clear();
    this.national.clear();
    if (this.kept) this.closing = this.kept.close();
    this.kept = null;
  }

  /** One query per filter among the requests waiting; each request gets its own parts' rows back. */
  private flush(): void {
    const waiting = this.waiting;
    this.waiting = [];
    const byFilter = new Map<string, Waiting[]>();
    for (const w of waiting) {
      const key = `${w.authority ?? ''}\n${JSON.stringify(w.filter)}`;
      byFilter.set(key, [...(byFilter.get(key) ?? []), w]);
    }
    for (const group of byFilter.values()) {
      const rows = this.db().then(async (db) => {
        const national = this.benchmarks(db, group[0].authority);
        this.kept ??= new KeptRows(db, this.closing);
        const results = await this.kept.run(
          group[0].filter,
          group.flatMap((w) => w.parts),
        );
        const index = await national;
        return results.map((r) => attachBenchmarks(r, index));
      });
      let at = 0;
      for (const w of group) {
        const [from, to] = [at, (at += w.parts.length)];
        w.settle(rows.then((r) => r.slice(from, to)));
      }
    }
  }

  /** The national figures, with an authority's comparisons, read once per version and authority (again after a failure). */
  private benchmarks(db: Db, authority: string | null): Promise<BenchmarkIndex> {
    const key = authority ?? '';
    let national = this.national.get(key);
    if (!national) {
      const comparisons = this.comparisons;
      national =
        authority && comparisons ? comparisons.load(db).then(() => readBenchmarks(db, authority)) : readBenchmarks(db);
      const made = national;
      made.catch(() => {
        if (this.national.get(key) === made) this.national.delete(key);
      });
      this.national.set(key, national);
    }
    return national;
  }
}
