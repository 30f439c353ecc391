import { appDb } from './app-db';

/** Read with DuckDB's bare read_csv (no checks): the baseline the checked ingest is compared with. */
async function readCsvBaseline(files: FileList): Promise<{ ms: number; rows: number }> {
  const db = await appDb();
  const started = performance.now();
  let rows = 0;
  for (const [i, file] of [...files].entries()) {
    await db.registerFile(`baseline_${i}.csv`, new Uint8Array(await file.arrayBuffer()));
    await db.exec(`CREATE OR REPLACE TEMP TABLE baseline AS SELECT * FROM read_csv('baseline_${i}.csv')`);
    rows += (await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM baseline'))[0].n;
    await db.exec('DROP TABLE baseline');
    await db.dropFile(`baseline_${i}.csv`);
  }
  return { ms: performance.now() - started, rows };
}

/** The first read_csv of a page is slower than later ones: benchmarks warm up with this. */
async function warmUp(): Promise<void> {
  const db = await appDb();
  await db.registerFile('warm.csv', new TextEncoder().encode('a,b\n1,x\n2,y\n'));
  await db.query("SELECT count(*)::INTEGER AS n FROM read_csv('warm.csv')");
  await db.dropFile('warm.csv');
}

/** Only with `?bench` in the URL: hooks for `npm run bench`. */
export function installBenchHooks(): void {
  Object.assign(globalThis, { vsdBench: { readCsvBaseline, warmUp, db: appDb } });
}
