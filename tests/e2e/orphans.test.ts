import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { goToView } from './dashboard-helpers';
import { expectNoProblems } from './harness';
import { landed, openLoadPage } from './load-helpers';
import { useApp } from './use-app';

const app = useApp();

/** An exclusions.csv of `matched` suspensions of the demo's children C000001, C000002, … and `orphans` of children Z0001, … not in its pupils.csv. */
function exclusions(matched: number, orphans: number): Buffer {
  const child = (i: number) =>
    i < matched ? `C${String(i + 1).padStart(6, '0')}` : `Z${String(i - matched + 1).padStart(4, '0')}`;
  const rows = Array.from(
    { length: matched + orphans },
    (_, i) => `EXO${i + 1},${child(i)},2023-10-02,SUSPENSION,2,PA,SCH0001`,
  );
  return Buffer.from(
    ['exclusion_id,child_id,start_date,category,sessions,reason,school_ref', ...rows].join('\n') + '\n',
  );
}

async function drop(page: Page, buffer: Buffer): Promise<void> {
  await goToView(page, 'load');
  await page
    .locator('input[type=file][multiple]')
    .setInputFiles({ name: 'exclusions.csv', mimeType: 'text/csv', buffer });
}

const notices = (page: Page) => page.locator('main p.orphans');

test('says above the Suspensions and Overview charts how many suspensions could not be matched, above 5% only', async () => {
  const { page, problems } = await app().openPage('/?demo');
  await landed(page);

  // 1,000 of 1,250 = 80%
  await drop(page, exclusions(250, 1000));
  const sentence =
    '1,000 of 1,250 suspensions and exclusions could not be matched to a child on the roll: figures may be too low.';
  await goToView(page, 'exclusions');
  await page.getByText(sentence, { exact: true }).waitFor({ timeout: 60_000 });
  expect(await notices(page).allInnerTexts()).toEqual([sentence]);
  await goToView(page, 'overview');
  expect(await notices(page).allInnerTexts()).toEqual([sentence]);
  // attendance rests on no orphan: no notice there
  await goToView(page, 'attendance');
  expect(await notices(page).count()).toBe(0);

  // 1 of 20 = 5%, not above
  await drop(page, exclusions(19, 1));
  await goToView(page, 'exclusions');
  await page.getByText(sentence, { exact: true }).waitFor({ state: 'detached', timeout: 60_000 });
  expect(await notices(page).count()).toBe(0);
  expectNoProblems(problems);
});
