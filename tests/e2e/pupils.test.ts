// The Pupils view on the demo: a school's children, sorted by attendance, downloaded exactly as shown;
// the rows virtualised; the page accessible.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { csvRows } from '../fixtures/csv';
import { axe } from './axe';
import { expectNoProblems } from './harness';
import { demoRows, openPupils, sortBy, tableText } from './pupils-helpers';
import { useApp } from './use-app';

const app = useApp();
const LATEST = '2024/25';
const everyone = demoRows(LATEST);
everyone.catch(() => {}); // reported by the test that awaits it

test('renders only the rows in view, at least 25 at 1366 × 900, and reaches the last by scrolling', async () => {
  const { page, problems } = await openPupils(app());
  const all = await everyone;
  expect(await page.locator('table').getAttribute('aria-rowcount')).toBe(String(all.length + 1));
  const rendered = await page.locator('tbody tr[data-index]').count();
  expect(rendered).toBeGreaterThanOrEqual(25);
  expect(rendered).toBeLessThan(80);
  await page.locator('.virtual-table').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await page.locator(`tbody tr[aria-rowindex="${all.length + 1}"]`).waitFor();
  expect(await page.locator(`tbody tr[aria-rowindex="${all.length + 1}"] th`).innerText()).toBe(all.at(-1)!.child_id);
  expect(await page.locator('tbody tr[data-index]').count()).toBeLessThan(80);
  expectNoProblems(problems);
});

test('filters to a school, sorts by attendance with no value last, and downloads the table exactly as shown', async () => {
  const all = await everyone;
  // the school with the most listed children in the latest year
  const counts = new Map<string, number>();
  for (const r of all) if (r.school_ref) counts.set(r.school_ref, (counts.get(r.school_ref) ?? 0) + 1);
  const school = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const expected = await demoRows(LATEST, { school_ref: [school] });
  expect(expected.length).toBeGreaterThan(3);

  const { page, problems } = await openPupils(app());
  await page.getByText('Filter the cohort').click();
  const input = page.getByRole('textbox', { name: 'School', exact: true });
  await input.fill(school);
  await input.press('Enter');
  await page.waitForFunction(
    (n) => document.querySelector('p.count')?.textContent?.includes(`Showing ${n} children of ${n} in`),
    expected.length,
  );
  expect(new URL(page.url()).search).toContain(`school_ref=${school}`);

  await sortBy(page, 'Attendance %', 'ascending');
  const table = await tableText(page);
  const att = table.columns.indexOf('Attendance %');
  const byAttendance = [...expected].sort(
    (a, b) => (a.attendance_pct ?? Infinity) - (b.attendance_pct ?? Infinity) || a.child_id.localeCompare(b.child_id),
  );
  expect(table.rows.map((r) => r[0])).toEqual(byAttendance.map((r) => r.child_id));
  expect(table.rows.map((r) => r[att])).toEqual(
    byAttendance.map((r) => (r.attendance_pct === null ? '' : r.attendance_pct.toFixed(1))),
  );

  await page.getByRole('button', { name: 'Download CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'This file holds pupil-level data' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  expect(await dialog.innerText()).toContain(`a CSV file of ${expected.length} children`);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save the file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('pupils-2024-25.csv');
  const [title, ...rest] = csvRows(readFileSync((await file.path())!, 'utf8'));
  expect(title).toEqual([expect.stringContaining(`Pupils in ${LATEST}: School: ${school}.`)]);
  expect(title[0]).toContain('Pupil-level data: handle accordingly.');
  expect(rest).toEqual([table.columns, ...table.rows]);
  expectNoProblems(problems);
});

test('shows only the children needing attention, each flag in words, and finds a child by search', async () => {
  const all = await everyone;
  const needing = all.filter((r) => r.needs_attention);
  const { page, problems } = await openPupils(app());
  await page.getByLabel(/Needs attention only/).check();
  await page.waitForFunction(
    (n) => document.querySelector('p.count')?.textContent?.includes(`Showing ${n} children of`),
    needing.length,
  );
  const { columns, rows } = await tableText(page);
  const col = columns.indexOf('Needs attention');
  expect(rows.length).toBeGreaterThan(10);
  for (const r of rows)
    expect(r[col]).toMatch(
      /^(Persistent absence|\d+ suspensions|PEP overdue|PEP rated red|No SMART target|Missing education)/,
    );
  const child = needing[Math.floor(needing.length / 2)].child_id;
  await page.getByRole('searchbox', { name: 'Search' }).fill(child);
  await page.waitForFunction(() => document.querySelector('p.count')?.textContent?.includes('Showing 1 child of'));
  expect((await tableText(page)).rows.map((r) => r[0])).toEqual([child]);
  expectNoProblems(problems);
});

test('axe finds nothing serious on the list', async () => {
  const { page, problems } = await openPupils(app());
  const serious = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious).toEqual([]);
  expectNoProblems(problems);
});
