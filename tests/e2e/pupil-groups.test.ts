// Pupil groups on the demo: saved from ticked children, found after a reload, exported with the pupil-data
// warning, imported back (saying how many of its children are loaded), and a bad file refused with its reason.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoProblems } from './harness';
import { openPupils, waitForRows } from './pupils-helpers';
import { useApp } from './use-app';

const app = useApp();

const count = (page: Page) => page.locator('p.count').innerText();

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Import a group file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('saves ticked children as a group, keeps it over a reload, exports it and imports it back', async () => {
  const { page, problems } = await openPupils(app());
  const first = page.locator('tbody tr[data-index="0"]');
  const ids = [await first.locator('th').innerText(), await page.locator('tbody tr[data-index="2"] th').innerText()];
  await first.getByRole('checkbox').check();
  // Space ticks the focused row: the third, reached from the first with the arrow keys
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  expect(await count(page)).toContain('2 ticked');

  await page.getByRole('textbox', { name: 'Group name' }).fill('Year 10 review');
  await page.getByRole('button', { name: 'Save as a group' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved Year 10 review: 2 children picked' }).waitFor();

  await page.reload();
  await waitForRows(page);
  const saved = page.locator('section[aria-labelledby="groups-heading"] li', { hasText: 'Year 10 review' });
  expect(await saved.innerText()).toContain('2 picked');
  await saved.getByRole('button', { name: 'List the children of Year 10 review' }).click();
  await page.getByText('Listing the group Year 10 review: All 2 children are in the loaded data').waitFor();
  await page.waitForFunction(() => document.querySelector('p.count')?.textContent?.includes('Showing 2 children of 2'));
  expect(await page.locator('tbody tr[data-index] th').allInnerTexts()).toEqual([...ids].sort());

  await saved.getByRole('button', { name: 'Export Year 10 review' }).click();
  const dialog = page.getByRole('dialog', { name: 'This file holds pupil-level data' });
  expect(await dialog.innerText()).toContain('the group Year 10 review as a file');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save the file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('group-year-10-review.json');
  const doc = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(Object.keys(doc)).toEqual(['schema', 'name', 'filter', 'child_ids', 'created']);
  expect(doc).toMatchObject({ schema: 'vsd-group/1', name: 'Year 10 review', filter: {}, child_ids: ids });

  // shared with a colleague whose exports hold one child more: every id is kept, and the sentence says so
  await importFile(
    page,
    'from-a-colleague.json',
    JSON.stringify({ ...doc, name: 'From a colleague', child_ids: [...ids, 'ZZ0001'] }),
  );
  await page.getByText('Listing the group From a colleague: 2 of 3 children are in the loaded data').waitFor();
  const imported = page.locator('section[aria-labelledby="groups-heading"] li', { hasText: 'From a colleague' });
  expect(await imported.innerText()).toContain('3 picked');
  expectNoProblems(problems);
});

test('refuses a group file that is not JSON, or lacks a field, saying why, and keeps the saved groups', async () => {
  const { page, problems } = await openPupils(app());
  await page.getByRole('textbox', { name: 'Group name' }).fill('Everyone');
  await page.getByRole('button', { name: 'Save as a group' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved Everyone' }).waitFor();
  const names = page.locator('section[aria-labelledby="groups-heading"] li strong');
  const before = await names.allInnerTexts();
  expect(before).toContain('Everyone');

  await importFile(page, 'notes.json', 'child C000003, not a group');
  const alert = page.locator('section[aria-labelledby="groups-heading"] [role="alert"]');
  expect(await alert.innerText()).toBe(
    'notes.json was not imported: Not a group: the file is not JSON. Choose a vsd-group/1 file exported from the Pupils view.',
  );

  await importFile(
    page,
    'half.json',
    JSON.stringify({ schema: 'vsd-group/1', name: 'Half', filter: {}, created: '2025-01-31' }),
  );
  expect(await alert.innerText()).toBe(
    'half.json was not imported: child_ids must be a list of child_id values ([] for a group chosen by its filter alone).',
  );

  await importFile(
    page,
    'upn.json',
    JSON.stringify({
      schema: 'vsd-group/1',
      name: 'UPNs',
      filter: {},
      child_ids: ['A123456789012'],
      created: '2025-01-31',
    }),
  );
  expect(await alert.innerText()).toBe(
    'upn.json was not imported: child_ids[0] is a UPN, not a child_id pseudonym: remove it.',
  );
  expect(await alert.innerText()).not.toContain('A123456789012');

  expect(await names.allInnerTexts()).toEqual(before);
  expectNoProblems(problems);
});

test("shows a small group's headline figures as c beside the whole roll's, and lists it again", async () => {
  const { page, problems } = await openPupils(app());
  for (const i of [0, 1, 2]) await page.locator(`tbody tr[data-index="${i}"]`).getByRole('checkbox').check();
  await page.getByRole('textbox', { name: 'Group name' }).fill('Three children');
  await page.getByRole('button', { name: 'Save as a group' }).click();
  await page.getByRole('link', { name: 'Headline figures of Three children' }).click();
  await page.getByRole('heading', { level: 1, name: 'Three children' }).waitFor();
  const table = page.getByRole('table', { name: /^Three children: headline measures/ });
  await table.waitFor({ timeout: 60_000 });
  const cells = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  expect(cells.length).toBeGreaterThan(5);
  // 3 children: every figure of the group rests on fewer than 6, so each is c, or x or z where none of them has
  // a record behind it (KS4 results of children not in year 11); the whole roll's are numbers
  for (const [measure, , group, roll] of cells) {
    expect(['c', 'x', 'z'], measure).toContain(group);
    expect(roll, measure).toMatch(/^\d[\d,]*(\.\d+)?%?$/);
  }
  expect(cells.filter((r) => r[2] === 'c').length).toBeGreaterThan(0);
  expect(await page.getByText('c suppressed: fewer than 6 children').count()).toBe(1);
  await page.getByRole('button', { name: 'Open in the Pupils list' }).click();
  await page.getByText('Listing the group Three children: All 3 children are in the loaded data').waitFor();
  await page.waitForFunction(() => document.querySelector('p.count')?.textContent?.includes('Showing 3 children of 3'));
  expectNoProblems(problems);
});
