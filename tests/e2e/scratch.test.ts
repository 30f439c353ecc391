import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { useApp } from './harness';
const app = useApp();
test('scratch', async () => {
  const { page, problems } = await app().openPage('/');
  const t0 = Date.now();
  await page.locator('input[type=file][multiple]').setInputFiles(['pupils.csv','care_periods.csv'].map((f) => ({ name: f, mimeType: 'text/csv', buffer: readFileSync('tests/fixtures/valid/' + f) })).concat([{ name: 'exclusions.csv', mimeType: 'text/csv', buffer: readFileSync('tests/fixtures/bad/exclusions.csv') }]));
  await page.getByRole('heading', { name: 'Last load' }).waitFor({ timeout: 60_000 });
  console.log('loaded in', Date.now() - t0);
  await page.screenshot({ path: '/tmp/scratch/load.png', fullPage: true });
  await page.getByRole('link', { name: 'Data quality' }).first().click();
  await page.screenshot({ path: '/tmp/scratch/quality.png', fullPage: true });
  await page.getByRole('link', { name: 'Help' }).first().click();
  await page.screenshot({ path: '/tmp/scratch/help.png' });
  console.log(problems);
});
