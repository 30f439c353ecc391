// The governor view of a published snapshot in the built app: opened by `?snapshot=` (never starting DuckDB) or
// dropped on the Load page; its figures are the dashboard's and `vsd report`'s; no serious axe violation.
import { axe, type Violation } from './axe';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { AREAS } from '../../src/lib/measures/areas';
import { goToView, waitForChart } from './dashboard-helpers';
import { expectNoProblems, type OpenedPage } from './harness';
import { DEMO_AS_AT_LONG, DEMO_AUTHORITY, demoSnapshot, formatted, type DemoSnapshot } from './snapshot-helpers';
import { useApp } from './use-app';

const app = useApp();
const BANNER = `Published snapshot: ${DEMO_AUTHORITY}, as at ${DEMO_AS_AT_LONG}`;
/** What only the dashboard's own start would fetch: DuckDB's wasm and workers, and the ingest worker. */
const DUCKDB_OR_WORKER = /\.wasm(\?|$)|duckdb-browser-[^/]*\.worker[^/]*\.js|prepare\.worker/;

let demo: DemoSnapshot;
beforeAll(async () => {
  demo = await demoSnapshot();
});

/**
 * Opens the served app on `?snapshot=/snapshots/demo.json`, the JSON served same-origin. The route matches the path
 * alone: a glob such as `**\/snapshots/demo.json` would also match the page's own URL, whose query ends the same way.
 * Every request is recorded from the start.
 */
async function openSnapshot(json = demo.json): Promise<OpenedPage & { requests: string[] }> {
  const opened = await app().openPage('about:blank');
  const requests: string[] = [];
  opened.page.on('request', (r) => requests.push(r.url()));
  await opened.page.route(
    (url) => url.pathname === '/snapshots/demo.json',
    (r) => r.fulfill({ body: json, contentType: 'application/json' }),
  );
  await opened.page.goto(new URL(`/?snapshot=/snapshots/demo.json`, app().url).href);
  await opened.page.getByText(BANNER).waitFor();
  return { ...opened, requests };
}

/** The governor's navigation to a view, then its heading. */
async function goToSnapshotView(page: Page, id: string, heading: string): Promise<void> {
  await page.locator(`nav[aria-label="Snapshot views"] a[href="#/${id}"]`).click();
  await page.waitForFunction((h) => location.hash === h, `#/${id}`);
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

/** The overview's tiles as shown: title → value. */
const tiles = (page: Page): Promise<Record<string, string>> =>
  page.locator('.kpi').evaluateAll((ks) =>
    Object.fromEntries(
      ks.map((k) => {
        const value = k.querySelector('.kpi-value')!.cloneNode(true) as HTMLElement;
        value.querySelector('.kpi-symbol')?.remove();
        return [k.querySelector('.kpi-title')!.textContent!.trim(), value.textContent!.trim()];
      }),
    ),
  );

const isNumber = (text: string) => /^-?£?[\d,]+(\.\d+)?%?$/.test(text);

test('?snapshot= shows every area of the snapshot, with no DuckDB, no worker and no console error', async () => {
  const { page, problems, requests } = await openSnapshot();
  expect(await page.getByRole('status').innerText()).toBe(BANNER);
  await page.getByRole('heading', { level: 1, name: demo.doc.title }).waitFor();
  expect(await page.locator('.kpi').count()).toBeGreaterThanOrEqual(8);

  const links = await page
    .locator('nav[aria-label="Snapshot views"] a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const areaIds = links.map((h) => h.slice(2)).filter((id) => AREAS.some((a) => a.id === id));
  // the demo has data for every area view
  expect(areaIds).toEqual(AREAS.map((a) => a.id));
  const panelsPerArea: Record<string, number> = {};
  for (const id of areaIds) {
    await goToSnapshotView(page, id, AREAS.find((a) => a.id === id)!.label);
    await page.locator('[data-panel]').first().waitFor();
    panelsPerArea[id] = await page.locator('[data-panel]').count();
    expect(await page.locator('[data-panel] svg').count(), `#/${id}: a drawn chart`).toBeGreaterThan(0);
    expect(await page.locator('main [role="alert"]').count(), `#/${id}: an error shown`).toBe(0);
  }
  expect(
    Object.values(panelsPerArea).every((n) => n >= 1),
    JSON.stringify(panelsPerArea),
  ).toBe(true);

  await goToSnapshotView(page, 'report', demo.doc.title);
  expect(await page.locator('[data-panel]').count()).toBe(Object.values(panelsPerArea).reduce((a, b) => a + b, 0));

  const forbidden = requests.filter((u) => DUCKDB_OR_WORKER.test(new URL(u).pathname));
  expect(forbidden, 'DuckDB or a worker was fetched').toEqual([]);
  expect(requests.some((u) => new URL(u).pathname === '/snapshots/demo.json')).toBe(true);
  expect(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /\.wasm|worker/.test(n)),
    ),
  ).toEqual([]);
  expectNoProblems(problems);
  await page.close();
});

test('?snapshot= of another origin is refused on the page, and nothing is asked of that origin', async () => {
  const opened = await app().openPage('about:blank');
  const { page } = opened;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // should the app ask anyway, the request is recorded above and goes no further
  await page.route('http://example.com/**', (r) => r.abort());
  await page.goto(new URL('/?snapshot=http://example.com/x.json', app().url).href);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toMatch(/only read from this site.s own address/);
  expect(await page.getByText('Published snapshot:').count()).toBe(0);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('example.com') && !u.startsWith(app().url))).toEqual([]);
  expect(requests.filter((u) => DUCKDB_OR_WORKER.test(u))).toEqual([]);
  expectNoProblems(opened.problems);
  await page.close();
});

test("the governor's figures are the dashboard's unsuppressed figures and vsd report's", async () => {
  const governor = await openSnapshot();
  await governor.page.locator('.kpi').first().waitFor();
  const shown = await tiles(governor.page);

  const dashboard = await app().openPage('/?demo#/overview');
  await waitForChart(dashboard.page, '.kpi svg');
  const exact = await tiles(dashboard.page);

  const compared: string[] = [];
  const differ: string[] = [];
  for (const [title, value] of Object.entries(shown)) {
    if (!(title in exact) || !isNumber(value) || !isNumber(exact[title])) continue;
    compared.push(title);
    if (value !== exact[title]) differ.push(`${title}: governor ${value}, dashboard ${exact[title]}`);
  }
  expect(differ).toEqual([]);
  expect(compared.length, `tiles compared: ${compared.join('; ')}`).toBeGreaterThanOrEqual(8);

  // `vsd report` of data/demo, no filter: the latest period of a measure, formatted as the governor shows it
  const latest = (id: string) => {
    const rows = demo.report.rows
      .filter((r) => r.measure === id && r.group === undefined)
      .sort((a, b) => a.period.localeCompare(b.period));
    const row = rows.at(-1);
    if (!row || row.value === null) throw new Error(`vsd report has no latest ${id}`);
    return { period: row.period, value: row.value };
  };
  const roll = latest('roll_n');
  expect(await governor.page.locator('main p.lead').first().innerText()).toBe(
    `${formatted(roll.value, 0)} children on the virtual school roll in ${roll.period}.`,
  );
  for (const [id, title, decimals, suffix] of [
    ['ks4_att8_avg', 'Attainment 8', 1, ''],
    ['abs_overall_pct', 'Overall absence', 1, '%'],
    ['pep_good_pct', 'PEPs rated good or better', 1, '%'],
    ['susp_rate_per100', 'Suspensions per 100 pupils', 2, ''],
  ] as const) {
    const r = latest(id);
    expect(shown[`${title}, ${r.period}`], `${id} ${r.period}`).toBe(`${formatted(r.value, decimals)}${suffix}`);
  }
  expectNoProblems(governor.problems);
  expectNoProblems(dashboard.problems);
  await governor.page.close();
  await dashboard.page.close();
});

test('a snapshot dropped on the Load page opens read-only and closes back to the loaded data; a JSON that is not one is refused', async () => {
  const { page, problems } = await app().openPage('/?demo#/overview');
  await waitForChart(page, '.kpi svg');
  const before = await tiles(page);
  expect(Object.keys(before).length).toBeGreaterThanOrEqual(8);
  const rowsLoaded = async () => {
    await goToView(page, 'load');
    return page.locator('section[aria-labelledby="loaded-tables"] tbody').innerText();
  };
  const loaded = await rowsLoaded();
  expect(await page.locator('tr[data-table="pupils"] td').innerText()).toMatch(/^[\d,]+$/);

  const input = page.locator('section[aria-label="Drop CSV files here"] input[type=file][multiple]');
  await input.setInputFiles({
    name: 'demo-snapshot.json',
    mimeType: 'application/json',
    buffer: Buffer.from(demo.json),
  });
  await page.getByText(BANNER).waitFor();
  await page.getByRole('heading', { level: 1, name: demo.doc.title }).waitFor();
  expect(await page.locator('nav[aria-label="Views"]').count()).toBe(0);
  // read-only: nothing to drop or filter on the governor view
  expect(await page.locator('input[type=file]').count()).toBe(0);
  await page.getByRole('button', { name: 'Close the snapshot' }).click();
  await page.locator('nav[aria-label="Views"]').waitFor();
  expect(await page.getByText(BANNER).count()).toBe(0);
  expect(await rowsLoaded()).toBe(loaded);
  await goToView(page, 'overview');
  expect(await tiles(page)).toEqual(before);

  await goToView(page, 'load');
  await input.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schema":"other"}'),
  });
  const refusal = page.locator('main [role="alert"]').filter({ hasText: 'snapshot' });
  await refusal.waitFor();
  expect(await refusal.innerText()).toMatch(/cannot be opened.*schema/s);
  expect(await page.getByText(BANNER).count()).toBe(0);
  expect(await rowsLoaded()).toBe(loaded);
  await goToView(page, 'overview');
  expect(await tiles(page)).toEqual(before);
  expectNoProblems(problems);
  await page.close();
});

test('no serious or critical axe violation on the governor overview, Key stage 4 and the annual report', async () => {
  const { page, problems } = await openSnapshot();
  const found: string[] = [];
  const check = async (where: string) => {
    for (const v of await axe(page)) {
      if (v.impact === 'serious' || v.impact === 'critical') {
        found.push(
          `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} node(s): ${v.nodes
            .slice(0, 3)
            .map((n) => JSON.stringify(n.target))
            .join(', ')}`,
        );
      }
    }
  };
  await page.locator('.kpi svg').first().waitFor();
  await check('#/overview');
  await goToSnapshotView(page, 'ks4', 'Key stage 4');
  await page.locator('[data-panel] svg').first().waitFor();
  await check('#/ks4');
  await goToSnapshotView(page, 'report', demo.doc.title);
  await page.locator('[data-panel] svg').first().waitFor();
  await check('#/report');
  expect(found, `serious/critical axe violations:\n  - ${found.join('\n  - ')}`).toEqual([]);
  expectNoProblems(problems);
  await page.close();
});
