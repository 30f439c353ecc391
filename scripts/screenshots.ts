// `npm run screenshots`: the README's and docs/' screenshots of the built app on the demo authority (and of its
// published snapshot's governor view), in Chromium,
// at a laptop's width (1366 px) and a phone's (390 px), in light mode. Run after `vite build` (the script does).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { goToView } from '../tests/e2e/dashboard-helpers';
import { startApp } from '../tests/e2e/harness';
import { demoSnapshot } from '../tests/e2e/snapshot-helpers';

const DOCS = join(import.meta.dirname, '..', 'docs');
const WIDTHS = { 1366: 768, 390: 844 } as const;
const VIEWS = [
  { id: 'overview', file: 'overview' },
  { id: 'peps', file: 'peps' },
  { id: 'ehe', file: 'home-education' },
] as const;

/** Goes to a view through the menu when the navigation is folded into one. */
async function visit(page: Page, id: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await goToView(page, id);
  // charts redraw to their box after a resize: let them settle
  await page.waitForTimeout(300);
}

const app = await startApp();
try {
  const { page } = await app.openPage('/?demo');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor({ timeout: 120_000 });
  for (const [width, height] of Object.entries(WIDTHS)) {
    await page.setViewportSize({ width: Number(width), height });
    for (const v of VIEWS) {
      await visit(page, v.id);
      const file = join(DOCS, `${v.file}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
    }
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await visit(page, 'overview');
  await page.screenshot({ path: join(DOCS, 'screenshot.png') });
  await visit(page, 'pupils');
  await page.locator('table[aria-rowcount] tbody tr').first().waitFor();
  await page.screenshot({ path: join(DOCS, 'pupils.png') });
  console.log('wrote docs/screenshot.png and docs/pupils.png');

  // the governor view of the demo authority's published snapshot, served same-origin as the app would fetch it
  const { json } = await demoSnapshot();
  const governor = (await app.openPage('about:blank')).page;
  await governor.emulateMedia({ colorScheme: 'light' });
  await governor.setViewportSize({ width: 1366, height: 768 });
  await governor.route(
    (url) => url.pathname === '/snapshots/demo.json',
    (r) => r.fulfill({ body: json, contentType: 'application/json' }),
  );
  await governor.goto(new URL('/?snapshot=/snapshots/demo.json', app.url).href);
  await governor.locator('.kpi svg').first().waitFor({ timeout: 60_000 });
  await governor.screenshot({ path: join(DOCS, 'governor.png') });
  console.log('wrote docs/governor.png');
} finally {
  await app.close();
}
