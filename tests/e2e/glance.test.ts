// The dashboard reads at a glance: words instead of codes on every view, categories in their natural order as drawn,
// and the Chart | Table tabs by keyboard.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { rawCodes } from '../../src/lib/contract';
import { AREAS } from '../../src/lib/measures/areas';
import { VIEWS } from '../../src/views/nav';
import { axe } from './axe';
import { goToView, waitForChart } from './dashboard-helpers';
import { demoRows, waitForRows } from './pupils-helpers';
import { demoSnapshot } from './snapshot-helpers';
import { expectNoProblems } from './harness';
import { useApp } from './use-app';

const app = useApp();
const CODES = rawCodes();

/** Every code of the contract that a page shows as a whole word, with where it stands. */
async function codesShown(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const svgText = [...document.querySelectorAll('main svg text, main svg title, main svg desc')].map(
      (t) => t.textContent ?? '',
    );
    const labels = [...document.querySelectorAll('main [aria-label]')].map((e) => e.getAttribute('aria-label') ?? '');
    return [document.body.innerText, ...svgText, ...labels];
  });
  const found: string[] = [];
  for (const code of CODES) {
    const word = new RegExp(`(?<![A-Za-z0-9_])${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_+])`); // PP+ is pupil premium plus, not the reason PP
    const where = text.find((t) => word.test(t));
    if (where !== undefined)
      found.push(
        `${code} in "${where.slice(Math.max(0, where.search(word) - 40), where.search(word) + 40).replace(/\s+/g, ' ')}"`,
      );
  }
  return found;
}

test('no raw code of the contract is visible as a label on any view, with its tables and filters open', async () => {
  const { page, problems } = await app().openPage('/?demo#/overview');
  await waitForChart(page, '.kpi svg');
  const found: string[] = [];
  // Help is the one page that shows the codes a file must hold, each with its words
  for (const v of VIEWS.filter((v) => v.id !== 'help')) {
    await goToView(page, v.id);
    if (AREAS.some((a) => a.id === v.id) || v.id === 'overview') {
      const details = page.locator('section[aria-label="Filters"] details');
      if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
      const tabs = page
        .locator('article[data-panel]')
        .getByRole('tab', { name: 'Table', exact: true, selected: false });
      while (await tabs.count()) await tabs.first().click();
    }
    for (const f of await codesShown(page)) found.push(`#/${v.id}: ${f}`);
  }
  // a child's page, reached from the Pupils list
  await goToView(page, 'pupils');
  await page.locator('tbody tr[data-index] a').first().click();
  await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Show table' }).first().click();
  for (const f of await codesShown(page)) found.push(`child page: ${f}`);
  expect(found).toEqual([]);
  expectNoProblems(problems);
});

/** The groups of a bar chart or a stack's legend, in the order drawn. */
const barLabels = (page: Page, panel: string) =>
  page
    .locator(`article[data-panel="${panel}"] g.bar`)
    .evaluateAll((bars) => bars.map((b) => (b.getAttribute('aria-label') ?? '').replace(/: .*$/, '')));
const legend = (page: Page, panel: string) =>
  page.locator(`article[data-panel="${panel}"] .chart-legend li`).allInnerTexts();

test('draws quality ratings, terms and months in their natural order', async () => {
  const { page, problems } = await app().openPage('/?demo#/peps');
  await waitForChart(page);
  expect((await legend(page, 'pep_n-stack')).map((s) => s.trim())).toEqual([
    'Gold',
    'Green',
    'Amber',
    'Red',
    'Not rated',
  ]);
  expect(await barLabels(page, 'pep_completed_pct-by-term')).toEqual(['Autumn', 'Spring', 'Summer']);
  await goToView(page, 'ehe');
  const months = await barLabels(page, 'ehe_started_n-by-month');
  const academic = [
    'September',
    'October',
    'November',
    'December',
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
  ];
  expect(months.length).toBeGreaterThan(6);
  expect(months).toEqual(academic.filter((m) => months.includes(m)));
  expect(months[0]).toBe('September');
  expectNoProblems(problems);
});

test('the Chart | Table tabs work by keyboard', async () => {
  const { page, problems } = await app().openPage('/?demo#/ks4');
  await waitForChart(page);
  const panel = page.locator('article[data-panel="ks4_att8_avg"]');
  const chartTab = panel.getByRole('tab', { name: 'Chart', exact: true });
  await chartTab.focus();
  await page.keyboard.press('ArrowRight');
  const tableTab = panel.getByRole('tab', { name: 'Table', exact: true });
  expect(await tableTab.getAttribute('aria-selected')).toBe('true');
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Table');
  await panel.locator('table').waitFor();
  expect(await panel.locator('table tbody tr').count()).toBeGreaterThan(1);
  await page.keyboard.press('Home');
  expect(await chartTab.getAttribute('aria-selected')).toBe('true');
  expect(await panel.locator('svg').first().isVisible()).toBe(true);
  expect(await panel.locator('table').isVisible()).toBe(false);
  expectNoProblems(problems);
});

test('the navigation fits one line at 1366 px and folds into a Menu button under 700 px, every page still a link in its markup', async () => {
  const { page, problems } = await app().openPage('about:blank');
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto(new URL('/?demo#/overview', app().url).href);
  await waitForChart(page, '.kpi svg');
  const nav = page.getByRole('navigation', { name: 'Views' });
  const menu = nav.getByRole('button', { name: 'Menu' });
  expect(await menu.isVisible()).toBe(false);
  const tops = await nav
    .locator('ul')
    .first()
    .locator('a')
    .evaluateAll((as) => [...new Set(as.map((a) => Math.round(a.getBoundingClientRect().top)))]);
  expect(tops.length).toBe(1);
  for (const label of ['Load data', 'Data quality', 'Help'])
    expect(await nav.getByRole('link', { name: label }).isVisible()).toBe(true);

  await page.setViewportSize({ width: 390, height: 800 });
  expect(await menu.isVisible()).toBe(true);
  expect(await menu.getAttribute('aria-expanded')).toBe('false');
  expect(await nav.getByRole('link', { name: 'PEPs' }).isVisible()).toBe(false);
  expect(await nav.locator('a[href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    VIEWS.map((v) => `#/${v.id}`),
  );
  await menu.click();
  expect(await menu.getAttribute('aria-expanded')).toBe('true');
  await nav.getByRole('link', { name: 'PEPs' }).click();
  await page.waitForFunction(() => location.hash === '#/peps');
  expect(await menu.getAttribute('aria-expanded')).toBe('false');
  expectNoProblems(problems);
});

const serious = async (page: Page) =>
  (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("a child's page and the governor view reflow at 320 px, and axe finds nothing serious there in dark mode", async () => {
  const { page, problems } = await app().openPage('about:blank');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(new URL('/?demo#/pupils/C000029', app().url).href);
  await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor({ timeout: 60_000 });
  expect(await sideways(page)).toBe(0);
  expect(await serious(page)).toEqual([]);

  const { json } = await demoSnapshot();
  await page.route(
    (url) => url.pathname === '/snapshots/demo.json',
    (r) => r.fulfill({ body: json, contentType: 'application/json' }),
  );
  await page.goto(new URL('/?snapshot=/snapshots/demo.json', app().url).href);
  await page.locator('.kpi svg').first().waitFor({ timeout: 60_000 });
  expect(await sideways(page)).toBe(0);
  expect(await serious(page)).toEqual([]);
  await page.locator('nav a[href="#/peps"]').first().click();
  await page.locator('article[data-panel] svg').first().waitFor();
  expect(await sideways(page)).toBe(0);
  expect(await serious(page)).toEqual([]);
  expectNoProblems(problems);
});

test("a school to challenge opens the Pupils view of that school's children", async () => {
  const { page, problems } = await app().openPage('/?demo#/peps');
  await waitForChart(page);
  const panel = page.locator('article[data-panel="pep_good_pct-by-school"]');
  const worst = panel.locator('ol.schools a').first();
  await worst.click();
  await page.waitForFunction(() => location.hash === '#/pupils');
  const ref = new URLSearchParams(await page.evaluate(() => location.search)).get('school_ref')!;
  expect(ref).toMatch(/^SCH\d+$/);
  await waitForRows(page);
  const expected = await demoRows('2024/25', { school_ref: [ref] });
  expect(expected.length).toBeGreaterThanOrEqual(6);
  expect(await page.locator('p.count').innerText()).toMatch(
    new RegExp(`^Showing ${expected.length} children of ${expected.length} in 2024/25`),
  );
  expect(await page.locator('section[aria-label="Filters"]').innerText()).toContain(`School: ${ref}`);
  expectNoProblems(problems);
});
