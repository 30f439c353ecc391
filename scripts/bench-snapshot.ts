// npm run bench (part 4): `vsd snapshot` in Node against `vsd report` in the same run, at demo and (when
// data/national/ is there, as part 1 leaves it) national scale. Figures are medians of BENCH_RUNS runs (default 3)
// after one warm-up; the ratio is snapshot / report. Both commands run in-process, end to end but for the writing:
// load the directory, build the model, then the snapshot (national figures, collectRows, makeSnapshot, the source
// hashes) or the report (runReport). "figures" times that last part alone, on one loaded database.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { governorTemplate } from '../src/cli/governor-template';
import { loadDirectory } from '../src/cli/load-dir';
import { nationalFigures } from '../src/cli/national';
import { report } from '../src/cli/report';
import { buildSnapshot, suppressedCells } from '../src/cli/snapshot';
import { runReport } from '../src/lib/measures/report';
import { checkSnapshot } from '../src/lib/snapshot/check';
import { collectRows } from '../src/lib/snapshot/collect';
import { snapshotHtml } from '../src/lib/snapshot/html';
import { makeSnapshot } from '../src/lib/snapshot/snapshot';
import { afterLoad } from '../src/lib/pipeline/after-load';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const out = await fn();
  return [performance.now() - t, out];
}

/** One warm-up, then RUNS timed runs of each, alternating so that both see the same machine. */
async function alternate(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number[], number[]]> {
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    as.push((await time(a))[0]);
    bs.push((await time(b))[0]);
  }
  return [as, bs];
}

async function bench(scale: string, dir: string, template: string) {
  const request = { data: dir, k: 6, authority: 'Bench', as_at: '2025-08-31', load: {} };
  const [snapshots, reports] = await alternate(
    async () => {
      const built = await buildSnapshot(request);
      if (!built.doc) throw new Error(built.problems.join('\n'));
    },
    async () => {
      const out = await report(dir, {});
      if (out.exitCode !== 0) throw new Error(out.problems.join('\n'));
    },
  );

  // the figures alone, on one database loaded as the snapshot loads it
  const { db, outcome } = await loadDirectory(dir);
  if (outcome.fatal) throw new Error(outcome.fatal);
  await afterLoad(db, {
    loaded: outcome.files.filter((f) => f.status === 'loaded'),
    depth: 'bases',
    benchmarks: nationalFigures,
  });
  const settings = { title: 'Bench', authority: 'Bench', as_at: '2025-08-31', k: 6, sources: [] };
  const [figureSnapshots, figureReports] = await alternate(
    async () => makeSnapshot(await collectRows(db), settings),
    () => runReport(db, {}),
  );

  const built = await buildSnapshot(request);
  const doc = built.doc!;
  const json = JSON.stringify(doc);
  checkSnapshot(json);
  const html = snapshotHtml(template, json, doc.title);
  const snapshotMs = median(snapshots);
  const reportMs = median(reports);
  return {
    scale,
    rows: outcome.files.reduce((n, f) => n + f.rows_loaded, 0),
    snapshotMs,
    reportMs,
    snapshotOverReport: snapshotMs / reportMs,
    figuresSnapshotMs: median(figureSnapshots),
    figuresReportMs: median(figureReports),
    figuresOverReport: median(figureSnapshots) / median(figureReports),
    jsonKb: Buffer.byteLength(json + '\n') / 1024,
    htmlKb: Buffer.byteLength(html) / 1024,
    series: doc.series.length,
    breakdowns: doc.breakdowns.length,
    distributions: doc.distributions.length,
    suppressed: suppressedCells(doc),
    snapshotRuns: snapshots.map(Math.round),
    reportRuns: reports.map(Math.round),
  };
}

const [templateMs, template] = await time(() => governorTemplate());
const nationalDir = join(ROOT, 'data/national');
const scales: [string, string][] = [['demo', join(ROOT, 'data/demo')]];
if (existsSync(nationalDir) && readdirSync(nationalDir).some((f) => f.endsWith('.csv')))
  scales.push(['national', nationalDir]);
else console.log('data/national/ is not there (npm run bench makes it in part 1): the demo only');
const results = [];
for (const [scale, dir] of scales) results.push(await bench(scale, dir, template));
console.table(
  results.map((r) => ({
    scale: r.scale,
    rows: r.rows,
    'snapshot ms': Math.round(r.snapshotMs),
    'report ms': Math.round(r.reportMs),
    'snapshot / report': r.snapshotOverReport.toFixed(2),
    'figures: snapshot ms': Math.round(r.figuresSnapshotMs),
    'figures: report ms': Math.round(r.figuresReportMs),
    'figures: snapshot / report': r.figuresOverReport.toFixed(2),
    'JSON KB': Math.round(r.jsonKb),
    'HTML KB': Math.round(r.htmlKb),
    'cells c': r.suppressed,
  })),
);
console.log(
  `governor template: ${Math.round(templateMs)} ms (read from dist/governor.html, or built when src/ is newer)`,
);
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(
  join(ROOT, '.bench/snapshot.json'),
  JSON.stringify({ at: new Date().toISOString(), runs: RUNS, templateMs, results }, null, 2),
);
