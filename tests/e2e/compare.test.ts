// Comparisons with statistical neighbours and region, and chance, in the built app on the demo authority.
import { expect, test } from 'vitest';
import { showTable, waitForChart } from './dashboard-helpers';
import { expectNoProblems } from './harness';
import { useApp } from './use-app';

const app = useApp();
const PANEL = 'article[data-panel="ks4_att8_avg"]';

test('picking an authority draws its neighbours, region and published figure, with a legend and table twin to match', async () => {
  const { page, problems } = await app().openPage('/?demo#/ks4');
  const laFile: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('la-benchmarks')) laFile.push(r.url());
  });
  await waitForChart(page);
  // the 6 MB file of DfE's local-authority figures is not on the first view's path
  expect(laFile).toEqual([]);
  await page.locator('#compare-authority').fill('Dudley');
  await page.locator('#compare-authority').dispatchEvent('change');
  await page.locator(`${PANEL} [data-series="ks4_att8_avg:neighbours"]`).waitFor();
  expect(laFile).toHaveLength(1);

  const legend = await page.locator(`${PANEL} .chart-legend li`).allInnerTexts();
  expect(legend.map((l) => l.trim())).toEqual([
    'This authority',
    'Children in care nationally',
    'All pupils nationally',
    'Statistical neighbours (average)',
    'West Midlands',
    'Dudley, published by DfE',
  ]);
  const table = await showTable(page.locator(PANEL));
  expect(table.columns).toEqual(['Year', ...legend.map((l) => l.trim())]);
  const latest = table.rows.find((r) => r[0] === '2024/25')!;
  // la-benchmarks.csv, 2024/25, children looked after 12 months: neighbours 18.16, West Midlands 19.3, Dudley 19.7;
  // England 17.3 (national-benchmarks.csv)
  expect(latest.slice(2)).toEqual(['17.3', '46.0', '18.2', '19.3', '19.7']);
  // the local figure with its 95% interval
  expect(latest[1]).toMatch(/^\d+\.\d \(\d+\.\d to \d+\.\d\)$/);
  // 19.7 is 40th of the 149 authorities with a figure; quartiles 15.4, 17.5, 19.8 → band B
  const versus = await page.locator(`${PANEL} .versus`).innerText();
  expect(versus).toContain(
    'Dudley, published by DfE for 2024/25: 19.7, 40th of 149 authorities with a figure, quartile band B',
  );
  expect(versus).toContain('DfE published 19.7 for Dudley');
  await expect.poll(() => page.locator('.compare-with .synthetic').innerText()).toContain("they are not Dudley's");

  // the like-for-like figure: the comparison lines stay, labelled as of all children in care
  await page.getByRole('button', { name: 'Show the local figure for children looked after 12 months' }).first().click();
  await page.waitForFunction(() => location.search.includes('cla12m=1'));
  await waitForChart(page);
  await expect
    .poll(async () => (await page.locator(`${PANEL} .chart-legend li`).allInnerTexts()).map((l) => l.trim()))
    .toContain('Statistical neighbours (average) (all children in care)');
  expect(await page.locator(`${PANEL} .versus`).innerText()).toContain(
    'Both count children looked after for 12 months at 31 March',
  );
  expectNoProblems(problems);
});

test('a change inside its interval is called within normal variation on the Overview', async () => {
  const { page, problems } = await app().openPage('/?demo#/overview');
  await waitForChart(page, '.kpi svg');
  const text = await page.locator('main').innerText();
  expect(text).toMatch(/within normal variation \(with [\d,]+ children, a change of [\d.]+ points? can be chance\)/);
  expectNoProblems(problems);
});
