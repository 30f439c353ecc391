// Shared helpers of the Pupils view's browser tests.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadDirectory } from '../../src/cli/load-dir';
import type { Db } from '../../src/lib/db/types';
import { afterLoad } from '../../src/lib/pipeline/after-load';
import { validateFilter } from '../../src/lib/measures/filter';
import { runPupilRows, type PupilRow } from '../../src/lib/measures/pupil-rows';
import { ROOT } from './dashboard-helpers';
import type { App, OpenedPage } from './harness';

/** The demo's pupil rows of a year under a filter, worked out in Node by the same DuckDB the browser runs. */
export async function demoRows(year: string, filter: Record<string, string[]> = {}): Promise<PupilRow[]> {
  return runPupilRows(await demoDb(), validateFilter(filter), year);
}

/** The demo loaded and modelled in Node, once per test file. */
export function demoDb(): Promise<Db> {
  demo ??= loadDirectory(join(ROOT, 'data', 'demo')).then(async ({ db, outcome }) => {
    await afterLoad(db, { loaded: outcome.files.filter((f) => f.status === 'loaded') });
    return db;
  });
  return demo;
}
let demo: Promise<Db> | undefined;

/** Opens the Pupils view on the demo at 1366 × 900 and waits for its rows. */
export async function openPupils(app: App, path = '/?demo#/pupils'): Promise<OpenedPage> {
  const opened = await app.openPage(path);
  await opened.page.setViewportSize({ width: 1366, height: 900 });
  await waitForRows(opened.page);
  return opened;
}

export async function waitForRows(page: Page): Promise<void> {
  await page.locator('tbody tr[data-index]').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => /^Showing /.test(document.querySelector('p.count')?.textContent?.trim() ?? ''));
}

/** The headings and the rendered rows of the pupils table, as their text. */
export async function tableText(page: Page): Promise<{ columns: string[]; rows: string[][] }> {
  return page.evaluate(() => {
    const table = document.querySelector('.virtual-table table')!;
    const columns = [...table.querySelectorAll('thead th')]
      .map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim())
      .filter((t) => t !== 'Pick');
    const rows = [...table.querySelectorAll('tbody tr[data-index]')].map((tr) =>
      [...tr.querySelectorAll('th, td:not(.pick)')].map((c) => c.textContent!.replace('▲', '').trim()),
    );
    return { columns, rows };
  });
}

/** Clicks the sort button of a column until it sorts in this direction. */
export async function sortBy(page: Page, label: string, direction: 'ascending' | 'descending'): Promise<void> {
  const th = page.locator('thead th', { has: page.getByRole('button', { name: label, exact: false }) }).first();
  for (let i = 0; i < 2 && (await th.getAttribute('aria-sort')) !== direction; i++)
    await th.getByRole('button').click();
  if ((await th.getAttribute('aria-sort')) !== direction) throw new Error(`${label} did not sort ${direction}`);
}
