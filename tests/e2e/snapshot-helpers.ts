// Shared helpers of the governor browser tests (governor*.test.ts) and of scripts/bench-governor.ts:
// the demo authority's published snapshot, built in Node the way `vsd snapshot` builds it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDirectory } from '../../src/cli/load-dir';
import { nationalFigures } from '../../src/cli/national';
import { afterLoad } from '../../src/lib/pipeline/after-load';
import { runReport, type Report } from '../../src/lib/measures/report';
import { collectRows } from '../../src/lib/snapshot/collect';
import type { Snapshot } from '../../src/lib/snapshot/document';
import { makeSnapshot } from '../../src/lib/snapshot/snapshot';

export const ROOT = join(import.meta.dirname, '..', '..');
export const GOVERNOR_HTML = join(ROOT, 'dist', 'governor.html');
export const DEMO_TITLE = 'Virtual school annual report 2024/25';
export const DEMO_AUTHORITY = 'Demo authority';
export const DEMO_AS_AT = '2025-08-31';

export interface DemoSnapshot {
  doc: Snapshot;
  json: string;
  /** `vsd report` of data/demo with no filter, from the same database */
  report: Report;
}

let demo: Promise<DemoSnapshot> | undefined;

/** The demo authority's snapshot (k = 6) and its report; built once per test file (module), then shared. */
export function demoSnapshot(): Promise<DemoSnapshot> {
  demo ??= (async () => {
    const { db, outcome } = await loadDirectory(join(ROOT, 'data', 'demo'));
    if (outcome.fatal) throw new Error(`data/demo: ${outcome.fatal}`);
    await afterLoad(db, {
      loaded: outcome.files.filter((f) => f.status === 'loaded'),
      depth: 'bases',
      benchmarks: nationalFigures,
    });
    const report = await runReport(db, {});
    const doc = makeSnapshot(await collectRows(db), {
      title: DEMO_TITLE,
      authority: DEMO_AUTHORITY,
      as_at: DEMO_AS_AT,
      k: 6,
      sources: [],
      created: new Date('2025-09-14T10:12:00Z'),
    });
    return { doc, json: JSON.stringify(doc), report };
  })();
  return demo;
}

/** The built governor template, dist/governor.html. */
export function governorTemplate(): string {
  if (!existsSync(GOVERNOR_HTML))
    throw new Error(`${GOVERNOR_HTML} not found: run \`npm run build\` before the e2e tests.`);
  return readFileSync(GOVERNOR_HTML, 'utf8');
}

/** `31 August 2025`, as the banner writes the as-at date. */
export const DEMO_AS_AT_LONG = '31 August 2025';

/** A figure as the app writes it: en-GB grouping, exactly `p` decimals. */
export const formatted = (v: number, p: number): string =>
  new Intl.NumberFormat('en-GB', { minimumFractionDigits: p, maximumFractionDigits: p }).format(v);
