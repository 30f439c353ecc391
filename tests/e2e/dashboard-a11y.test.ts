// axe-core on every view of the demo authority, in light and in dark mode, on a laptop (1366 px) and at 320 px
// (a phone, and 1280 px at 400% zoom): no serious or critical violation, and no view that scrolls sideways.
import { axe, type Violation } from './axe';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { AREAS } from '../../src/lib/measures/areas';
import { VIEWS } from '../../src/views/nav';
import { goToView, waitForChart } from './dashboard-helpers';
import { expectNoProblems } from './harness';
import { useApp } from './use-app';

const app = useApp();

const describe = (where: string, v: Violation) =>
  `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} node(s): ${v.nodes
    .slice(0, 3)
    .map((n) => JSON.stringify(n.target))
    .join(', ')}`;

/** How far the page scrolls sideways: 0 when it reflows to the viewport (WCAG 2.2 1.4.10). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const [scheme, width] of [
  ['light', 1366],
  ['dark', 1366],
  ['light', 320],
  ['dark', 320],
] as const) {
  test(`no serious or critical axe violation and no sideways scroll on any view, ${scheme} mode, ${width} px wide`, async () => {
    const { page, problems } = await app().openPage('about:blank');
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(new URL('/?demo#/overview', app().url).href);
    await waitForChart(page, '.kpi svg');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    const found: string[] = [];
    for (const v of VIEWS) {
      // A view that shows a computation error is the views test's failure; axe still checks what it shows.
      await goToView(page, v.id, true);
      const check = async (where: string) => {
        for (const violation of await axe(page)) {
          if (violation.impact === 'serious' || violation.impact === 'critical')
            found.push(describe(`${where} ${scheme}`, violation));
        }
      };
      await check(`#/${v.id}`);
      const overflow = await sideways(page);
      if (overflow > 0) found.push(`#/${v.id} ${scheme} ${width} px: scrolls ${overflow} px sideways`);
      if (AREAS.some((a) => a.id === v.id)) {
        // The same view with the filter panel open and every chart's table twin showing.
        const details = page.locator('section[aria-label="Filters"] details');
        if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
        const tabs = page
          .locator('article[data-panel]')
          .getByRole('tab', { name: 'Table', exact: true, selected: false });
        while (await tabs.count()) await tabs.first().click();
        await check(`#/${v.id} (filters open, tables shown)`);
        const wide = await sideways(page);
        if (wide > 0) found.push(`#/${v.id} ${scheme} ${width} px, tables shown: scrolls ${wide} px sideways`);
      }
    }
    if (found.length) console.error(found.join('\n'));
    expect(found, `serious/critical axe violations or sideways scrolling:\n  - ${found.join('\n  - ')}`).toEqual([]);
    expectNoProblems(problems);
  });
}
