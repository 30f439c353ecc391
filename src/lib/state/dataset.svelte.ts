import type { TableName } from '../contract';
import { appDb } from '../db/app-db';
import type { Db } from '../db/types';
import { loadSet } from '../ingest/load';
import type { Prepared, PreparedFile } from '../ingest/prepare';
import type { ColumnMaps } from './column-maps.svelte';
import { prepareOffThread, settleLinks } from '../ingest/prepare-off-thread';
import type { FileReport } from '../ingest/report';
import benchmarksUrl from '../../../data/national-benchmarks.csv?url';
import { afterLoad } from '../pipeline/after-load';
import { warmUp } from './warm-up';

export interface FileInput {
  name: string;
  size: number;
  read(): Promise<ArrayBuffer>;
}

export interface Progress {
  phase: 'Reading' | 'Checking' | 'Loading into DuckDB';
  done: number;
  total: number;
}

export interface LoadAttempt {
  files: FileReport[];
  fatal: string | null;
  at: Date;
  ms: number;
  /** part of `ms` spent waiting for DuckDB to start (and to finish warming up) */
  startupMs: number;
}

/** The data loaded in this page: the tables, their load reports, and the latest attempt. */
export class Dataset {
  /** one report per table loaded now */
  files = $state.raw<FileReport[]>([]);
  /** the SHA-256 of the file behind each table loaded now, in step with `files`: what a snapshot names as its sources */
  sources = $state.raw<{ table: TableName; sha256: string }[]>([]);
  /** the SHA-256 of each file read, by name */
  private digests = new Map<string, string>();
  counts = $state.raw<Partial<Record<TableName, number>>>({});
  last = $state.raw<LoadAttempt | null>(null);
  progress = $state.raw<Progress | null>(null);
  failure = $state<string | null>(null);
  loadedAt = $state<Date | null>(null);
  /** the demo authority's made-up files are loaded (all or some of the tables): its figures are nobody's */
  synthetic = $state(false);
  /** goes up with every load that changed the data: caches of measure results key on it */
  version = $state(0);
  busy = $derived(this.progress !== null);
  private benchmarksLoaded = false;
  private warming: Promise<void> = Promise.resolve();
  tables = $derived(Object.keys(this.counts) as TableName[]);

  /** files that wait for a value the user must supply (an OC3's reporting year) */
  waiting = $state.raw<PreparedFile[]>([]);
  /** the files of the loads so far, by name, to load one again with a column map */
  private inputs = $state.raw(new Map<string, FileInput>());
  private lastInputs: FileInput[] = [];

  constructor(
    readonly db: () => Promise<Db> = appDb,
    readonly maps: ColumnMaps | null = null,
  ) {}

  async load(inputs: FileInput[], constants?: Record<string, Record<string, string>>): Promise<void> {
    if (this.busy || inputs.length === 0) return;
    const started = performance.now();
    this.failure = null;
    try {
      const total = inputs.length;
      const files: { name: string; bytes: ArrayBuffer }[] = [];
      for (const [i, input] of inputs.entries()) {
        this.progress = { phase: 'Reading', done: i, total };
        files.push({ name: input.name, bytes: await input.read() });
      }
      this.progress = { phase: 'Checking', done: 0, total };
      const prepared = prepareOffThread(
        files,
        { map: this.maps?.map, constants },
        (done) => {
          if (this.progress?.phase === 'Checking') this.progress = { phase: 'Checking', done, total };
        },
        (digests) => Object.entries(digests).forEach(([name, sha]) => this.digests.set(name, sha)),
      );
      const bytes = inputs.reduce((n, f) => n + f.size, 0);
      await this.take(prepared, started, bytes, total);
      const names = new Set(inputs.map((f) => f.name));
      this.inputs = new Map([
        ...[...this.inputs].filter(([n]) => !names.has(n)),
        ...inputs.map((f) => [f.name, f] as const),
      ]);
      this.lastInputs = inputs;
    } catch (e) {
      this.failure = `The load stopped: ${e instanceof Error ? e.message : String(e)}. The data loaded before is unchanged.`;
    } finally {
      this.progress = null;
    }
  }

  /** Load a file that waited for its reporting year (an SSDA903 OC3 that does not say it). */
  async supplyYear(file: string, year: number): Promise<void> {
    const w = this.waiting.find((p) => p.file === file);
    if (!w || this.busy) return;
    const started = performance.now();
    this.failure = null;
    try {
      this.progress = { phase: 'Loading into DuckDB', done: 0, total: 1 };
      await this.take(
        [{ ok: true, file: { ...w, needs: [], constants: { ...w.constants, reporting_year: String(year) } } }],
        started,
        w.bytes,
        1,
        true,
      );
    } catch (e) {
      this.failure = `The load stopped: ${e instanceof Error ? e.message : String(e)}. The data loaded before is unchanged.`;
    } finally {
      this.progress = null;
    }
  }

  /** A file of the loads so far, to preview or load again with a column map. */
  input(file: string): FileInput | undefined {
    return this.inputs.get(file);
  }

  /**
   * Load again, as the user chose (with the column map just made): the whole last set when it was not taken (a
   * required file it held could not be read), else this file alone.
   */
  async reload(file: string): Promise<void> {
    if (this.last?.fatal && this.lastInputs.some((f) => f.name === file)) return this.load(this.lastInputs);
    const input = this.inputs.get(file);
    if (input) await this.load([input]);
  }

  /**
   * Load prepared files as they come from the worker, each staged while the next is checked;
   * `merge`: their reports replace their own in the last load's, which keeps the others.
   */
  private async take(
    prepared: Iterable<Prepared> | AsyncIterable<Prepared>,
    started: number,
    bytes: number,
    total: number,
    merge = false,
  ): Promise<void> {
    const waited = performance.now();
    const db = await this.db();
    await this.warming;
    const startupMs = performance.now() - waited;
    const ready = performance.now();
    const outcome = await loadSet(db, prepared, new Set(this.tables), (done) => {
      if (done > 0) this.progress = { phase: 'Loading into DuckDB', done, total };
    });
    settleLinks(!outcome.fatal);
    performance.measure('vsd:ingest:tables', { start: ready });
    if (!outcome.fatal)
      await this.adopt(
        db,
        outcome.files.filter((f) => f.status === 'loaded'),
      );
    performance.measure('vsd:ingest:duckdb', { start: ready });
    const names = new Set(outcome.files.map((f) => f.file));
    this.waiting = [...this.waiting.filter((w) => !names.has(w.file)), ...outcome.waiting];
    const ms = performance.now() - started;
    const files =
      merge && this.last && !outcome.fatal
        ? this.last.files.map((f) => outcome.files.find((o) => o.file === f.file) ?? f)
        : outcome.files;
    this.last = { files, fatal: outcome.fatal, at: new Date(), ms, startupMs };
    performance.measure('vsd:ingest', {
      start: started,
      detail: { rows: outcome.files.reduce((n, f) => n + f.rows_read, 0), bytes },
    });
  }

  /** While nothing is loaded or loading, take DuckDB's first-run slowness (`warm-up.ts`); a load waits for it. */
  warmUp(): void {
    if (this.version > 0 || this.busy) return;
    this.warming = this.db()
      .then(warmUp)
      .catch(() => undefined);
  }

  async loadDemo(files: { name: string; url: string }[]): Promise<void> {
    await this.load(
      files.map((f) => ({
        name: f.name,
        size: 0,
        read: async () => {
          const res = await fetch(f.url);
          if (!res.ok) throw new Error(`demo file ${f.name} could not be fetched (${res.status})`);
          return res.arrayBuffer();
        },
      })),
    );
    if (this.version > 0) this.synthetic = true;
  }

  /** The national figures, fetched from our own origin for the first load only. */
  private async benchmarks(): Promise<Uint8Array | null> {
    if (this.benchmarksLoaded) return null;
    const res = await fetch(benchmarksUrl);
    this.benchmarksLoaded = res.ok;
    return res.ok ? new Uint8Array(await res.arrayBuffer()) : null;
  }

  /** The digest of a loaded file: its own, or that of the XML return it was read from (`return.xml: Header`). */
  private digestOf(file: string): string {
    return this.digests.get(file) ?? this.digests.get(/^(.+\.xml): /i.exec(file)?.[1] ?? '') ?? '';
  }

  /** Take the new tables' reports (their orphans counted as they loaded), and recount the older tables' orphans against the tables now loaded. */
  private async adopt(db: Db, loaded: FileReport[]): Promise<void> {
    const replaced = new Set(loaded.map((f) => f.table));
    const kept = this.files.filter((f) => !replaced.has(f.table));
    const files = [...kept, ...loaded];
    const sources = [
      ...this.sources.filter((s) => !replaced.has(s.table)),
      ...loaded.map((f) => ({ table: f.table!, sha256: this.digestOf(f.file) })),
    ];
    await afterLoad(db, { loaded, kept, benchmarks: () => this.benchmarks() });
    const counts: Partial<Record<TableName, number>> = {};
    for (const f of files) counts[f.table!] = f.rows_loaded;
    this.files = files;
    this.sources = sources;
    this.counts = counts;
    this.version++;
    this.loadedAt = new Date();
  }
}
