// npm run bench (part 6): the Pupils view at national scale (about 80,000 children) in Chromium. The time from
// opening #/pupils, the data loaded and the dashboard idle, to its first rows in the DOM; then the re-render after
// a sort (a header's sort button), a search keystroke and a cohort filter change (a checkbox of the filter panel):
// median and 95th percentile of BENCH_REPEATS (default 20) actions of each after BENCH_WARMUP (default 3) discarded.
// Each time is taken inside the page: from just before the click or keystroke (dispatched in the page, so the time
// is the app's alone) to the DOM showing the new state (a MutationObserver sees the first row or the count line
// change, the table no longer marked busy: "DOM"), and to the end of the frame that paints it (the task after the next animation frame: "painted",
// which the goals are read against). Beside each, a baseline measured in the same page: DuckDB's own time for the
// query behind it (the year's pupil rows; the filter's ids), run bare through the bench hook.
// Memory: the page's JS heap (performance.memory, precise, after a forced GC) and DuckDB's memory_usage, before the
// view is opened, with its rows, and after every action.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import type { Filter } from '../src/lib/measures/filter';
import { pupilIdsSql, pupilRowsSql } from '../src/lib/measures/pupil-rows-sql';
import { startServer } from '../tests/e2e/harness';

const ROOT = join(import.meta.dirname, '..');
const REPEATS = Number(process.env.BENCH_REPEATS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const GOALS = { sort: 100, search: 100, filter: 300 } as const;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
const round = (x: number) => Math.round(x * 10) / 10;

/** Installed once in the page (hash routes keep the document): act, then wait for the DOM to change and be painted. */
const PAGE_HELPERS = `(() => {
  const row = () => document.querySelector('tbody tr[data-index]');
  const state = () => (row()?.textContent ?? '') + '|' + (document.querySelector('p.count')?.textContent ?? '');
  const painted = (t0, dom, resolve) => requestAnimationFrame(() => {
    const frame = performance.now();
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve({ dom: dom - t0, frame: frame - t0, painted: performance.now() - t0 });
    ch.port2.postMessage(0);
  });
  const actions = {
    sort: (label) => [...document.querySelectorAll('thead th button.sort')].find((b) => b.textContent.trim().startsWith(label)).click(),
    search: (text) => {
      const input = document.querySelector('input[type=search]');
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    filter: ([legend, value]) => {
      const set = [...document.querySelectorAll('.filters fieldset')].find((f) => f.querySelector('legend').textContent.trim() === legend);
      [...set.querySelectorAll('label')].find((l) => l.textContent.trim() === value).querySelector('input').click();
    },
    open: () => { location.hash = '#/pupils'; },
  };
  /** resolves null when nothing changed within timeoutMs (the action left the shown rows as they were) */
  globalThis.benchAct = (kind, arg, timeoutMs) => new Promise((resolve) => {
    const before = kind === 'open' ? null : state();
    // the new rows, not the busy state shown while they load
    const busy = () => document.querySelector('.virtual-table[aria-busy="true"]') !== null;
    const changed = () => !busy() && (kind === 'open' ? row() !== null : state() !== before);
    let done = false;
    const observer = new MutationObserver(() => {
      if (done || !changed()) return;
      done = true;
      observer.disconnect();
      painted(t0, performance.now(), resolve);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const t0 = performance.now();
    actions[kind](arg);
    setTimeout(() => { if (!done) { done = true; observer.disconnect(); resolve(null); } }, timeoutMs);
  });
  globalThis.benchIdle = () => new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 2000 })));
  globalThis.benchQuery = async (sql, params, runs) => {
    const db = await globalThis.vsdBench.db();
    const times = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      rows = (await db.query(sql, params)).length;
      times.push(performance.now() - t);
    }
    return { times, rows };
  };
  globalThis.benchMemory = async () => {
    gc();
    const db = await globalThis.vsdBench.db();
    const r = await db.query('SELECT (sum(memory_usage_bytes) / 1e6)::DOUBLE AS mb FROM duckdb_memory()');
    return { heapMb: performance.memory.usedJSHeapSize / 1e6, duckdbMb: r[0].mb };
  };
})()`;

interface Timing {
  dom: number;
  frame: number;
  painted: number;
}
type Kind = 'sort' | 'search' | 'filter' | 'open';

const act = (page: Page, kind: Kind, arg: unknown, timeoutMs = 30_000) =>
  page.evaluate(
    ([k, a, t]) =>
      (globalThis as unknown as { benchAct(k: unknown, a: unknown, t: unknown): Promise<Timing | null> }).benchAct(
        k,
        a,
        t,
      ),
    [kind, arg, timeoutMs] as const,
  );
const idle = (page: Page) => page.evaluate(() => (globalThis as unknown as { benchIdle(): Promise<void> }).benchIdle());
const memory = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { benchMemory(): Promise<{ heapMb: number; duckdbMb: number }> }).benchMemory(),
  );
const query = (page: Page, sql: string, params: readonly unknown[], runs: number) =>
  page.evaluate(
    ([s, p, n]) =>
      (
        globalThis as unknown as {
          benchQuery(s: unknown, p: unknown, n: unknown): Promise<{ times: number[]; rows: number }>;
        }
      ).benchQuery(s, p, n),
    [sql, params, runs] as const,
  );

/**
 * WARMUP + REPEATS actions, each arg(i) for the i-th; the warm-up ones are dropped. An action after which nothing shown
 * changed within 2 s (a search matching the same rows) is counted apart, not timed.
 */
async function series(page: Page, kind: Kind, arg: (i: number) => unknown) {
  const times: (Timing & { i: number })[] = [];
  let unchanged = 0;
  for (let i = 0; i < WARMUP + REPEATS; i++) {
    const t = await act(page, kind, arg(i), 2_000);
    await idle(page);
    if (t === null) unchanged++;
    else if (i >= WARMUP) times.push({ ...t, i });
  }
  return { times, unchanged };
}

const nationalDir = join(ROOT, 'data/national');
const csvs = () =>
  existsSync(nationalDir)
    ? readdirSync(nationalDir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : [];
if (csvs().length === 0) {
  console.log('generating the national-scale set (data/national/)...');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/generate-demo.ts'), '--scale', 'national'],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await build({ root: ROOT, logLevel: 'warn' });
const server = await startServer();
// The harness's browser, with a precise JS heap size and a GC the page can force (for the memory figures).
const profile = await mkdtemp(join(tmpdir(), 'vsd-bench-pupils-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    '--disable-dev-shm-usage',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
try {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/?bench#/load`);
  await page.waitForFunction(() => 'vsdBench' in globalThis, null, { timeout: 120_000 });
  await page.evaluate(() => (globalThis as unknown as { vsdBench: { warmUp(): Promise<void> } }).vsdBench.warmUp());
  console.log(`loading data/national/ (${csvs().length} files)...`);
  const loadStarted = Date.now();
  const drawn = await page.evaluate(() => performance.getEntriesByName('vsd:view-drawn').length);
  await page.locator('input[type=file][multiple]').setInputFiles(csvs().map((f) => join(nationalDir, f)));
  await page.waitForFunction(() => performance.getEntriesByName('vsd:ingest').length > 0, null, { timeout: 900_000 });
  const loadS = (Date.now() - loadStarted) / 1000;
  // a load lands on the Overview: wait for it drawn, then idle
  await page.waitForFunction((n) => performance.getEntriesByName('vsd:view-drawn').length > n, drawn, {
    timeout: 300_000,
  });
  await page.evaluate(PAGE_HELPERS);
  await page.waitForTimeout(2_000);
  await idle(page);
  const before = await memory(page);

  const open = await act(page, 'open', null, 300_000);
  if (!open) throw new Error('the Pupils view showed no row');
  await page.locator('p.count', { hasText: 'Showing' }).waitFor({ timeout: 60_000 });
  const countLine = (await page.locator('p.count').textContent())!.trim();
  const year = /in (\d{4}\/\d{2})/.exec(countLine)?.[1];
  if (!year) throw new Error(`no year in the count line: ${countLine}`);
  await page.waitForTimeout(1_000);
  await idle(page);
  const withRows = await memory(page);

  // Opened again, its rows held: to #/overview and back, no query.
  const reopens: Timing[] = [];
  for (let i = 0; i < WARMUP + REPEATS / 2; i++) {
    const n = await page.evaluate(() => performance.getEntriesByName('vsd:view-drawn').length);
    await page.evaluate(() => {
      location.hash = '#/overview';
    });
    await page.waitForFunction((m) => performance.getEntriesByName('vsd:view-drawn').length > m, n, {
      timeout: 120_000,
    });
    await idle(page);
    const t = await act(page, 'open', null, 60_000);
    if (t && i >= WARMUP) reopens.push(t);
    await page.locator('p.count', { hasText: 'Showing' }).waitFor();
    await idle(page);
  }

  // A search keystroke: type a school reference's digits one by one, then delete them one by one (each step shows
  // other rows); once with the rows in their own order, once sorted by child (the sort runs again on each keystroke).
  const typed = ['4', '42', '429', '4291', '42915', '4291', '429', '42', '4', ''];
  const search = await series(page, 'search', (i) => typed[i % typed.length]);
  await act(page, 'search', '', 2_000);
  // A sort: each column twice (ascending, then descending), column after column. The very first (Child, ascending)
  // shows the rows in the order they came, so nothing changes: a warm-up, reported as "no change".
  const sortColumns = ['Child', 'Attendance %', 'School', 'Next PEP due'];
  const sort = await series(page, 'sort', (i) => sortColumns[Math.floor(i / 2) % sortColumns.length]);
  const childSort = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('thead th')]
        .find((th) => th.textContent!.trim().startsWith('Child'))!
        .getAttribute('aria-sort'),
    );
  while ((await childSort()) !== 'ascending') {
    await act(page, 'sort', 'Child', 2_000);
    await idle(page);
  }
  const searchSorted = await series(page, 'search', (i) => typed[i % typed.length]);
  await act(page, 'search', '', 2_000);
  await idle(page);

  // A filter change: tick one value, untick it, then the next value (the rows sorted by child). Nothing else is ticked.
  await page.getByText('Filter the cohort').click();
  /** the filter panel's legend, the box's label, and the value it stands for */
  const ticks: [string, string, string][] = [
    ['Key stage', 'Key stage 4', 'KS4'],
    ['Sex', 'Female', 'F'],
    ['Key stage', 'Key stage 3', 'KS3'],
    ['Sex', 'Male', 'M'],
    ['Key stage', 'Key stage 2', 'KS2'],
  ];
  const filter = await series(page, 'filter', (i) => ticks[Math.floor(i / 2) % ticks.length].slice(0, 2));
  const after = await memory(page);

  // Baselines in the same page: DuckDB's own time for the queries behind the view (bare, through the bench hook).
  const rowsSql = pupilRowsSql({}, year);
  const rowsQuery = await query(page, rowsSql.sql, rowsSql.params, 3);
  const idsTimes: number[] = [];
  for (const [legend, , value] of ticks) {
    const key = ({ 'Key stage': 'key_stage', Sex: 'sex' } as const)[legend]!;
    const ids = pupilIdsSql({ [key]: [value] } as Filter, year);
    idsTimes.push(...(await query(page, ids.sql, ids.params, 4)).times);
  }

  const pct = (t: Timing[], k: keyof Timing) => ({ median: median(t.map((x) => x[k])), p95: p95(t.map((x) => x[k])) });
  const row = (
    what: string,
    s: { times: Timing[]; unchanged?: number },
    goal: number | null,
    baseline: { label: string; ms: number } | null,
  ) => {
    const painted = pct(s.times, 'painted');
    const dom = pct(s.times, 'dom');
    return {
      what,
      n: s.times.length,
      'DOM median ms': round(dom.median),
      'DOM p95 ms': round(dom.p95),
      'painted median ms': round(painted.median),
      'painted p95 ms': round(painted.p95),
      goal: goal === null ? '' : `p95 < ${goal}: ${painted.p95 < goal ? 'met' : 'MISSED'}`,
      baseline: baseline ? `${baseline.label} ${round(baseline.ms)} ms` : '',
      'median / baseline': baseline ? round(painted.median / baseline.ms) : '',
      ...(s.unchanged ? { 'no change (not timed)': s.unchanged } : {}),
    };
  };
  const rowsQueryMs = median(rowsQuery.times);
  const idsQueryMs = median(idsTimes);
  const results = [
    {
      what: 'first rows (one opening)',
      n: 1,
      'DOM median ms': round(open.dom),
      'DOM p95 ms': '',
      'painted median ms': round(open.painted),
      'painted p95 ms': '',
      goal: '',
      baseline: `rows query ${round(rowsQueryMs)} ms`,
      'median / baseline': round(open.painted / rowsQueryMs),
    },
    row('opened again (rows held)', { times: reopens }, null, null),
    row('search keystroke', search, GOALS.search, null),
    row('sort', sort, GOALS.sort, null),
    row('search keystroke, sorted', searchSorted, GOALS.search, null),
    row('filter change', filter, GOALS.filter, null),
    // ticking a value runs the ids query; unticking the last one leaves no filter, and no query
    row('  of which: tick', { times: filter.times.filter((t) => t.i % 2 === 0) }, null, {
      label: 'ids query',
      ms: idsQueryMs,
    }),
    row('  of which: untick', { times: filter.times.filter((t) => t.i % 2 === 1) }, null, null),
  ];
  const memoryRows = [
    { when: 'before opening the view', 'JS heap MB': round(before.heapMb), 'DuckDB MB': round(before.duckdbMb) },
    { when: 'view open, rows held', 'JS heap MB': round(withRows.heapMb), 'DuckDB MB': round(withRows.duckdbMb) },
    { when: 'after every action', 'JS heap MB': round(after.heapMb), 'DuckDB MB': round(after.duckdbMb) },
  ];
  console.log(
    `Pupils view, national scale: ${countLine.split('.')[0]} (${year}); data loaded in ${Math.round(loadS)} s. ` +
      `${REPEATS} actions of each after ${WARMUP} warm-up; "painted": to the end of the frame that shows it (goals read against its p95).`,
  );
  console.table(results);
  console.table(memoryRows);
  if (errors.length) console.log(`page errors:\n  ${errors.join('\n  ')}`);
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(
    join(ROOT, '.bench/pupils.json'),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        repeats: REPEATS,
        warmup: WARMUP,
        year,
        countLine,
        loadSeconds: loadS,
        goals: GOALS,
        results,
        memory: memoryRows,
        raw: { open, reopens, search, sort, searchSorted, filter, rowsQueryMs: rowsQuery.times, idsQueryMs: idsTimes },
      },
      null,
      2,
    ),
  );
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
  await server.close();
}
