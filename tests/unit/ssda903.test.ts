import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { Db } from '../../src/lib/db/types';
import { rejectedRowsCsv } from '../../src/lib/ingest/export';
import { LinkMap } from '../../src/lib/ingest/link';
import { loadSet, type LoadOutcome } from '../../src/lib/ingest/load';
import { prepareSet } from '../../src/lib/ingest/prepare-set';
import { buildModel } from '../../src/lib/measures/model';
import { csvRecords } from '../fixtures/csv';
import { ROOT, vsd } from './run-vsd';

const SAMPLE = join(ROOT, '..', 'shared', 'data', 'ssda903-sample');
const NAMES = readdirSync(SAMPLE)
  .filter((f) => f.endsWith('.csv'))
  .sort();
const files = () => NAMES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SAMPLE, name))) }));

/** The sample's rows as objects, read here independently of the app's loading. */
const rows = (name: string): Record<string, string>[] => csvRecords(readFileSync(join(SAMPLE, name), 'utf8'));

/** Every DOB, UPN and postcode of the sample. */
const IDENTIFIERS = [
  ...new Set(
    NAMES.flatMap((n) =>
      rows(n).flatMap((r) =>
        ['DOB', 'MC_DOB', 'UPN', 'HOME_POST', 'PL_POST'].map((c) => r[c]).filter((v) => v && !/^UN\d+$/.test(v)),
      ),
    ),
  ),
];

function sampleDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vsd-903-'));
  for (const n of NAMES) copyFileSync(join(SAMPLE, n), join(dir, n));
  return dir;
}

const ukDate = (d: string) => d.split('/').reverse().join('-');

describe('the SSDA903 sample of the open-source validator, as it is', () => {
  let db: Db;
  let out: LoadOutcome;
  const file = (name: string) => out.files.find((f) => f.file === name)!;

  beforeAll(async () => {
    db = await openNodeDb();
    out = await loadSet(db, prepareSet(files(), { year: 2018, links: new LinkMap('sample') }), new Set());
    await buildModel(db);
  });

  it('loads every file it can use, says the Missing file is unused, and accounts for every row with a line', () => {
    expect(out.fatal).toBeNull();
    expect(out.files.map((f) => [f.file, f.table, f.status, f.export])).toEqual([
      ['episodes.csv', 'care_periods', 'loaded', 'SSDA903 Episodes'],
      ['header.csv', 'pupils', 'loaded', 'SSDA903 Header'],
      ['missing.csv', null, 'unused', 'SSDA903 Missing'],
      ['oc3.csv', 'destinations', 'loaded', 'SSDA903 OC3'],
      ['uasc.csv', 'uasc', 'loaded', 'SSDA903 UASC'],
    ]);
    for (const name of ['episodes.csv', 'header.csv', 'oc3.csv', 'uasc.csv']) {
      const f = file(name);
      expect(f.rows_read, name).toBe(rows(name).length);
      expect(f.rows_loaded + f.rows_rejected, name).toBe(f.rows_read);
      expect(f.errors.length, name).toBe(f.rows_rejected);
      for (const e of f.errors) expect(e.line > 1 && e.reason.length > 0, name).toBe(true);
    }
  });

  it('closes every episode left open before a later one of the same child, each with a warning on its line', async () => {
    // worked out from the file itself: per child, by DECOM, an episode with no DEC that is not the child's last
    const byChild = new Map<string, { line: number; decom: string; dec: string }[]>();
    rows('episodes.csv').forEach((r, i) =>
      byChild.set(r.CHILD, [...(byChild.get(r.CHILD) ?? []), { line: i + 2, decom: ukDate(r.DECOM), dec: r.DEC }]),
    );
    const closed = [...byChild.values()]
      .flatMap((eps) =>
        eps
          .sort((a, b) => a.decom.localeCompare(b.decom))
          .slice(0, -1)
          .filter((e) => !e.dec)
          .map((e) => e.line),
      )
      .sort((a, b) => a - b);
    const f = file('episodes.csv');
    expect(closed.length).toBeGreaterThan(0);
    expect(f.warnings).toBe(closed.length);
    expect(f.warning_details.map((w) => w.line).sort((a, b) => a - b)).toEqual(closed);
    for (const w of f.warning_details)
      expect(w.reason).toMatch(/^left open, closed at \d{4}-\d{2}-\d{2}: the next episode \(line \d+\) starts/);
    // no child of the sample is left "in care forever" behind a later episode
    const [{ n }] = await db.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM care_periods c WHERE end_date IS NULL AND EXISTS (SELECT 1 FROM care_periods l WHERE l.child_id = c.child_id AND l.start_date > c.start_date)`,
    );
    expect(n).toBe(0);
  });

  it('keeps the birth month of each DOB, never the day, and derives the OC3 ages for the year asked', async () => {
    const header = rows('header.csv');
    const months = await db.query<{ child_id: string; m: string }>(
      `SELECT child_id, birth_year_month AS m FROM pupils`,
    );
    const byId = new Map(months.map((r) => [r.child_id, r.m]));
    for (const h of header) expect(byId.get(h.CHILD), h.CHILD).toBe(`${h.DOB.slice(6, 10)}-${h.DOB.slice(3, 5)}`);
    const ages = new Map(
      (
        await db.query<{ child_id: string; age: number; y: number }>(
          `SELECT child_id, age, reporting_year AS y FROM destinations`,
        )
      ).map((r) => [r.child_id, r]),
    );
    for (const r of rows('oc3.csv')) {
      // the birthday inside 1 April 2017 to 31 March 2018: born January to March → 2018 − year; April onwards → 2017 − year
      const [, m, y] = r.DOB.split('/').map(Number);
      expect(ages.get(r.CHILD), r.CHILD).toEqual({ child_id: r.CHILD, y: 2018, age: (m >= 4 ? 2017 : 2018) - y });
    }
  });

  it('marks as UASC exactly the Header children the UASC file lists', async () => {
    const listed = new Set(rows('uasc.csv').map((r) => r.CHILD));
    const header = rows('header.csv').map((r) => r.CHILD);
    const facts = await db.query<{ child_id: string; uasc: boolean }>(`SELECT child_id, uasc FROM pupil_facts`);
    expect(facts.filter((r) => r.uasc).length).toBe(header.filter((c) => listed.has(c)).length);
    for (const r of facts) expect(r.uasc, r.child_id).toBe(listed.has(r.child_id));
    expect(file('uasc.csv').orphans).toBe([...listed].filter((c) => !header.includes(c)).length);
  });

  it('keeps no DOB, UPN or postcode in DuckDB, the load report or the rejected-rows download', async () => {
    expect(IDENTIFIERS.length).toBeGreaterThan(5000);
    const tables = await db.query<{ t: string }>(`SELECT table_name AS t FROM duckdb_tables() WHERE NOT internal`);
    let stored = '';
    for (const { t } of tables)
      stored += JSON.stringify(await db.query(`SELECT * FROM "${t}"`), (_, v) =>
        typeof v === 'bigint' ? Number(v) : v,
      );
    const report = JSON.stringify(out.files);
    const download = rejectedRowsCsv(out.files);
    for (const v of IDENTIFIERS) {
      expect(stored.includes(v), `${v} in DuckDB`).toBe(false);
      expect(report.includes(v), `${v} in the load report`).toBe(false);
      expect(download.includes(v), `${v} in the download`).toBe(false);
    }
  });
});

describe('vsd on the SSDA903 sample', () => {
  const dir = sampleDir();

  it('refuses the OC3 without --year, naming the option, and exits 1', async () => {
    const { code, out } = await vsd('validate', '--data', dir);
    expect(code).toBe(1);
    const oc3 = JSON.parse(out).files.find((f: { file: string }) => f.file === 'oc3.csv');
    expect(oc3).toMatchObject({
      status: 'refused',
      reason: expect.stringContaining('give it with --year, e.g. --year 2025'),
    });
  });

  it('reports every measure with --year, and prints no DOB, UPN or postcode', async () => {
    const { code, out, err } = await vsd('report', '--data', dir, '--year', '2018');
    expect(code).toBe(0);
    expect(JSON.parse(out).schema).toBe('vsd-report/1');
    for (const v of IDENTIFIERS) expect((out + err).includes(v), v).toBe(false);
  });

  it('refuses a --year that is not a year as a usage error', async () => {
    expect(await vsd('validate', '--data', dir, '--year', '18')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--year 18: give the reporting year'),
    });
  });
});

describe('the demo authority as SSDA903 returns', () => {
  it('reports exactly what the demo in our own layout reports', async () => {
    const own = await vsd('report', '--data', join(ROOT, 'data/demo'));
    const real = await vsd('report', '--data', join(ROOT, 'data/demo-903'));
    expect(real.code).toBe(0);
    expect(JSON.parse(real.out).rows).toEqual(JSON.parse(own.out).rows);
  });
});
