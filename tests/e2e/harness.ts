// Browser-test helpers: serve the BUILT app (dist/) with Vite's preview server
// and drive it with the system Chromium through playwright-core.
//
//   const app = useApp();                       // (use-app.ts) one server + one browser per test file
//   test('x', async () => {
//     const { page, problems } = await app().openPage('/?demo');
//     ...
//     expectNoProblems(problems);
//   });
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const CHROMIUM = '/usr/bin/chromium';
const HOST = '127.0.0.1';

export interface Server {
  url: string;
  close(): Promise<void>;
}
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}
export interface OpenedPage {
  page: Page;
  problems: string[];
}
export interface App {
  url: string;
  context: BrowserContext;
  openPage(path?: string): Promise<OpenedPage>;
}

/**
 * Serves dist/ like a plain static host: the project's vite.config.ts is not loaded, and missing
 * files get a real 404 (appType 'mpa': no SPA fallback to index.html).
 */
export async function startServer(): Promise<Server> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html not found: run \`npm run build\` before the e2e tests.`);
  }
  const server = await preview({
    root: ROOT,
    configFile: false,
    appType: 'mpa',
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { host: HOST, port: 0, strictPort: true },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return { url: `http://${HOST}:${port}`, close: () => server.close() };
}

/** Headless system Chromium with a fresh, throw-away profile; downloads accepted. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium`);
  const profile = await mkdtemp(join(tmpdir(), 'vsd-e2e-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      acceptDownloads: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
        '--disable-dev-shm-usage',
      ],
    });
    context.setDefaultTimeout(30_000);
    return {
      context,
      close: async () => {
        try {
          await context.close();
        } finally {
          await rm(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Opens `path` on the server in a new tab. `problems` collects console errors, uncaught page
 * errors, requests leaving the server's origin (data:, blob:, about: allowed), failed requests
 * and HTTP error responses (>= 400), for as long as the page lives.
 */
export async function openPage(context: BrowserContext, baseUrl: string, path = '/'): Promise<OpenedPage> {
  const origin = new URL(baseUrl).origin;
  const local = (url: string) => /^(data|blob|about):/.test(url) || new URL(url).origin === origin;
  const problems: string[] = [];
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.stack ?? e.message}`));
  page.on('request', (r) => {
    if (!local(r.url())) problems.push(`foreign request: ${r.method()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    // ERR_ABORTED = cancelled (AbortController, navigation, download); HTTP errors are caught below.
    if (local(r.url()) && !r.url().startsWith('blob:') && error !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${r.url()} (${error})`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(new URL(path, baseUrl).href);
  return { page, problems };
}

export function expectNoProblems(problems: readonly string[]): void {
  if (problems.length > 0) {
    throw new Error(`${problems.length} browser problem(s):\n  - ${problems.join('\n  - ')}`);
  }
}

/** Starts one preview server + one browser; close() always closes both. */
export async function startApp(): Promise<App & { close(): Promise<void> }> {
  const server = await startServer();
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await server.close();
    throw err;
  }
  const { context } = browser;
  return {
    url: server.url,
    context,
    openPage: (path) => openPage(context, server.url, path),
    close: async () => {
      try {
        await browser.close();
      } finally {
        await server.close();
      }
    },
  };
}

/** Runs fn against a fresh app and closes it afterwards, even on failure. */
export async function withApp<T>(fn: (app: App) => Promise<T>): Promise<T> {
  const app = await startApp();
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}
