// A child's page on the demo: opened from the list with the keyboard and by its link, its timeline's table twin
// holding every PEP, term of attendance and suspension the child's records hold, an unknown id said plainly,
// nothing serious for axe, and an A4 print with the filter, the as-at date and the pupil-data line on every page.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { loadChildStory, type ChildStory } from '../../src/lib/measures/child-story';
import { axe } from './axe';
import { expectNoProblems } from './harness';
import { demoDb, demoRows, openPupils, waitForRows } from './pupils-helpers';
import { useApp } from './use-app';

const app = useApp();
const run = promisify(execFile);

/** A child of the demo whose records hold PEPs, several terms of attendance and a suspension, found in Node. */
const busy = (async (): Promise<ChildStory> => {
  const db = await demoDb();
  for (const r of (await demoRows('2024/25')).filter((r) => (r.suspensions ?? 0) > 0 && r.peps > 0)) {
    const story = (await loadChildStory(db, r.child_id))!;
    if (story.peps.length >= 2 && story.attendance.length >= 3 && story.exclusions.length >= 1) return story;
  }
  throw new Error('the demo has no child with PEPs, attendance and a suspension');
})();
busy.catch(() => {});

async function waitForChild(page: Page, id: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: `Child ${id}` }).waitFor({ timeout: 60_000 });
  await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor({ timeout: 60_000 });
}

test('opens the child of the focused row with Enter, and goes back to the list as it was', async () => {
  const { page, problems } = await openPupils(app());
  await page.getByRole('button', { name: /Attendance %/ }).click();
  const third = await page.locator('tbody tr[data-index="2"] th').innerText();
  await page.locator('tbody tr[data-index="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitForChild(page, third);
  expect(await page.evaluate(() => location.hash)).toBe(`#/pupils/${third}`);
  await page.getByRole('link', { name: 'Pupils', exact: true }).first().click();
  await waitForRows(page);
  expect(await page.locator('thead th[aria-sort="ascending"]').innerText()).toContain('Attendance %');
  expect(await page.locator('tbody tr[data-index="2"] th').innerText()).toBe(third);
  expectNoProblems(problems);
});

test("opens from its link, with a table twin of the child's PEPs, attendance and suspensions", async () => {
  const story = await busy;
  const id = story.pupil.child_id;
  const { page, problems } = await app().openPage(`/?demo#/pupils/${id}`);
  await waitForChild(page, id);
  await page.getByRole('button', { name: 'Show table' }).click();
  const kinds = await page
    .getByRole('table', { name: `Every event of child ${id}, in date order` })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.children[1].textContent!.trim()));
  expect(kinds.filter((k) => k === 'PEP')).toHaveLength(story.peps.length);
  expect(kinds.filter((k) => k === 'Attendance')).toHaveLength(story.attendance.length);
  expect(kinds.filter((k) => /suspension|exclusion/i.test(k))).toHaveLength(story.exclusions.length);
  const serious = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious).toEqual([]);
  expectNoProblems(problems);
});

test('says an unknown id is not in the loaded data, and offers the list', async () => {
  const { page, problems } = await app().openPage('/?demo#/pupils/NOBODY99');
  await page.getByText('No child with this id is in the loaded data.').waitFor({ timeout: 60_000 });
  await page.getByRole('link', { name: 'Back to the list of pupils' }).click();
  await waitForRows(page);
  expectNoProblems(problems);
});

test('prints on A4 with the filter, the as-at date and "pupil-level data" on every page', async () => {
  const story = await busy;
  const id = story.pupil.child_id;
  const { page, problems } = await app().openPage(`/?demo&key_stage=${story.pupil.key_stage ?? 'KS3'}#/pupils/${id}`);
  await waitForChild(page, id);
  await page.emulateMedia({ media: 'print' });
  const dir = await mkdtemp(join(tmpdir(), 'vsd-child-print-'));
  try {
    const pdf = join(dir, 'child.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const info = (await run('pdfinfo', [pdf])).stdout;
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(count).toBeGreaterThanOrEqual(1);
    for (let n = 1; n <= count; n++) {
      const text = (await run('pdftotext', ['-raw', '-f', String(n), '-l', String(n), pdf, '-'])).stdout.replace(
        /\s+/g,
        ' ',
      );
      expect(text, `page ${n}`).toContain(`Key stage ${(story.pupil.key_stage ?? 'KS3').slice(2)} · as at`);
      expect(text, `page ${n}`).toMatch(/as at \d{1,2} [A-Z][a-z]+ \d{4}/);
      expect(text, `page ${n}`).toContain('Pupil-level data: handle accordingly');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  expectNoProblems(problems);
});
