import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { csvRecords } from '../fixtures/csv';
import { expectNoProblems } from './harness';
import { landed, openLoadPage } from './load-helpers';
import { useApp } from './use-app';

const app = useApp();
const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, '..', 'shared', 'data', 'ssda903-sample');
const sampleFiles = readdirSync(SAMPLE)
  .filter((f) => f.endsWith('.csv'))
  .sort();

/** Every UPN, postcode and DOB of the sample: none may ever be on the page. */
function identifiers(): string[] {
  const out = new Set<string>();
  for (const f of sampleFiles) {
    for (const row of csvRecords(readFileSync(join(SAMPLE, f), 'utf8'))) {
      for (const c of ['UPN', 'HOME_POST', 'PL_POST', 'DOB', 'MC_DOB']) if (row[c]) out.add(row[c]);
    }
  }
  return [...out];
}

const rowsShown = (page: import('playwright-core').Page, table: string) =>
  page.locator(`tr[data-table="${table}"] td`).innerText();

test('loads the SSDA903 sample as it is, says what the door did, and loads the OC3 once its year is picked', async () => {
  const { page, problems } = await app().openPage('/');
  await page.locator('input[type=file][multiple]').setInputFiles(sampleFiles.map((f) => join(SAMPLE, f)));
  await page.getByRole('heading', { name: 'Last load' }).waitFor({ timeout: 60_000 });
  const door = page.locator('.door');
  expect(await door.innerText()).toContain(
    'header.csv (SSDA903 Header): DOB: used for the birth month, then dropped; UPN: kept in memory only, to link school files keyed by UPN, then dropped',
  );
  expect(await door.innerText()).toContain(
    'episodes.csv (SSDA903 Episodes): HOME_POST: a postcode: not read; PL_POST: a postcode: not read.',
  );
  expect(await page.getByText('Not used by the dashboard: missing.csv (SSDA903 Missing).').count()).toBe(1);
  expect(await rowsShown(page, 'pupils')).toBe('2,675');
  expect(await rowsShown(page, 'care_periods')).toBe('5,050');
  expect(await rowsShown(page, 'uasc')).toBe('132');
  expect(await rowsShown(page, 'destinations')).toBe('not loaded');

  expect(await page.getByText('oc3.csv is waiting: SSDA903 OC3 does not say which year it reports on').count()).toBe(1);
  await page.getByLabel('Reporting year of oc3.csv').selectOption('2018');
  await page.getByRole('button', { name: 'Load oc3.csv for 2018' }).click();
  // the question answered, the load goes on to the Overview: header, episodes, UASC and OC3
  expect(await landed(page)).toMatch(/^4 files loaded; 10 values to check in /);
  await openLoadPage(page);
  await page.waitForFunction(
    () => document.querySelector('tr[data-table="destinations"] td')?.textContent === '53',
    null,
    { timeout: 60_000 },
  );
  expect(await rowsShown(page, 'pupils')).toBe('2,675');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Data quality' }).click();
  await page.getByRole('table', { name: /Files: rows read/ }).waitFor();
  const shown = await page.locator('main').innerText();
  for (const v of identifiers()) expect(shown, v).not.toContain(v);
  expectNoProblems(problems);
});

const EPEP =
  [
    'Pupil Ref,Surname,Possible,Authorised,Unauthorised',
    'C000001,Smith,100,4,2',
    'C000002,Jones,90,0,1',
    'NOT-ONE-OF-OURS,Brown,80,0,0',
  ].join('\n') + '\n';

test('maps the columns of an unknown export, loads it, and remembers the map after a reload', async () => {
  const { page, problems } = await app().openPage('/?demo');
  await landed(page);
  await openLoadPage(page);
  const drop = () =>
    page
      .locator('input[type=file][multiple]')
      .setInputFiles({ name: 'epep-attendance.csv', mimeType: 'text/csv', buffer: Buffer.from(EPEP) });
  await drop();
  await page.getByText('epep-attendance.csv was refused').waitFor();
  // a column map to confirm: the load page stays
  expect(await page.evaluate(() => location.hash)).toBe('#/load');
  await page.getByRole('button', { name: 'Map the columns of epep-attendance.csv' }).click();
  const mapper = page.getByRole('region', { name: 'Map the columns of epep-attendance.csv' });
  await mapper.getByLabel('Table').selectOption('attendance');
  // the door comes first: the surname is never offered
  expect(await mapper.getByLabel("The file's column for child_id").locator('option').allInnerTexts()).toEqual([
    '— none —',
    'Pupil Ref',
    'Possible',
    'Authorised',
    'Unauthorised',
  ]);
  await mapper.getByLabel("The file's column for child_id").selectOption('Pupil Ref');
  await mapper.getByLabel("The file's column for sessions_possible").selectOption('Possible');
  await mapper.getByLabel("The file's column for sessions_authorised").selectOption('Authorised');
  await mapper.getByLabel("The file's column for sessions_unauthorised").selectOption('Unauthorised');
  await mapper.getByLabel('Value of academic_year for every row').fill('2024/25');
  await mapper.getByLabel('Value of term for every row').fill('AUTUMN');
  await mapper.getByRole('button', { name: 'Preview the first rows' }).click();
  const preview = mapper.getByRole('table', { name: /The first 3 rows of epep-attendance.csv/ });
  await preview.waitFor();
  expect(await preview.locator('thead th').allInnerTexts()).toEqual([
    'child_id',
    'sessions_possible',
    'sessions_authorised',
    'sessions_unauthorised',
    'academic_year',
    'term',
  ]);
  expect(await preview.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual([
    'C000001',
    '100',
    '4',
    '2',
    '2024/25',
    'AUTUMN',
  ]);
  expect(await mapper.innerText()).not.toContain('Smith');
  await mapper.getByRole('button', { name: 'Save the map and load epep-attendance.csv' }).click();
  expect(await landed(page)).toMatch(/^1 file loaded\./);
  await openLoadPage(page);
  await page.waitForFunction(
    () => document.querySelector('tr[data-table="attendance"] td')?.textContent === '3',
    null,
    { timeout: 60_000 },
  );

  await page.reload(); // /?demo: the demo loads again, and the map is still there
  await landed(page);
  await openLoadPage(page);
  await page.getByRole('heading', { name: 'Column maps' }).waitFor();
  expect(
    await page
      .getByText(
        'attendance.csv from a file with the columns Pupil Ref, Surname, Possible, Authorised, Unauthorised; every row: academic_year 2024/25, term AUTUMN',
      )
      .count(),
  ).toBe(1);
  await page.getByRole('heading', { name: 'Last load' }).waitFor({ timeout: 60_000 });
  expect(await rowsShown(page, 'attendance')).not.toBe('3');
  await drop();
  expect(await landed(page)).toMatch(/^1 file loaded\./);
  await openLoadPage(page);
  await page.waitForFunction(
    () => document.querySelector('tr[data-table="attendance"] td')?.textContent === '3',
    null,
    { timeout: 60_000 },
  );
  expect(await page.getByText('Loaded 1 of 1 file').count()).toBe(1);
  expectNoProblems(problems);
});

test('loads the demo authority as SSDA903 returns and a census extract keyed by UPN', async () => {
  const { page, problems } = await app().openPage('/');
  await page.getByRole('button', { name: 'Explore it as SSDA903 returns' }).click();
  expect(await landed(page)).toMatch(/^15 files loaded\./);
  await openLoadPage(page);
  expect(await page.getByText('Loaded 15 of 15 files').count()).toBe(1);
  expect(await rowsShown(page, 'pupils')).toBe('1,530');
  expect(await rowsShown(page, 'attendance')).toBe('6,554');
  expect(await page.locator('.door').innerText()).toContain(
    'attendance.csv: upn: used to link rows to the SSDA903 Header, then dropped. Linked by UPN to',
  );
  expectNoProblems(problems);
});
