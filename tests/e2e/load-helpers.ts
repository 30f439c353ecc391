// Shared helpers of the browser tests that load files: a load that asks nothing lands on the Overview.
import type { Page } from 'playwright-core';

/** Waits for a load to land on the Overview and returns its notice ("14 files loaded; …"). */
export async function landed(page: Page): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Overview', exact: true }).waitFor({ timeout: 90_000 });
  const notice = page.getByRole('status').filter({ hasText: /loaded/ });
  await notice.waitFor({ timeout: 90_000 });
  return (await notice.innerText()).trim();
}

/** Goes back to the load page by its link in the navigation, opening the menu first on a narrow screen. */
export async function openLoadPage(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Load data' }).click();
  await page.getByRole('heading', { name: 'Last load' }).waitFor({ timeout: 60_000 });
}
