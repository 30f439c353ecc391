// The annual report pack printed to PDF from the offline governor file (dist/governor.html filled with the demo
// snapshot, opened from file:// with every other request aborted), read back page by page with poppler:
// cover, contents, "Page N of M" on every page, and no chart, tile or part heading cut off from what it belongs to.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { AREAS } from '../../src/lib/measures/areas';
import { snapshotHtml } from '../../src/lib/snapshot/html';
import { launchBrowser, type Browser } from './harness';
import { DEMO_AUTHORITY, demoSnapshot, governorTemplate, type DemoSnapshot } from './snapshot-helpers';

const run = promisify(execFile);
/** The demo's pack printed on A4 in 30 pages when this test was written; a range wide enough for a changed layout, narrow enough to catch a lost or exploded part. */
const PAGES = { min: 20, max: 40 };
const SUPPRESSION_NOTE = 'c: fewer than 6 children, or could reveal a small group';

interface Printed {
  /** each page's text in reading order (`pdftotext -raw`), white space collapsed */
  pages: string[];
  /** in print media, in document order */
  panels: { title: string; definition: string; source: boolean }[];
  tiles: { title: string; value: string }[];
  /** the report's part headings: Contents, Overview, the national comparison, each area */
  headings: string[];
}

let browser: Browser;
let dir: string;
let demo: DemoSnapshot;
let printed: Printed;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  for (const tool of ['pdfinfo', 'pdftotext']) {
    if (!existsSync(`/usr/bin/${tool}`)) throw new Error(`${tool} not found: apt-get install poppler-utils`);
  }
  const template = governorTemplate();
  demo = await demoSnapshot();
  dir = await mkdtemp(join(tmpdir(), 'vsd-governor-print-'));
  const file = join(dir, 'demo.html');
  await writeFile(file, snapshotHtml(template, demo.json, demo.doc.title));
  const url = pathToFileURL(file).href;

  browser = await launchBrowser();
  await browser.context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${url}#/report`);
  await page.getByRole('heading', { level: 1, name: demo.doc.title }).waitFor();
  await page.locator('[data-panel] svg').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const dom = await page.evaluate(() => {
    const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      panels: [...document.querySelectorAll('[data-panel]')].map((p) => ({
        title: text(p.querySelector('h2')),
        definition: text(p.querySelector('.definition')),
        source: /^Source:/.test(text(p.querySelector('.source'))),
      })),
      tiles: [...document.querySelectorAll('.kpi')].map((k) => ({
        title: text(k.querySelector('.kpi-title')),
        value: text(k.querySelector('.kpi-value')),
      })),
      headings: [...document.querySelectorAll('.report h2.area-title, .report .contents h2')].map(text),
    };
  });
  const pdf = join(dir, 'report.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  expect(problems).toEqual([]);
  await page.close();

  const info = (await run('pdfinfo', [pdf])).stdout;
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  console.log(`annual report pack, demo authority, A4: ${count} pages`);
  const pages: string[] = [];
  for (let n = 1; n <= count; n++)
    pages.push(squash((await run('pdftotext', ['-raw', '-f', String(n), '-l', String(n), pdf, '-'])).stdout));
  // -layout (as a person reads the page) must agree on the page furniture; its text is kept for the messages
  const layout = (await run('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'])).stdout;
  expect(squash(layout)).toContain(squash(demo.doc.title));
  printed = { pages, ...dom };
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** 1-based numbers of the pages whose text holds `text`. */
const pagesWith = (text: string) => printed.pages.flatMap((p, i) => (p.includes(text) ? [i + 1] : []));

test(`prints on ${PAGES.min} to ${PAGES.max} A4 pages, each saying "Page N of M"`, () => {
  const m = printed.pages.length;
  expect(m).toBeGreaterThanOrEqual(PAGES.min);
  expect(m).toBeLessThanOrEqual(PAGES.max);
  const unnumbered = printed.pages.flatMap((p, i) => (p.includes(`Page ${i + 1} of ${m}`) ? [] : [i + 1]));
  expect(unnumbered, 'pages without "Page N of M"').toEqual([]);
});

test('page 1 is the cover: title, authority and the suppression note; a page holds the contents', () => {
  const cover = printed.pages[0];
  expect(cover).toContain(squash(demo.doc.title));
  expect(cover).toContain(DEMO_AUTHORITY);
  expect(cover).toContain(SUPPRESSION_NOTE);
  // the cover holds nothing else of the report
  expect(cover).not.toContain('Contents');
  const contents = printed.pages.findIndex((p) => /Contents 1\. Overview/.test(p));
  expect(contents, 'a page with "Contents"').toBeGreaterThan(0);
  for (const a of AREAS) expect(printed.pages[contents], `contents list ${a.label}`).toContain(a.label);
});

test('the PEPs part says how much pupil premium plus was committed', () => {
  const line = /Pupil premium plus committed in PEPs in \d{4}\/\d{2}: £[\d,]+/;
  const on = printed.pages.flatMap((p, i) => (line.test(p) ? [i + 1] : []));
  expect(on.length, 'pages with the PP+ line').toBe(1);
  expect(printed.pages[on[0] - 1]).toContain(AREAS.find((a) => a.id === 'peps')!.lead);
});

test('no chart is cut across pages: each panel has its title and its Source: line on one page', () => {
  expect(printed.panels.length).toBeGreaterThan(40);
  expect(
    printed.panels.every((p) => p.title && p.source),
    'every panel has a title and a Source: line',
  ).toBe(true);
  // Panels are found in document order, each by its title and the start of its definition, after the one before.
  const offsets: number[] = [];
  const doc = printed.pages.reduce((all, p) => {
    offsets.push(all.length);
    return `${all}${p}\f`;
  }, '');
  const pageAt = (i: number) => offsets.filter((o) => o <= i).length;
  const cut: string[] = [];
  let cursor = 0;
  for (const p of printed.panels) {
    const heading = `${p.title} ${p.definition.slice(0, 24)}`.trim();
    const at = doc.indexOf(heading, cursor);
    if (at < 0) {
      cut.push(`"${p.title}": its title and definition are not together on one page (after page ${pageAt(cursor)})`);
      continue;
    }
    const source = doc.indexOf('Source:', at + heading.length);
    if (source < 0 || pageAt(source) !== pageAt(at))
      cut.push(
        `"${p.title}": title on page ${pageAt(at)}, Source: line on page ${source < 0 ? 'none' : pageAt(source)}`,
      );
    cursor = at + heading.length;
  }
  expect(cut, `panels cut across pages:\n  - ${cut.join('\n  - ')}`).toEqual([]);
});

test('no tile is cut across pages: each overview tile has its title and value on one page', () => {
  expect(printed.tiles.length).toBeGreaterThanOrEqual(8);
  const cut = printed.tiles
    .filter((t) => pagesWith(`${t.title} ${t.value}`).length === 0)
    .map((t) => `${t.title}: ${t.value}`);
  expect(cut, `tiles cut across pages:\n  - ${cut.join('\n  - ')}`).toEqual([]);
});

test('no part heading is left alone on a page, away from what it heads', () => {
  expect(printed.headings).toEqual(expect.arrayContaining(['Contents', 'Overview', ...AREAS.map((a) => a.label)]));
  const alone = printed.pages.flatMap((p, i) => {
    const rest = squash(
      p
        .replace(`Page ${i + 1} of ${printed.pages.length}`, '')
        .replace(/Published snapshot: [^,]+, as at \d{1,2} \w+ \d{4}/, ''),
    );
    return printed.headings.includes(rest) ? [`page ${i + 1}: "${rest}" alone`] : [];
  });
  expect(alone).toEqual([]);
});
