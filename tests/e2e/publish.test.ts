// The Publish page on the demo authority: settings, the live check, the counts by rule, and the two downloads.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { checkSnapshot } from '../../src/lib/snapshot/check';
import { ROOT } from './dashboard-helpers';
import { expectNoProblems } from './harness';
import { useApp } from './use-app';

const app = useApp();

const sha256 = (file: string) =>
  createHash('sha256')
    .update(readFileSync(join(ROOT, 'data/demo', file)))
    .digest('hex');
const COMMENTARY = 'Attainment rose again this year.\n\nOur thanks to the designated teachers.';

const jsonButton = (page: Page) => page.getByRole('button', { name: 'Download the snapshot (JSON)' });
const htmlButton = (page: Page) => page.getByRole('button', { name: 'Download the HTML file' });

/** Waits until the figures are read and the preview built (the JSON button is enabled). */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const b = [...document.querySelectorAll('button')].find((e) => e.textContent === 'Download the snapshot (JSON)');
      return b && !b.disabled;
    },
    null,
    { timeout: 90_000 },
  );
}

/** Waits until the figures of the whole roll are read (the years to choose from are there). */
async function figuresRead(page: Page): Promise<void> {
  await page.locator('#pub-to option').first().waitFor({ state: 'attached', timeout: 90_000 });
}

async function download(page: Page, button: ReturnType<typeof jsonButton>): Promise<{ name: string; text: string }> {
  const next = page.waitForEvent('download');
  await button.click();
  const file = await next;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('with no data loaded, says to load data or the demo first', async () => {
  const { page, problems } = await app().openPage('/#/publish');
  await page.getByRole('heading', { level: 1, name: 'Publish a snapshot for governors' }).waitFor();
  expect(await page.locator('main').innerText()).toContain('No data loaded yet.');
  expect(await page.locator('main a[href="#/load"]').count()).toBe(1);
  expectNoProblems(problems);
});

test('publishes the demo authority: JSON and HTML, with k, commentary, authority and source hashes', async () => {
  const { page, problems } = await app().openPage('/?demo#/publish');
  await figuresRead(page);
  expect(await page.locator('#pub-authority-problem').innerText()).toBe(
    'Name the local authority, or pick it from the list.',
  );
  expect(await jsonButton(page).isDisabled()).toBe(true);
  const authority = page.getByLabel('Local authority');
  expect(await page.locator('#pub-authorities option[value="Dudley"]').count()).toBe(1);
  await authority.fill('Dudley');
  await authority.press('Tab');
  await page.getByLabel('Threshold k').fill('10');
  // The loaded range starts with the home education register's first years; the report starts later.
  expect(await page.getByLabel('First year').inputValue()).toBe('2014/15');
  expect(await page.getByLabel('Last year').inputValue()).toBe('2024/25');
  await page.getByLabel('First year').selectOption('2019/20');
  await page.getByLabel('Commentary on Key stage 4').fill('Well done to A123456789012.');
  await page.locator('#pub-c-ks4-problem').waitFor();
  expect(await page.locator('#pub-c-ks4-problem').innerText()).toContain('looks like a UPN');
  expect(await jsonButton(page).isDisabled()).toBe(true);
  expect(await htmlButton(page).isDisabled()).toBe(true);
  await page.getByLabel('Commentary on Key stage 4').fill(COMMENTARY);
  await ready(page);

  const counts = await page.getByTestId('suppression-counts').innerText();
  console.log(`publish counts (demo, k = 10): ${counts}`);
  expect(counts).toMatch(
    /^[\d,]+ cells suppressed: [\d,]+ small numbers? \(rules 1–3\), [\d,]+ resting on fewer than 10 children \(rule 7\), [\d,]+ to protect another \(rule 4\), [\d,]+ linked counts? \(rule 9\)\.$/,
  );
  expect(await page.locator('.preview .banner').innerText()).toMatch(
    /^Published snapshot: Dudley, as at \d{1,2} \w+ \d{4}$/,
  );

  const asAt = await page.getByLabel('Figures as at').inputValue();
  const json = await download(page, jsonButton(page));
  expect(json.name).toBe(`snapshot-dudley-${asAt}.json`);
  const doc = checkSnapshot(json.text);
  expect(doc.disclosure.k).toBe(10);
  expect(doc.commentary?.ks4).toBe(COMMENTARY);
  expect(doc.authority).toBe('Dudley');
  expect(doc.as_at).toBe(asAt);
  expect(doc.periods).toEqual({ from: '2019/20', to: '2024/25' });
  expect(doc.series.every((s) => s.points.every((p) => p.period >= '2019'))).toBe(true);
  expect(doc.title).toBe('Virtual school annual report 2024/25');
  const sources = new Map(doc.sources.map((s) => [s.table, s.sha256]));
  expect(sources.get('pupils')).toBe(sha256('pupils.csv'));
  expect(sources.get('care_periods')).toBe(sha256('care_periods.csv'));
  for (const s of doc.sources) expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);

  const html = await download(page, htmlButton(page));
  expect(html.name).toBe(`snapshot-dudley-${asAt}.html`);
  expect(html.text).toContain('Content-Security-Policy');
  const block = /<script\b[^>]*\bid="vsd-snapshot"[^>]*>([\s\S]*?)<\/script>/.exec(html.text);
  expect(block).not.toBeNull();
  expect(JSON.parse(block![1])).toEqual(JSON.parse(json.text));
  expect(html.text).toContain('<title>Virtual school annual report 2024/25</title>');

  // Preview build times, as the page measured them while the settings changed.
  const ms = await page.evaluate(() => ({
    preview: performance.getEntriesByName('vsd:publish:preview').map((e) => e.duration),
    rows: performance.getEntriesByName('vsd:publish:rows').map((e) => e.duration),
  }));
  const sorted = [...ms.preview].sort((a, b) => a - b);
  console.log(
    `publish on the demo: figures read in ${ms.rows.map((d) => d.toFixed(0)).join(', ')} ms; preview built ${sorted.length} times, median ${sorted[sorted.length >> 1].toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
  );

  // The figures were read twice: on opening, and again with Dudley's code, whose neighbours' figures they carry.
  const reads = () => page.evaluate(() => performance.getEntriesByName('vsd:publish:rows').length);
  await expect.poll(reads).toBe(2);
  // Another page and back: what was typed stays, and the figures are not read again.
  await page.locator('nav[aria-label="Views"] a[href="#/ks4"]').click();
  await page.getByRole('heading', { level: 1, name: 'Key stage 4' }).waitFor();
  await page.locator('nav[aria-label="Views"] a[href="#/publish"]').click();
  await ready(page);
  expect(await page.getByLabel('Commentary on Key stage 4').inputValue()).toBe(COMMENTARY);
  expect(await page.getByLabel('Threshold k').inputValue()).toBe('10');
  await page.getByLabel('Threshold k').fill('12');
  await page.getByTestId('suppression-counts').filter({ hasText: 'fewer than 12 children' }).waitFor();
  expect(await reads()).toBe(2);

  // A tile of the preview shows its area inside the preview, and does not leave the page.
  await page.locator('.preview a.kpi[href^="#/ks4/"]').first().click();
  await page.locator('.preview h2#area-ks4').waitFor();
  expect(await page.evaluate(() => location.hash)).toBe('#/publish');
  expect(await page.locator('.preview .commentary').innerText()).toContain('Attainment rose again this year.');

  // Typing in a commentary rebuilds the snapshot and redraws the preview (here the Key stage 4 area): time to the next frame.
  const keystrokes = await page.evaluate(async () => {
    const box = document.getElementById('pub-c-ks4') as HTMLTextAreaElement;
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      box.value += ' a';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  });
  console.log(
    `a keystroke in a commentary to the next frame: median ${keystrokes[5].toFixed(0)} ms, max ${keystrokes[9].toFixed(0)} ms`,
  );

  // The authority is one remembered setting of the app; the rest of the form is not.
  await page.reload();
  await ready(page);
  expect(await page.getByLabel('Local authority').inputValue()).toBe('Dudley');
  expect(await page.evaluate(() => localStorage.getItem('vsd-authority'))).toBe('{"name":"Dudley","code":"E08000027"}');
  expect(await page.getByLabel('Threshold k').inputValue()).toBe('6');
  expectNoProblems(problems);
});
