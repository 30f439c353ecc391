// Shared helpers of the dashboard browser tests (dashboard*.test.ts).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { AREAS } from '../../src/lib/measures/areas';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Waits until the demo authority has loaded and the view's first chart has drawn; fails at once,
 * with its text, if the view shows an error (role=alert) instead.
 */
export async function waitForChart(page: Page, selector = '[data-panel] svg', tolerateErrors = false): Promise<void> {
  await page.locator(`${selector}, main [role="alert"]`).first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 60_000 });
  const alerts = await page.locator('main [role="alert"]').allInnerTexts();
  if (alerts.length && !tolerateErrors)
    throw new Error(`${await page.evaluate(() => location.hash)} shows an error: ${alerts.join(' | ')}`);
}

/** Goes to a view by its link in the navigation bar (no reload: the loaded data stays), through the menu on a narrow screen. */
export async function goToView(page: Page, id: string, tolerateErrors = false): Promise<void> {
  const menu = page.locator('nav[aria-label="Views"] button[aria-controls="nav-links"]');
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.locator(`nav[aria-label="Views"] a[href="#/${id}"]`).click();
  await page.waitForFunction((h) => location.hash === h, `#/${id}`);
  const area = AREAS.find((a) => a.id === id);
  if (area) {
    await page.getByRole('heading', { level: 1, name: area.label, exact: true }).waitFor();
    await waitForChart(page, undefined, tolerateErrors);
  } else if (id === 'overview') {
    await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor();
    await waitForChart(page, '.kpi svg', tolerateErrors);
  } else {
    await page.locator('h1').first().waitFor();
  }
}

export interface TableText {
  columns: string[];
  rows: string[][];
}

/** The panel's table twin as shown: its "Table" tab is selected if the chart is showing. */
export async function showTable(panel: Locator): Promise<TableText> {
  const tab = panel.getByRole('tab', { name: 'Table', exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  return readTable(panel.locator('table'));
}

/** Saves one of the panel's files through its Download menu, e.g. "CSV (table)". */
export async function chooseDownload(
  panel: Locator,
  item: 'CSV (table)' | 'SVG (chart)' | 'PNG (chart)',
): Promise<void> {
  await panel.getByRole('button', { name: 'Download', exact: true }).click();
  await panel.getByRole('menuitem', { name: item, exact: true }).click();
}

export async function readTable(table: Locator): Promise<TableText> {
  return table.evaluate((t: HTMLTableElement) => ({
    columns: [...t.tHead!.rows[0].cells].map((c) => c.textContent!.trim()),
    rows: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent!.trim())),
  }));
}

export interface ReportRow {
  measure: string;
  period: string;
  value: number | null;
}

/** `vsd report --data data/demo [--filter ...]` run from the repository root, parsed. */
export async function vsdReport(...filters: string[]): Promise<ReportRow[]> {
  const args = ['scripts/vsd.mjs', 'report', '--data', 'data/demo', ...filters.flatMap((f) => ['--filter', f])];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 64 << 20 });
  const doc = JSON.parse(stdout) as { schema: string; rows: ReportRow[] };
  if (doc.schema !== 'vsd-report/1') throw new Error(`unexpected schema ${doc.schema}`);
  return doc.rows;
}
