// npm run bench (part 5): the governor view of the demo authority's published snapshot in Chromium. The size of
// the offline governor HTML file, and the time from opening it (file://, every other request aborted) to the
// overview drawn (a `.kpi` tile visible); the same for the served app opened on `?snapshot=` (the JSON served
// same-origin). Medians of BENCH_RUNS openings (default 5) after one warm-up, each in a new tab.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { snapshotHtml } from '../src/lib/snapshot/html';
import { startApp } from '../tests/e2e/harness';
import { demoSnapshot, governorTemplate } from '../tests/e2e/snapshot-helpers';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/**
 * Opens `url` in a new tab, one warm-up then RUNS times; each time, the ms from the navigation's start to the first
 * `.kpi` tile visible, measured inside the page (performance.now() counts from the navigation's start).
 */
async function openings(context: BrowserContext, url: string): Promise<{ times: number[]; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i <= RUNS; i++) {
    const page = await context.newPage();
    await page.goto(url);
    // checked on every animation frame: the time is the frame's in which the tile is first laid out
    const drawn = await page.waitForFunction(
      () => {
        const tile = document.querySelector('.kpi');
        return tile !== null && tile.getBoundingClientRect().height > 0 ? performance.now() : 0;
      },
      null,
      { timeout: 60_000, polling: 'raf' },
    );
    const ms = (await drawn.jsonValue()) as number;
    if (i > 0) times.push(ms);
    // what the page read: the document and every resource, uncompressed (file:// reports no sizes)
    bytes = await page.evaluate(() =>
      (
        performance
          .getEntriesByType('navigation')
          .concat(performance.getEntriesByType('resource')) as PerformanceResourceTiming[]
      ).reduce((n, e) => n + e.decodedBodySize, 0),
    );
    await page.close();
  }
  return { times, bytes };
}

await build({ root: ROOT, logLevel: 'warn' });
const { doc, json } = await demoSnapshot();
const html = snapshotHtml(governorTemplate(), json, doc.title);
const dir = await mkdtemp(join(tmpdir(), 'vsd-bench-governor-'));
const app = await startApp();
try {
  const file = join(dir, 'demo-governor.html');
  await writeFile(file, html);
  const fileUrl = pathToFileURL(file).href;
  const { context } = app;

  await context.route('file://**', (route) => (route.request().url() === fileUrl ? route.continue() : route.abort()));
  const { times: offline } = await openings(context, fileUrl);
  await context.unrouteAll();

  await context.route(
    (u) => u.pathname === '/snapshots/demo.json',
    (route) => route.fulfill({ body: json, contentType: 'application/json' }),
  );
  const { times: served, bytes: servedBytes } = await openings(context, `${app.url}/?snapshot=/snapshots/demo.json`);
  await context.unrouteAll();

  const results = [
    {
      opened: 'governor HTML, file://',
      sizeKb: kb(Buffer.byteLength(html)),
      readKb: kb(Buffer.byteLength(html)),
      overviewDrawnMedianMs: Math.round(median(offline)),
      minMs: Math.round(Math.min(...offline)),
      maxMs: Math.round(Math.max(...offline)),
    },
    {
      opened: 'app, ?snapshot= (served)',
      sizeKb: kb(Buffer.byteLength(json)),
      readKb: kb(servedBytes),
      overviewDrawnMedianMs: Math.round(median(served)),
      minMs: Math.round(Math.min(...served)),
      maxMs: Math.round(Math.max(...served)),
    },
  ];
  console.log(
    `governor view of the demo snapshot: median of ${RUNS} openings after one warm-up (size: the HTML file, or the snapshot JSON; read: every byte the page loaded)`,
  );
  console.table(results);
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(
    join(ROOT, '.bench/governor.json'),
    JSON.stringify(
      { at: new Date().toISOString(), runs: RUNS, results, offlineMs: offline, servedMs: served },
      null,
      2,
    ),
  );
} finally {
  await app.close();
  await rm(dir, { recursive: true, force: true });
}
