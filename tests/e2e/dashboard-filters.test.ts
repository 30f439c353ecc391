// The cohort filter: ticking a box puts it in the URL, the figures follow the command line's
// under the same filter, back/forward undo and redo it, and a link reproduces it.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { type ReportRow, showTable, vsdReport, waitForChart } from './dashboard-helpers';
import { expectNoProblems } from './harness';
import { useApp } from './use-app';

const app = useApp();

// Started at once so that the command line runs while the browser starts and the demo loads.
const unfiltered = vsdReport();
const girls = vsdReport('sex=F');
unfiltered.catch(() => {}); // reported by the test that awaits it
girls.catch(() => {});

const PANEL = 'article[data-panel="ks4_att8_avg"]';

/** ks4_att8_avg of each period rounded to 1 dp (its display precision). */
function expected(rows: readonly ReportRow[]): Record<string, number | null> {
  return Object.fromEntries(
    rows
      .filter((r) => r.measure === 'ks4_att8_avg')
      .map((r) => [r.period, r.value === null ? null : Math.round(r.value * 10) / 10]),
  );
}

/** The "This authority" column of the Attainment 8 table twin: period → number (its interval after it), or the symbol shown. */
async function shown(page: Page): Promise<Record<string, number | string>> {
  const table = await showTable(page.locator(PANEL));
  const col = table.columns.indexOf('This authority');
  if (col < 1) throw new Error(`no "This authority" column in ${JSON.stringify(table.columns)}`);
  return Object.fromEntries(
    table.rows.map((r) => {
      const figure = /^(-?[\d,]+(?:\.\d+)?)(?: \(-?[\d.]+ to -?[\d.]+\))?$/.exec(r[col]);
      return [r[0], figure ? Number(figure[1].replace(/,/g, '')) : r[col]];
    }),
  );
}

/** What the table should show for the CLI's values: the same periods, equal values except where suppressed ('c'). */
function agrees(table: Record<string, number | string>, cli: Record<string, number | null>): boolean {
  const periods = Object.keys(cli).sort();
  if (JSON.stringify(Object.keys(table).sort()) !== JSON.stringify(periods)) return false;
  return periods.every((p) => table[p] === 'c' || (cli[p] === null ? table[p] === 'x' : table[p] === cli[p]));
}

/** Waits (up to 30 s) for the table to agree with the CLI; fails showing both. */
async function expectTableToAgree(
  page: Page,
  cli: Record<string, number | null>,
  what: string,
): Promise<Record<string, number | string>> {
  let last: Record<string, number | string> = {};
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    last = await shown(page);
    if (agrees(last, cli)) return last;
    await page.waitForTimeout(250);
  }
  expect(last, `${what}: Attainment 8 table twin vs \`vsd report\``).toEqual(cli);
  return last;
}

test('ticking Sex → F filters the URL and the figures like `vsd report --filter sex=F`; back and forward undo and redo it', async () => {
  const { page, problems } = await app().openPage('/?demo#/ks4');
  await waitForChart(page);
  const all = expected(await unfiltered);
  const f = expected(await girls);
  expect(Object.keys(all).length).toBeGreaterThan(0);
  expect(f, "the demo has girls with results whose mean differs from everyone's").not.toEqual(all);

  const before = await expectTableToAgree(page, all, 'unfiltered');
  expect(Object.values(before).filter((v) => typeof v === 'number').length, 'unsuppressed cells').toBeGreaterThan(0);

  await page.locator('details > summary', { hasText: 'Filter the cohort' }).click();
  const sex = page.locator('fieldset', { has: page.locator('legend', { hasText: /^Sex$/ }) });
  await sex.getByLabel('Female', { exact: true }).check();
  await page.waitForURL((u) => u.searchParams.getAll('sex').join() === 'F');
  expect(new URL(page.url()).hash).toBe('#/ks4');
  expect(new URL(page.url()).searchParams.has('demo')).toBe(true);
  const filtered = await expectTableToAgree(page, f, 'sex=F');
  expect(filtered).not.toEqual(before);
  expect(await page.locator('section[aria-label="Filters"] .summary strong').innerText()).toBe('Sex: Female');

  await page.goBack();
  await page.waitForURL((u) => !u.searchParams.has('sex'));
  expect(new URL(page.url()).hash).toBe('#/ks4');
  await expectTableToAgree(page, all, 'after back');
  expect(await sex.getByLabel('Female', { exact: true }).isChecked(), 'the box is unticked after back').toBe(false);

  await page.goForward();
  await page.waitForURL((u) => u.searchParams.getAll('sex').join() === 'F');
  await expectTableToAgree(page, f, 'after forward');
  expect(await sex.getByLabel('Female', { exact: true }).isChecked(), 'the box is ticked again after forward').toBe(
    true,
  );
  expectNoProblems(problems);
});

test('a link with ?demo&sex=F#/ks4 opens the filtered view', async () => {
  const { page, problems } = await app().openPage('/?demo&sex=F#/ks4');
  await waitForChart(page);
  await expectTableToAgree(page, expected(await girls), 'opened from a link');
  expect(await page.locator('section[aria-label="Filters"] .summary strong').innerText()).toBe('Sex: Female');
  await page.locator('details > summary', { hasText: 'Filter the cohort' }).click();
  const sex = page.locator('fieldset', { has: page.locator('legend', { hasText: /^Sex$/ }) });
  expect(await sex.getByLabel('Female', { exact: true }).isChecked()).toBe(true);
  expectNoProblems(problems);
});
