// axe-core on every view of the demo authority, in light and in dark mode: no serious or critical violation.
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
  `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length} node(s): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`;

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on any view, ${scheme} mode`, async () => {
    const { page, problems } = await app().openPage('about:blank');
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(new URL('/?demo#/overview', app().url).href);
    await waitForChart(page, '.kpi svg');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    const found: string[] = [];
    for (const v of VIEWS) {
      // A view that shows a computation error is the views test's failure; axe still checks what it shows.
      await goToView(page, v.id, true);
      const check = async (where: string) => {
        for (const violation of await axe(page)) {
          if (violation.impact === 'serious' || violation.impact === 'critical') found.push(describe(`${where} ${scheme}`, violation));
        }
      };
      await check(`#/${v.id}`);
      if (AREAS.some((a) => a.id === v.id)) {
        // The same view with the filter panel open and every chart's table twin showing.
        const details = page.locator('section[aria-label="Filters"] details');
        if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
        const tabs = page.locator('article[data-panel]').getByRole('tab', { name: 'Table', exact: true, selected: false });
        while (await tabs.count()) await tabs.first().click();
        await check(`#/${v.id} (filters open, tables shown)`);
      }
    }
    if (found.length) console.error(found.join('\n'));
    expect(found, `serious/critical axe violations:\n  - ${found.join('\n  - ')}`).toEqual([]);
    expectNoProblems(problems);
  });
}
