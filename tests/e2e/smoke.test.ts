import { expect, test } from 'vitest';
import { expectNoProblems } from './harness';
import { useApp } from './use-app';

const app = useApp();

test('built app loads with its title and heading, without errors or foreign requests', async () => {
  const { page, problems } = await app().openPage('/');
  expect(await page.title()).toBe('Virtual School Dashboard');
  const heading = page.getByRole('heading', { level: 1, name: 'Virtual School Dashboard', exact: true });
  await heading.waitFor({ state: 'visible' });
  expect(await heading.isVisible()).toBe(true);
  await page.waitForLoadState('networkidle');
  expectNoProblems(problems);
});

test('shows the first screen while DuckDB is still starting', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await app().context.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  try {
    const { page, problems } = await app().openPage('/');
    await page.getByRole('button', { name: 'Explore the demo authority' }).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => performance.getEntriesByName('vsd:duckdb-ready').length)).toBe(0);
    release();
    await page.waitForFunction(() => performance.getEntriesByName('vsd:duckdb-ready').length === 1, null, {
      timeout: 60_000,
    });
    expectNoProblems(problems);
  } finally {
    release();
    await app().context.unroute('**/*.wasm');
  }
});
