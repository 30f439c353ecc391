// npm run bench (part 3): the dashboard in Chromium. Time from a filter change to every chart of the
// Key stage 4 view redrawn (median and 95th percentile over 50 changes, none from the cache), at demo and national scale;
// and the time from opening the app to the overview drawn on the demo, beside DuckDB's own start-up; and on the demo
// the same filter changes with an authority chosen (Dudley), whose neighbours, region and published figures are drawn
// beside every trend: the time the comparison adds to a filter change.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { startApp } from '../tests/e2e/harness';

const ROOT = join(import.meta.dirname, '..');
const CHANGES = Number(process.env.BENCH_CHANGES ?? 50);
// BENCH_SCALES=demo skips the national load (about 3 minutes)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

const drawnAfter = (page: Page, t0: number) =>
  page.waitForFunction((t) => performance.getEntriesByName('vsd:view-drawn').some((m) => m.startTime > t), t0, {
    timeout: 120_000,
  });

/**
 * Tick the filter panel's checkboxes one by one, then untick them in the same order: every change is a
 * filter state not seen before, so no result comes from the cache. The click happens inside the page,
 * so the time is the app's alone.
 */
async function filterChanges(page: Page): Promise<number[]> {
  await page.getByText('Filter the cohort').click();
  const count = Math.min(await page.locator('.filters input[type=checkbox]').count(), CHANGES / 2);
  const order = [...Array(count).keys(), ...Array(count).keys()];
  const times: number[] = [];
  for (const i of order) {
    const t0 = await page.evaluate((n) => {
      const t = performance.now();
      (document.querySelectorAll('.filters input[type=checkbox]')[n] as HTMLInputElement).click();
      return t;
    }, i);
    await drawnAfter(page, t0);
    times.push(
      await page.evaluate(
        (t) => performance.getEntriesByName('vsd:view-drawn').find((m) => m.startTime > t)!.startTime - t,
        t0,
      ),
    );
  }
  return times;
}

const duckdbMemoryMb = (page: Page) =>
  page.evaluate(
    `globalThis.vsdBench.db().then((db) => db.query('SELECT (sum(memory_usage_bytes) / 1e6)::DOUBLE AS mb FROM duckdb_memory()')).then((r) => Math.round(r[0].mb))`,
  ) as Promise<number>;

/** From the page's start: the overview drawn, DuckDB ready, and when each step of the load ended. */
async function opening(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('vsd:view-drawn').length > 0, null, {
    timeout: 120_000,
  });
  return page.evaluate(() => {
    const ended: Record<string, number | null> = {};
    for (const step of ['tables', 'model']) {
      const m = performance.getEntriesByName(`vsd:ingest:${step}`)[0];
      ended[`${step}EndedMs`] = m ? m.startTime + m.duration : null;
    }
    return {
      overviewDrawnMs: performance.getEntriesByName('vsd:view-drawn')[0].startTime,
      duckdbReadyMs: (performance.getEntriesByName('vsd:duckdb-ready')[0] as PerformanceMeasure).duration,
      ...ended,
    };
  });
}

await build({ root: ROOT, logLevel: 'warn' });
const app = await startApp();
try {
  const results: Record<string, unknown>[] = [];
  {
    const { page } = await app.openPage('/?demo#/overview');
    const open = await opening(page);
    // A returning visit: the browser has DuckDB's compiled code cached (same profile).
    await page.reload();
    const again = await opening(page);
    await page.goto(`${app.url}/?demo#/ks4`);
    await page.waitForFunction(() => performance.getEntriesByName('vsd:view-drawn').length > 0, null, {
      timeout: 120_000,
    });
    const times = await filterChanges(page);
    results.push({
      scale: 'demo',
      ...open,
      'app share of opening': 1 - open.duckdbReadyMs / open.overviewDrawnMs,
      returningOverviewDrawnMs: again.overviewDrawnMs,
      returningDuckdbReadyMs: again.duckdbReadyMs,
      'app share, returning visit': 1 - again.duckdbReadyMs / again.overviewDrawnMs,
      redrawMedianMs: median(times),
      redrawP95Ms: p95(times),
    });
    await page.close();
  }
  {
    // the same changes on a fresh page, with the authority remembered: its DfE figures load with the first view
    const compared = async (authority: string | null) => {
      const { page } = await app.openPage('/?demo#/ks4');
      await page.evaluate(
        (a) => (a ? localStorage.setItem('vsd-authority', a) : localStorage.removeItem('vsd-authority')),
        authority,
      );
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('vsd:view-drawn').length > 0, null, {
        timeout: 120_000,
      });
      if (authority) await page.locator('[data-series="ks4_att8_avg:neighbours"]').waitFor({ timeout: 120_000 });
      const times = await filterChanges(page);
      await page.close();
      return times;
    };
    // without, with, without again: the baseline brackets the run with the comparison
    const plain = await compared(null);
    const dudley = await compared(JSON.stringify({ name: 'Dudley', code: 'E08000027' }));
    plain.push(...(await compared(null)));
    results.push({
      scale: 'demo, compared with Dudley',
      redrawMedianMs: median(dudley),
      redrawP95Ms: p95(dudley),
      'added median ms': median(dudley) - median(plain),
      'added p95 ms': p95(dudley) - p95(plain),
    });
  }
  if (process.env.BENCH_SCALES !== 'demo') {
    const { page } = await app.openPage('/?bench#/load');
    const dir = join(ROOT, 'data/national');
    await page.locator('input[type=file][multiple]').setInputFiles(
      readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .map((f) => join(dir, f)),
    );
    // a load lands on the Overview
    await page.waitForFunction(() => performance.getEntriesByName('vsd:ingest').length > 0, null, { timeout: 600_000 });
    const switched = await page.evaluate(() => {
      location.hash = '#/ks4';
      return performance.now();
    });
    await drawnAfter(page, switched);
    const before = await duckdbMemoryMb(page);
    const times = await filterChanges(page);
    // each view copies its row sets once; filter changes update them in place, so memory should not grow with changes
    results.push({
      scale: 'national',
      redrawMedianMs: median(times),
      redrawP95Ms: p95(times),
      duckdbMbAtFirstView: before,
      duckdbMbAfterChanges: await duckdbMemoryMb(page),
    });
    await page.close();
  }
  console.table(results);
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(
    join(ROOT, '.bench/dashboard.json'),
    JSON.stringify({ at: new Date().toISOString(), changes: CHANGES, results }, null, 2),
  );
} finally {
  await app.close();
}
