// The built page's Content Security Policy: nothing leaves the origin, and the app runs whole under it.
import { expect, test } from 'vitest';
import { waitForChart } from './dashboard-helpers';
import { expectNoProblems } from './harness';
import { useApp } from './use-app';

const app = useApp();

test('the built page carries the policy, with nothing that needs unsafe-inline or unsafe-eval', async () => {
  const { page, problems } = await app().openPage('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy?.split('; ')).toEqual([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]);
  expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|frame-ancestors|report-uri|sandbox/);
  expectNoProblems(problems);
});

test('the page cannot fetch from another host, and the demo loads and draws under the policy with no violation', async () => {
  const { page, problems } = await app().openPage('/?demo#/ks4');
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await waitForChart(page);
  const refused = await page.evaluate(() =>
    fetch('http://127.0.0.2:9/data', { method: 'POST', body: 'child' }).then(
      () => 'sent',
      (e: Error) => e.name,
    ),
  );
  expect(refused).toBe('TypeError');
  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  // the one violation is the fetch above; the app itself caused none
  expect(violations).toEqual(['connect-src http://127.0.0.2:9/data']);
  // the browser reports the refused fetch on the console, and the harness sees its request go nowhere
  expect(problems.filter((p) => !p.includes('127.0.0.2'))).toEqual([]);
});
