// npm run bench (part 1): the measures in Node (duckdb-wasm, as the CLI runs them), at demo and national scale.
// Figures are medians, and ratios to a baseline measured in the same run: one plain GROUP BY over attendance.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDirectory } from '../src/cli/load-dir';
import type { Db } from '../src/lib/db/types';
import { validateFilter } from '../src/lib/measures/filter';
import { MEASURES } from '../src/lib/measures/index';
import { buildModel } from '../src/lib/measures/model';
import { runMeasures } from '../src/lib/measures/report';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FILTER_CHANGES = 20;
/** The key stage 4 view: its series are what a filter change re-computes. */
const VIEW = MEASURES.filter((m) => m.base === 'ks4');
const FILTERS: Record<string, string[]>[] = [
  { sex: ['F'] },
  { sex: ['M'] },
  { sen_provision: ['E'] },
  { sen_provision: ['K', 'N'] },
  { placement_location: ['IN_LA'] },
  { uasc: ['1'] },
  { cla12m: ['1'] },
  { ethnicity_group: ['WHITE'] },
  { sex: ['F'], cla12m: ['1'] },
  {},
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function bench(label: string, dir: string) {
  const { db, outcome } = await loadDirectory(dir);
  if (outcome.fatal) throw new Error(outcome.fatal);
  const modelMs = await time(() => buildModel(db));
  const baselineSql = 'SELECT academic_year, sum(sessions_possible) AS s FROM attendance GROUP BY 1';
  const baseline = async (d: Db) => d.query(baselineSql);
  await baseline(db);
  await runMeasures(db, {});
  const baselines: number[] = [];
  const reports: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    baselines.push(await time(() => baseline(db)));
    reports.push(await time(() => runMeasures(db, {})));
  }
  const changes: number[] = [];
  for (let i = 0; i < FILTER_CHANGES; i++) {
    const filter = validateFilter(FILTERS[i % FILTERS.length]);
    changes.push(await time(() => runMeasures(db, filter, VIEW)));
  }
  const b = median(baselines);
  return {
    scale: label,
    rows: outcome.files.reduce((n, f) => n + f.rows_loaded, 0),
    modelMs,
    baselineMs: b,
    fullReportMs: median(reports),
    fullReportOverBaseline: median(reports) / b,
    filterChangeMedianMs: median(changes),
    filterChangeP95Ms: p95(changes),
    filterChangeOverBaseline: median(changes) / b,
  };
}

const nationalDir = join(ROOT, 'data/national');
if (!existsSync(nationalDir) || readdirSync(nationalDir).length === 0) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/generate-demo.ts'), '--scale', 'national'],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const results = [await bench('demo', join(ROOT, 'data/demo')), await bench('national', nationalDir)];
console.table(
  results.map((r) => ({
    scale: r.scale,
    rows: r.rows,
    'model build ms': Math.round(r.modelMs),
    'baseline GROUP BY ms': r.baselineMs.toFixed(1),
    'full report ms': Math.round(r.fullReportMs),
    'report / baseline': r.fullReportOverBaseline.toFixed(1),
    'filter change ms (median)': r.filterChangeMedianMs.toFixed(1),
    p95: r.filterChangeP95Ms.toFixed(1),
    'filter change / baseline': r.filterChangeOverBaseline.toFixed(1),
  })),
);
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(
  join(ROOT, '.bench/measures.json'),
  JSON.stringify({ at: new Date().toISOString(), view: VIEW.map((m) => m.id), results }, null, 2),
);
