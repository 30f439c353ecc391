// The dashboard views on the demo authority: every view draws, a missing table is named,
// Download "CSV (table)" matches the table twin, and the page prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { AREAS } from '../../src/lib/measures/areas';
import { csvRows } from '../fixtures/csv';
import { chooseDownload, goToView, ROOT, showTable, waitForChart } from './dashboard-helpers';
import { expectNoProblems, type OpenedPage } from './harness';
import { landed, openLoadPage } from './load-helpers';
import { useApp } from './use-app';

const app = useApp();

/** One demo page shared by the tests below that only read it (the demo takes seconds to load). */
let shared: Promise<OpenedPage> | undefined;
const demoPage = () =>
  (shared ??= app()
    .openPage('/?demo#/overview')
    .then(async (opened) => {
      await waitForChart(opened.page, '.kpi svg');
      return opened;
    }));

test('every dashboard view draws at least one chart on the demo data', async () => {
  const { page, problems } = await demoPage();
  expect(await page.locator('.kpi svg').count()).toBeGreaterThan(0);
  const failures: string[] = [];
  for (const area of AREAS) {
    // Every view is visited, so that one failure report lists all the broken views.
    try {
      await goToView(page, area.id);
      const drawn = page.locator('article[data-panel]').filter({ has: page.locator('svg') });
      if ((await drawn.count()) === 0) failures.push(`#/${area.id}: no panel with a chart`);
      if (await page.locator('p.missing').count()) failures.push(`#/${area.id}: says a file is missing on the demo`);
    } catch (e) {
      failures.push(e instanceof Error ? e.message.split('\n')[0] : String(e));
    }
  }
  expect(failures).toEqual([]);
  expectNoProblems(problems);
});

test('a view whose table is not loaded says which file to load', async () => {
  const { page, problems } = await app().openPage('/');
  await page
    .locator('input[type=file][multiple]')
    .setInputFiles(['pupils.csv', 'care_periods.csv'].map((f) => join(ROOT, 'data/demo', f)));
  await landed(page);
  await page.locator('nav[aria-label="Views"] a[href="#/ks4"]').click();
  const notice = page.getByText('ks4_results.csv');
  await notice.waitFor();
  expect(await notice.innerText()).toContain('This view needs ks4_results.csv');
  expect(await page.locator('article[data-panel]').count()).toBe(0);
  expectNoProblems(problems);
});

test('Download "CSV (table)" gives exactly the rows of the table twin', async () => {
  const { page, problems } = await demoPage();
  await goToView(page, 'ks4');
  const panels = ['ks4_att8_avg', 'ks4_att8_avg-by-sex', 'ks4_att8_avg-by-sen_provision'];
  for (const id of panels) {
    const panel = page.locator(`article[data-panel="${id}"]`);
    const table = await showTable(panel);
    expect(table.rows.length, `${id}: rows in the table`).toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await chooseDownload(panel, 'CSV (table)');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${id}.csv`);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.endsWith('\r\n'), `${id}: CRLF line ends`).toBe(true);
    expect(csvRows(csv), id).toEqual([table.columns, ...table.rows]);
  }
  // A stacked panel too, whose cells hold "n (x%)".
  await goToView(page, 'peps');
  const stack = page.locator('article[data-panel="pep_n-stack"]');
  const table = await showTable(stack);
  const download = page.waitForEvent('download');
  await chooseDownload(stack, 'CSV (table)');
  expect(csvRows(readFileSync((await (await download).path())!, 'utf8'))).toEqual([table.columns, ...table.rows]);
  expectNoProblems(problems);
});

test('#/ks4 prints to a multi-page A4 PDF', async () => {
  const { page, problems } = await demoPage();
  await goToView(page, 'ks4');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: null });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length, 'pages in the PDF').toBeGreaterThan(1);
  expectNoProblems(problems);
});
