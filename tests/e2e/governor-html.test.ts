// The governor view as one HTML file: opened from file:// with the network blocked, it needs nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotHtml } from '../../src/lib/snapshot/html';
import { launchBrowser, type Browser } from './harness';

const GOVERNOR = fileURLToPath(new URL('../../dist/governor.html', import.meta.url));
const SMALL = fileURLToPath(new URL('../fixtures/snapshot/small.json', import.meta.url));

declare global {
  interface Window {
    cspViolations: string[];
  }
}

let browser: Browser;
let dir: string;
let template: string;

beforeAll(async () => {
  if (!existsSync(GOVERNOR)) throw new Error(`${GOVERNOR} not found: run \`npm run build\` before the e2e tests.`);
  template = readFileSync(GOVERNOR, 'utf8');
  console.log(`dist/governor.html: ${(Buffer.byteLength(template) / 1024).toFixed(1)} KB`);
  dir = await mkdtemp(join(tmpdir(), 'vsd-governor-'));
  browser = await launchBrowser();
  await browser.context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`);
    });
  });
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens the template filled with `json` from file://, every other request aborted; collects what it tried. */
async function open(name: string, json: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const file = join(dir, name);
  await writeFile(file, snapshotHtml(template, json, 'Snapshot'));
  const url = pathToFileURL(file).href;
  const { context } = browser;
  await context.unrouteAll();
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(url);
  await page.waitForLoadState('load');
  return { page, requests: requests.filter((r) => r !== url), problems };
}

describe('dist/governor.html', () => {
  it('carries its own policy and nothing of DuckDB', () => {
    expect(template).toMatch(
      /<head>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/,
    );
    expect(template).not.toContain('unsafe-inline');
    expect(template).not.toMatch(/duckdb|\.wasm/i);
    expect(template).not.toMatch(/<script\b[^>]*\ssrc=|<link\b[^>]*\shref=/i);
  });

  it('shows a snapshot from file:// with no request, no CSP violation and no console error', async () => {
    const { page, requests, problems } = await open('small.html', readFileSync(SMALL, 'utf8'));
    await expect.poll(() => page.getByText('Published snapshot').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a title holding </script> as text, running nothing of it', async () => {
    const title = '</script><script>window.injected = true</script>';
    const json = JSON.stringify({ ...JSON.parse(readFileSync(SMALL, 'utf8')), title });
    const { page, requests, problems } = await open('title.html', json);
    await expect.poll(() => page.getByText(title).first().isVisible()).toBe(true);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses a file that is not a snapshot, showing why instead', async () => {
    const { page, requests, problems } = await open('other.html', '{"schema":"other"}');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toMatch(/schema/);
    expect(await page.getByText('Published snapshot').count()).toBe(0);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
