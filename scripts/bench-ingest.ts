// npm run bench (part 2): DuckDB start-up and checked ingest in Chromium: the demo (in our layout and as SSDA903
// returns), the shared SSDA903 sample, and the national scale.
// Every figure is also given as a ratio to a baseline measured in the same page: DuckDB's bare
// read_csv of the same files, with no checks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { startApp } from '../tests/e2e/harness';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function csvPaths(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => join(dir, f));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function measureCount(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n).length, name);
}

async function lastMeasure(page: Page, name: string) {
  return page.evaluate((n) => {
    const m = performance.getEntriesByName(n).at(-1) as PerformanceMeasure;
    return { startTime: m.startTime, duration: m.duration, detail: m.detail as { rows: number; bytes: number } | null };
  }, name);
}

async function benchScale(openPage: (p: string) => Promise<{ page: Page }>, label: string, paths: string[]) {
  const { page } = await openPage('/?bench');
  await page.waitForFunction(
    () => performance.getEntriesByName('vsd:duckdb-ready').length > 0 && 'vsdBench' in globalThis,
    null,
    { timeout: 120_000 },
  );
  const ready = await lastMeasure(page, 'vsd:duckdb-ready');
  // The app warms DuckDB up while a user chooses files; a user takes longer than that to choose them.
  await page.waitForFunction(() => performance.getEntriesByName('vsd:warm').length > 0, null, { timeout: 120_000 });
  const warmUpMs = await page.evaluate(
    (end) => performance.getEntriesByName('vsd:warm')[0].startTime - end,
    ready.startTime + ready.duration,
  );
  await page.evaluate(() => (globalThis as unknown as { vsdBench: { warmUp(): Promise<void> } }).vsdBench.warmUp());
  const ingests: number[] = [];
  const tables: number[] = [];
  const models: number[] = [];
  const baselines: number[] = [];
  let rows = 0;
  let bytes = 0;
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), { type: 'file', multiple: true, id: 'bench-files' });
    document.body.append(input);
  });
  await page.evaluate(() => {
    const w = globalThis as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
    });
  });
  for (let run = 0; run < RUNS; run++) {
    const before = await measureCount(page, 'vsd:ingest');
    // a load lands on the Overview: each run starts again from the load page
    await page.evaluate(() => (location.hash = '#/load'));
    await page.locator('main input[type=file][multiple]').first().setInputFiles(paths);
    await page.waitForFunction((n) => performance.getEntriesByName('vsd:ingest').length > n, before, {
      timeout: 600_000,
    });
    const m = await lastMeasure(page, 'vsd:ingest');
    ingests.push(m.duration);
    tables.push((await lastMeasure(page, 'vsd:ingest:tables')).duration);
    models.push((await lastMeasure(page, 'vsd:ingest:model')).duration);
    rows = m.detail!.rows;
    bytes = m.detail!.bytes;
    await page.locator('#bench-files').setInputFiles(paths);
    const base = await page.evaluate(() => {
      const files = (document.getElementById('bench-files') as HTMLInputElement).files!;
      return (
        globalThis as unknown as { vsdBench: { readCsvBaseline(f: FileList): Promise<{ ms: number }> } }
      ).vsdBench.readCsvBaseline(files);
    });
    baselines.push(base.ms);
  }
  const failed = await page.getByText('Nothing was loaded.').count();
  const memory = await page.evaluate(async () => {
    const bench = (globalThis as unknown as { vsdBench: { db(): Promise<{ query<T>(sql: string): Promise<T[]> }> } })
      .vsdBench;
    const db = await bench.db();
    const [duck] = await db.query<{ bytes: number }>(
      'SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()',
    );
    const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;
    return { duckdbMb: duck.bytes / 1e6, pageHeapMb: heap === null ? null : heap / 1e6 };
  });
  const longestTaskMs = await page.evaluate(() =>
    Math.max(0, ...(globalThis as unknown as { longTasks: number[] }).longTasks),
  );
  await page.close();
  const ingestMs = median(ingests);
  const baselineMs = median(baselines);
  return {
    scale: label,
    files: paths.length,
    rows,
    mb: bytes / 1e6,
    runs: RUNS,
    duckdbReadyMs: ready.duration,
    duckdbReadyFromNavigationMs: ready.startTime + ready.duration,
    warmUpMs,
    firstIngestMs: ingests[0],
    ingestMs,
    ingestRuns: ingests.map(Math.round),
    tablesMs: median(tables),
    modelMs: median(models),
    ...memory,
    rowsPerSecond: rows / (ingestMs / 1000),
    mbPerSecond: bytes / 1e6 / (ingestMs / 1000),
    bareReadCsvMs: baselineMs,
    ingestOverBareReadCsv: ingestMs / baselineMs,
    longestMainThreadTaskMs: longestTaskMs,
    loadRefused: failed > 0,
  };
}

// BENCH_SCALES=demo,SSDA903: only the scales whose label starts with one of these words
const nationalDir = join(ROOT, 'data/national');
const wanted = (label: string) =>
  !process.env.BENCH_SCALES || process.env.BENCH_SCALES.split(',').includes(label.split(' ')[0]);
if (wanted('national') && (!existsSync(nationalDir) || csvPaths(nationalDir).length === 0)) {
  console.log('generating the national-scale set (data/national/)...');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/generate-demo.ts'), '--scale', 'national'],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await build({ root: ROOT, logLevel: 'warn' });
const app = await startApp();
try {
  const results = [];
  const scales = [
    ['demo', join(ROOT, 'data/demo')],
    ['demo as SSDA903 returns', join(ROOT, 'data/demo-903')],
    ['SSDA903 sample', join(ROOT, '..', 'shared', 'data', 'ssda903-sample')],
    ['national', nationalDir],
  ] as const;
  for (const [label, dir] of scales.filter(([l]) => wanted(l))) {
    const paths = csvPaths(dir);
    console.log(
      `${label}: ${paths.length} files, ${(paths.reduce((n, p) => n + statSync(p).size, 0) / 1e6).toFixed(1)} MB`,
    );
    results.push(await benchScale((p) => app.openPage(p), label, paths));
  }
  console.table(
    results.map((r) => ({
      scale: r.scale,
      rows: r.rows,
      MB: r.mb.toFixed(1),
      'DuckDB ready ms': Math.round(r.duckdbReadyMs),
      'warm-up ms': Math.round(r.warmUpMs),
      'first ingest ms': Math.round(r.firstIngestMs),
      'ingest ms (median)': Math.round(r.ingestMs),
      'of which read+check+tables ms': Math.round(r.tablesMs),
      'model ms': Math.round(r.modelMs),
      'rows/s': Math.round(r.rowsPerSecond),
      'MB/s': r.mbPerSecond.toFixed(1),
      'bare read_csv ms': Math.round(r.bareReadCsvMs),
      'ingest / bare read_csv': r.ingestOverBareReadCsv.toFixed(2),
      'longest main-thread task ms': Math.round(r.longestMainThreadTaskMs),
      'DuckDB MB': Math.round(r.duckdbMb),
      'page heap MB': r.pageHeapMb === null ? '-' : Math.round(r.pageHeapMb),
    })),
  );
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(join(ROOT, '.bench/ingest.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
  if (results.some((r) => r.loadRefused)) throw new Error('a benchmark load was refused: see the app');
} finally {
  await app.close();
}
