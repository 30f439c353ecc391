// npm run bench (part 2b): `vsd validate` in Node, the whole process, beside a bare read_csv of the same files in
// the same run (every file read from disk, registered and read by DuckDB's sniffer into a table, as the browser's
// baseline does). DuckDB's start is left out of both: the process's time on a set of two one-row files is taken off.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDb } from '../src/lib/db/node';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const csvs = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort();

function validateMs(dir: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/vsd.mjs'), 'validate', '--data', dir], {
    encoding: 'utf8',
  });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`vsd validate ${dir} failed: ${r.stderr}`);
  return ms;
}

const tiny = mkdtempSync(join(tmpdir(), 'vsd-bench-'));
writeFileSync(
  join(tiny, 'pupils.csv'),
  'child_id,sex,birth_year_month,ethnicity,sen_provision,uasc\nC1,F,2010-09,WBRI,N,0\n',
);
writeFileSync(
  join(tiny, 'care_periods.csv'),
  'child_id,start_date,end_date,legal_status,placement_type,placement_location\nC1,2020-06-20,,C2,U5,IN_LA\n',
);
validateMs(tiny); // builds vsd when it is stale

const db = await openNodeDb();
await db.registerFile('warm.csv', new TextEncoder().encode('a,b\n1,x\n'));
await db.query("SELECT count(*)::INTEGER AS n FROM read_csv('warm.csv')");
async function bareMs(dir: string): Promise<number> {
  const t = performance.now();
  for (const [i, f] of csvs(dir).entries()) {
    await db.registerFile(`bare_${i}.csv`, new Uint8Array(readFileSync(join(dir, f))));
    await db.exec(`CREATE OR REPLACE TEMP TABLE bare AS SELECT * FROM read_csv('bare_${i}.csv')`);
    await db.query('SELECT count(*)::INTEGER AS n FROM bare');
    await db.exec('DROP TABLE bare');
    await db.dropFile(`bare_${i}.csv`);
  }
  return performance.now() - t;
}

const results = [];
for (const [scale, dir] of [
  ['demo', join(ROOT, 'data/demo')],
  ['national', join(ROOT, 'data/national')],
] as const) {
  const starts: number[] = [];
  const wholes: number[] = [];
  const bares: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    starts.push(validateMs(tiny));
    wholes.push(validateMs(dir));
    bares.push(await bareMs(dir));
  }
  const startMs = median(starts);
  const validate = median(wholes) - startMs;
  results.push({
    scale,
    mb: csvs(dir).reduce((n, f) => n + readFileSync(join(dir, f)).byteLength, 0) / 1e6,
    wholeProcessMs: median(wholes),
    startMs,
    validateMs: validate,
    bareReadCsvMs: median(bares),
    validateOverBareReadCsv: validate / median(bares),
  });
}
console.table(
  results.map((r) => ({
    scale: r.scale,
    MB: r.mb.toFixed(1),
    'vsd validate, whole process ms': Math.round(r.wholeProcessMs),
    'of which start (two one-row files) ms': Math.round(r.startMs),
    'validate without start ms': Math.round(r.validateMs),
    'bare read_csv ms': Math.round(r.bareReadCsvMs),
    'validate / bare read_csv': r.validateOverBareReadCsv.toFixed(2),
  })),
);
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(
  join(ROOT, '.bench/validate.json'),
  JSON.stringify({ at: new Date().toISOString(), runs: RUNS, results }, null, 2),
);
