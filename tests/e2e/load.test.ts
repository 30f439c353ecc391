import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { csvRecords } from '../fixtures/csv';
import { expectNoProblems } from './harness';
import { landed, openLoadPage } from './load-helpers';
import { useApp } from './use-app';

const app = useApp();
const ROOT = join(import.meta.dirname, '..', '..');

/** Data rows of each demo file: the demo is valid, so every one of them should load. */
const demoRows = Object.fromEntries(
  readdirSync(join(ROOT, 'data/demo'))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => [f.replace('.csv', ''), csvRecords(readFileSync(join(ROOT, 'data/demo', f), 'utf8')).length]),
);

const rowsShown = (page: import('playwright-core').Page, table: string) =>
  page.locator(`tr[data-table="${table}"] td`).innerText();

test('loads the demo authority, lands on the Overview with its tiles, and shows the rows of every table on the load page', async () => {
  const { page, problems } = await app().openPage('/');
  await page.getByRole('button', { name: 'Explore the demo authority' }).click();
  expect(await landed(page)).toMatch(/^14 files loaded\. Load more files\./);
  await page.locator('.kpi svg').first().waitFor();
  expect(await page.locator('.kpi').count()).toBeGreaterThanOrEqual(10);
  await openLoadPage(page);
  expect(Object.keys(demoRows).length).toBe(14);
  for (const [table, rows] of Object.entries(demoRows)) {
    expect(await rowsShown(page, table)).toBe(rows.toLocaleString('en-GB'));
  }
  expectNoProblems(problems);
});

test('lists the rejected rows of a dropped file with their line numbers, on top of the demo', async () => {
  const { page, problems } = await app().openPage('/?demo');
  await landed(page);
  await openLoadPage(page);
  await page.locator('input[type=file][multiple]').setInputFiles({
    name: 'exclusions.csv',
    mimeType: 'text/csv',
    buffer: readFileSync(join(ROOT, 'tests/fixtures/bad/exclusions.csv')),
  });
  expect(await landed(page)).toMatch(
    /^1 file loaded; 5 rows rejected in exclusions\.csv; 2 values to check in exclusions\.csv\. See the details in Data quality\./,
  );
  await page.getByRole('link', { name: 'See the details in Data quality' }).click();
  const rejected = page.getByRole('table', { name: 'Rejected rows of exclusions.csv' });
  const lines = await rejected.locator('tbody tr td:first-child').allInnerTexts();
  expect(lines).toEqual(['3', '7', '9', '10', '11']);
  expect(await rejected.locator('tbody tr').first().innerText()).toContain('not a real date');
  // The fixture's children (C1, C2, C9) are not among the demo's pupils: all 4 loaded rows are orphans.
  const summary = page.locator('tr[data-file="exclusions.csv"] td');
  expect(await summary.allInnerTexts()).toEqual(['exclusions', 'loaded', '9', '4', '5', '—', '2', '4']);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download all 5 rejected rows/ }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('file,line,column,value,reason');
  expect(csv.split('\r\n')[1]).toBe('exclusions.csv,3,start_date,31/02/2024,not a real date');
  await openLoadPage(page);
  expect(await page.getByText('Rows were rejected in exclusions.csv').count()).toBe(1);
  expect(await rowsShown(page, 'exclusions')).toBe('4');
  expect(await rowsShown(page, 'pupils')).toBe(demoRows.pupils.toLocaleString('en-GB'));
  expectNoProblems(problems);
});

test('refuses a pupils file holding a UPN as a child_id, without quoting it, and keeps the demo data loaded', async () => {
  const { page, problems } = await app().openPage('/?demo');
  await landed(page);
  await openLoadPage(page);
  await page.locator('input[type=file][multiple]').setInputFiles({
    name: 'pupils.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('child_id,sex,birth_year_month,surname\nZ1,M,2010-01,Smith\nH801200001001,F,2011-02,Jones\n'),
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('Nothing was loaded.');
  // the load page stays: it says why
  expect(await page.evaluate(() => location.hash)).toBe('#/load');
  expect(
    await page
      .getByText('pupils.csv was refused: Line 3, column "child_id" holds what looks like a UPN (unique pupil number).')
      .count(),
  ).toBe(1);
  expect(await page.locator('main').innerText()).not.toMatch(/H801200001001|Smith|Jones/);
  expect(await rowsShown(page, 'pupils')).toBe(demoRows.pupils.toLocaleString('en-GB'));
  expect(await rowsShown(page, 'attendance')).toBe(demoRows.attendance.toLocaleString('en-GB'));
  expectNoProblems(problems);
});

test('loads a whole folder picked with "Choose a folder"', async () => {
  const { page, problems } = await app().openPage('/');
  await page.locator('input[type=file][webkitdirectory]').setInputFiles(join(ROOT, 'data/demo'));
  await landed(page);
  await openLoadPage(page);
  expect(await page.getByText('Loaded 14 of 14 files').count()).toBe(1);
  expect(await rowsShown(page, 'pep_targets')).toBe(demoRows.pep_targets.toLocaleString('en-GB'));
  expectNoProblems(problems);
});

test('warms DuckDB up while the user chooses files, and keeps nothing of it', async () => {
  const { page, problems } = await app().openPage('/?bench');
  await page.waitForFunction(
    () => performance.getEntriesByName('vsd:warm').length > 0 && 'vsdBench' in globalThis,
    null,
    { timeout: 120_000 },
  );
  const tables = await page.evaluate(
    (sql) =>
      (
        globalThis as unknown as { vsdBench: { db(): Promise<{ query(q: string): Promise<{ n: string | null }[]> }> } }
      ).vsdBench
        .db()
        .then((db) => db.query(sql))
        .then((r) => r[0].n),
    "SELECT string_agg(database_name || '.' || schema_name || '.' || table_name, ', ') AS n FROM duckdb_tables() WHERE NOT internal",
  );
  expect(tables).toBeNull();
  await page
    .locator('input[type=file][multiple]')
    .setInputFiles(['pupils.csv', 'care_periods.csv'].map((f) => join(ROOT, 'data/demo', f)));
  expect(await landed(page)).toMatch(/^2 files loaded\./);
  await openLoadPage(page);
  expect(await rowsShown(page, 'pupils')).toBe(demoRows.pupils.toLocaleString('en-GB'));
  for (const table of ['exclusions', 'ks4_results', 'cme_episodes'])
    expect(await rowsShown(page, table)).toBe('not loaded');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Suspensions' }).click();
  await page.getByText('This view needs exclusions.csv').waitFor();
  expectNoProblems(problems);
});
