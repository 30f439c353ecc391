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
