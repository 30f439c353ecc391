import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, vsd, type Run } from './run-vsd';
import { checkSnapshot } from '../../src/lib/snapshot/check';
import type { Snapshot, SnapshotCell } from '../../src/lib/snapshot/document';
import { academicOf } from '../../src/lib/snapshot/periods';
import { csvRecords } from '../fixtures/csv';
import { FIXTURES } from './helpers';

const DEMO = join(ROOT, 'data', 'demo');

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vsd-snapshot-'));
  tempDirs.push(dir);
  return dir;
}

/** Every string of a JSON value: its object keys and its string values. */
function stringsIn(v: unknown, out = new Set<string>()): Set<string> {
  if (typeof v === 'string') out.add(v);
  else if (Array.isArray(v)) v.forEach((x) => stringsIn(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) stringsIn(x, out.add(k));
  return out;
}

function cells(doc: Snapshot): SnapshotCell[] {
  return [
    ...doc.series.flatMap((s) => s.points),
    ...doc.breakdowns.flatMap((b) => [b.total, ...b.groups]),
    ...doc.distributions.flatMap((d) => d.bins),
  ];
}
const suppressed = (doc: Snapshot) => cells(doc).filter((c) => c.value === 'c').length;

const AS_AT = '2025-08-31';
let data: string;
let out: string;
const runs: Record<string, Run> = {};
const file = (name: string) => join(out, name);
const read = (name: string): Snapshot => JSON.parse(readFileSync(file(name), 'utf8'));

beforeAll(async () => {
  data = DEMO;
  out = tempDir();
  const warned = tempDir();
  for (const name of readdirSync(data)) copyFileSync(join(data, name), join(warned, name));
  writeFileSync(join(warned, 'notes.csv'), 'a,b\n1,2\n');
  // pupils.csv refused (a required column missing), care_periods.csv fine
  const broken = tempDir();
  copyFileSync(join(FIXTURES, 'valid/care_periods.csv'), join(broken, 'care_periods.csv'));
  writeFileSync(join(broken, 'pupils.csv'), 'child_id,sex\nC1,M\nC2,F\n');
  const base = (name: string, ...rest: string[]) => [
    'snapshot',
    '--data',
    data,
    '--out',
    file(name),
    '--as-at',
    AS_AT,
    ...rest,
  ];
  const calls: Record<string, string[]> = {
    k6: base('k6.json', '--authority', 'Demo'),
    dudley: base('dudley.json', '--authority', 'Dudley'),
    k10: base('k10.json', '--k', '10'),
    range: base('range.json', '--from', '2021/22', '--to', '2023/24', '--title', 'Governors, spring term'),
    html: base('snapshot.html', '--html', '--authority', 'Demo'),
    warned: ['snapshot', '--data', warned, '--out', file('warned.json')],
    fatal: ['snapshot', '--data', broken, '--out', file('fatal.json')],
    report: ['report', '--data', data, '--benchmarks'],
    unknownFlag: base('u1.json', '--colour', 'red'),
    k5: base('u2.json', '--k', '5'),
    k21: base('u3.json', '--k', '21'),
    badDate: ['snapshot', '--data', data, '--out', file('u4.json'), '--as-at', '2025-02-30'],
    badYear: base('u5.json', '--from', '2024/26'),
    fromAfterTo: base('u6.json', '--from', '2024/25', '--to', '2021/22'),
    noOut: ['snapshot', '--data', data],
    postcodeTitle: base('u7.json', '--title', 'Report for B15 8PZ'),
  };
  const done = await Promise.all(
    Object.entries(calls).map(async ([name, args]) => [name, await vsd(...args)] as const),
  );
  for (const [name, run] of done) runs[name] = run;
}, 300_000);

describe('vsd snapshot --data DIR --out FILE', () => {
  it('writes a vsd-snapshot/1 document that passes the check, keeps stdout clean and says what it wrote on stderr', () => {
    const { code, out: stdout, err } = runs.k6;
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(file('k6.json'), 'utf8');
    const doc = checkSnapshot(text);
    expect(doc.schema).toBe('vsd-snapshot/1');
    expect(doc.disclosure).toEqual({ k: 6 });
    expect(doc.authority).toBe('Demo');
    expect(doc.as_at).toBe(AS_AT);
    // by default every period loaded (the EHE register goes back to 2014/15), titled after the last
    expect(doc.periods).toEqual({ from: '2014/15', to: '2024/25' });
    expect(doc.title).toBe('Virtual school annual report 2024/25');
    expect(doc.series.length).toBeGreaterThan(40);
    expect(doc.breakdowns.length).toBeGreaterThan(0);
    expect(doc.distributions.length).toBeGreaterThan(0);
    const kb = Math.max(1, Math.round(Buffer.byteLength(text) / 1024));
    expect(err).toBe(`vsd: wrote ${file('k6.json')} (${kb} KB, ${suppressed(doc)} cells suppressed)\n`);
    expect(existsSync(file('k6.json.tmp'))).toBe(false);
  });

  it('records --k as disclosure.k, and suppresses at least as many cells with k = 10 as with k = 6', () => {
    expect(runs.k10.code).toBe(0);
    const k10 = checkSnapshot(readFileSync(file('k10.json'), 'utf8'));
    const k6 = read('k6.json');
    expect(k10.disclosure).toEqual({ k: 10 });
    expect(suppressed(k10)).toBeGreaterThanOrEqual(suppressed(k6));
    expect(suppressed(k10)).toBeGreaterThan(0);
    // no shown count lies in 1..9
    for (const s of k10.series.filter((s) => s.kind === 'count')) {
      for (const p of s.points) if (typeof p.value === 'number') expect(p.value === 0 || p.value >= 10).toBe(true);
    }
  });

  it('covers --from to --to: every figure within, breakdowns and distributions of the last year, and takes --title', () => {
    expect(runs.range.code).toBe(0);
    const doc = checkSnapshot(readFileSync(file('range.json'), 'utf8'));
    expect(doc.periods).toEqual({ from: '2021/22', to: '2023/24' });
    expect(doc.title).toBe('Governors, spring term');
    expect(doc.authority).toBe('');
    const periods = new Set(doc.series.flatMap((s) => s.points.map((p) => academicOf(p.period))));
    expect([...periods].sort()).toEqual(['2021/22', '2022/23', '2023/24']);
    expect(doc.series.find((s) => s.measure === 'roll_n')!.points.map((p) => p.period)).toEqual([
      '2021/22',
      '2022/23',
      '2023/24',
    ]);
    for (const b of doc.breakdowns) expect(['2021/22', '2022/23', '2023/24']).toContain(academicOf(b.period));
    expect(doc.breakdowns.some((b) => b.period === '2023/24')).toBe(true);
    for (const d of doc.distributions) expect(d.period).toBe('2023/24');
  });

  it('names each table loaded with the SHA-256 of its file, sorted by table: no file name, no row count', () => {
    const doc = read('k6.json');
    const expected = readdirSync(data)
      .sort()
      .map((name) => ({
        table: name.replace(/\.csv$/, ''),
        sha256: createHash('sha256')
          .update(readFileSync(join(data, name)))
          .digest('hex'),
      }))
      .sort((a, b) => a.table.localeCompare(b.table));
    expect(doc.sources).toEqual(expected);
    for (const s of doc.sources) {
      expect(Object.keys(s).sort()).toEqual(['sha256', 'table']);
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('holds no id, school reference, record, PEP or officer reference of the data', () => {
    const columns = ['child_id', 'school_ref', 'record_id', 'pep_id', 'officer_ref', 'exclusion_id', 'target_id'];
    const ids = new Set<string>();
    for (const name of readdirSync(data)) {
      for (const row of csvRecords(readFileSync(join(data, name), 'utf8')))
        for (const c of columns) if (row[c]) ids.add(row[c]);
    }
    expect(ids.size).toBeGreaterThan(1000);
    for (const name of ['k6.json', 'k10.json', 'range.json']) {
      const leaked = [...stringsIn(read(name))].filter((s) => ids.has(s));
      expect(leaked).toEqual([]);
    }
  });

  it('holds no school name of the schools lookup, in the JSON or the HTML file, though the lookup was loaded', () => {
    const names = csvRecords(readFileSync(join(data, 'schools.csv'), 'utf8'))
      .map((r) => r.school_name)
      .filter(Boolean);
    expect(names.length).toBeGreaterThan(100);
    expect(read('k6.json').sources.map((s) => s.table)).toContain('schools');
    for (const name of ['k6.json', 'k10.json', 'range.json', 'snapshot.html']) {
      const text = readFileSync(file(name), 'utf8');
      expect(
        names.filter((n) => text.includes(n)),
        name,
      ).toEqual([]);
    }
  });

  it('publishes the figures of vsd report: every shown series point equals its report row, national figures too', () => {
    expect(runs.report.code).toBe(0);
    type ReportRow = {
      measure: string;
      period: string;
      value: number | null;
      numerator: number | null;
      denominator: number | null;
      benchmarks?: Record<string, number>;
    };
    const rows: ReportRow[] = JSON.parse(runs.report.out).rows;
    const row = (m: string, p: string) => rows.find((r) => r.measure === m && r.period === p);
    const doc = read('k6.json');
    const point = (m: string, p: string) =>
      doc.series.find((s) => s.measure === m)!.points.find((x) => x.period === p)!;
    // the headline figures of the latest year, shown
    for (const m of ['roll_n', 'cla12m_n', 'ks4_cohort_n', 'ks4_att8_avg', 'abs_overall_pct']) {
      const p = point(m, '2024/25') as SnapshotCell & { numerator?: number; denominator?: number };
      expect(typeof p.value, m).toBe('number');
      expect(p.value, m).toBe(row(m, '2024/25')!.value);
    }
    expect(point('ks4_att8_avg', '2024/25')).toMatchObject({
      denominator: row('ks4_att8_avg', '2024/25')!.denominator,
    });
    let shown = 0;
    for (const s of doc.series) {
      for (const p of s.points) {
        const r = row(s.measure, p.period)!;
        expect(r, `${s.measure} ${p.period}`).toBeDefined();
        if (Object.keys(r.benchmarks ?? {}).length) expect(p.national).toEqual(r.benchmarks);
        if (typeof p.value !== 'number') continue;
        shown++;
        const q = p as { value: number; numerator?: number; denominator?: number };
        expect(q.value, `${s.measure} ${p.period}`).toBe(r.value);
        if (s.kind === 'ratio') expect([q.numerator, q.denominator]).toEqual([r.numerator, r.denominator]);
        if (s.kind === 'average') expect(q.denominator).toBe(r.denominator);
      }
    }
    expect(shown).toBeGreaterThan(100);
  });

  it('carries a DfE-listed authority’s neighbours, region and published figures in each point’s national figures, and no interval', () => {
    expect(runs.dudley.code).toBe(0);
    const doc = checkSnapshot(readFileSync(file('dudley.json'), 'utf8'));
    const att8 = doc.series.find((s) => s.measure === 'ks4_att8_avg')!.points.find((p) => p.period === '2024/25')!;
    // la-benchmarks.csv, 2024/25, Attainment 8, CLA_12M: Dudley 19.7, neighbours 18.16 (10 of 10), West Midlands 19.3
    expect(att8.national).toMatchObject({
      CLA_12M: 17.3,
      la_CLA_12M: 19.7,
      neighbours_CLA_12M: 18.16,
      neighbours_n_CLA_12M: 10,
      region_CLA_12M: 19.3,
    });
    // only the group each local figure is compared with
    expect(Object.keys(att8.national!).some((k) => k.endsWith('_CINO'))).toBe(false);
    for (const p of doc.series.flatMap((s) => s.points)) expect(p).not.toHaveProperty('low');
    // a name not on the DfE list is published as written, with the national figures alone
    const demo = read('k6.json')
      .series.find((s) => s.measure === 'ks4_att8_avg')!
      .points.at(-1)!;
    expect(Object.keys(demo.national!).some((k) => k.startsWith('neighbours_'))).toBe(false);
  });

  it('warns of a refused optional file on stderr and still writes the snapshot, without that file among its sources', () => {
    const { code, out: stdout, err } = runs.warned;
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(err).toMatch(/^vsd: notes\.csv: Not a table the dashboard knows/);
    expect(err).toMatch(/vsd: wrote .*warned\.json \(\d+ KB, \d+ cells suppressed\)\n$/);
    const doc = checkSnapshot(readFileSync(file('warned.json'), 'utf8'));
    expect(doc.sources.map((s) => s.table)).toEqual(read('k6.json').sources.map((s) => s.table));
    expect(doc.as_at).toBe(new Date().toISOString().slice(0, 10));
  });

  it('exits 1, names the problem on stderr and writes nothing when pupils.csv fails to load', () => {
    const { code, out: stdout, err } = runs.fatal;
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(err).toContain('pupils.csv');
    expect(err).toContain('birth_year_month');
    expect(err).toContain('cannot work without it');
    expect(existsSync(file('fatal.json'))).toBe(false);
    expect(existsSync(file('fatal.json.tmp'))).toBe(false);
  });

  it.each([
    ['unknownFlag', 'snapshot takes no --colour'],
    ['k5', '--k 5: give a whole number from 6 to 20'],
    ['k21', '--k 21: give a whole number from 6 to 20'],
    ['badDate', '--as-at 2025-02-30: give a real date written YYYY-MM-DD'],
    ['badYear', '--from 2024/26: give an academic year such as 2021/22'],
    ['fromAfterTo', '--from 2024/25 is after --to 2021/22'],
    ['noOut', '--out is required once'],
    ['postcodeTitle', '--title: This holds what looks like a full postcode'],
  ])('exits 2 on a usage error (%s), with the message and the usage on stderr, writing nothing', (name, message) => {
    const { code, out: stdout, err } = runs[name];
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(err.startsWith(`vsd: ${message}`)).toBe(true);
    expect(err).toContain('vsd snapshot --data DIR --out FILE');
    expect(readdirSync(out).filter((n) => n.startsWith('u'))).toEqual([]);
  });
});

describe('vsd snapshot --check FILE', () => {
  it('prints a one-line summary of a valid snapshot and exits 0', async () => {
    const doc = read('k6.json');
    const run = await vsd('snapshot', '--check', file('k6.json'));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      `vsd-snapshot/1, Demo, as at ${AS_AT}, k = 6, 2014/15 to 2024/25: ${doc.series.length} series, ${doc.breakdowns.length} breakdowns, ` +
        `${doc.distributions.length} distributions, ${suppressed(doc)} cells suppressed\n`,
    );
  });

  it('exits 1 naming the field when a suppressed cell is given a number', async () => {
    const doc = read('k6.json');
    const i = doc.series.findIndex((s) => s.kind === 'count' && s.points.some((p) => p.value === 'c'));
    const j = doc.series[i].points.findIndex((p) => p.value === 'c');
    (doc.series[i].points[j] as { value: unknown }).value = 3;
    writeFileSync(file('broken.json'), JSON.stringify(doc));
    const run = await vsd('snapshot', '--check', file('broken.json'));
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toBe(
      `vsd: broken.json: series[${i}].points[${j}].value: a count of 3 is under k = 6 and should have been c\n`,
    );
  });

  it('exits 1 on a file that is not a snapshot, and 2 on a file that is not there or another option beside it', async () => {
    writeFileSync(file('not.json'), '{"schema": "vsd-report/1"');
    const [notJson, missing, beside] = await Promise.all([
      vsd('snapshot', '--check', file('not.json')),
      vsd('snapshot', '--check', file('no-such.json')),
      vsd('snapshot', '--check', file('k6.json'), '--k', '6'),
    ]);
    expect(notJson.code).toBe(1);
    expect(notJson.err).toBe('vsd: not.json: The file is not a snapshot: it is not JSON.\n');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('is not a file');
    expect(beside.code).toBe(2);
    expect(beside.err).toContain('snapshot takes no --k');
  });
});

describe('vsd snapshot --html', () => {
  it('writes the governor view with the document in its vsd-snapshot block, which passes --check', async () => {
    expect(runs.html.err).toMatch(/^vsd: wrote .*snapshot\.html \(\d+ KB, \d+ cells suppressed\)\n$/);
    expect(runs.html.code).toBe(0);
    const html = readFileSync(file('snapshot.html'), 'utf8');
    const block = /<script type="application\/json" id="vsd-snapshot">([\s\S]*?)<\/script>/.exec(html);
    expect(block).not.toBeNull();
    const doc = checkSnapshot(block![1]);
    const { created: _a, ...inHtml } = doc;
    const { created: _b, ...inJson } = read('k6.json');
    expect(inHtml).toEqual(inJson);
    expect(html).toContain('<title>Virtual school annual report 2024/25</title>');
    const run = await vsd('snapshot', '--check', file('snapshot.html'));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^vsd-snapshot\/1, Demo, as at 2025-08-31, k = 6, 2014\/15 to 2024\/25: \d+ series, \d+ breakdowns, \d+ distributions, \d+ cells suppressed\n$/,
    );
  });
});

describe('vsd snapshot of an SSDA903 XML return', () => {
  // the return of tests/unit/ssda903-xml.test.ts, shortened: one file fills pupils, care_periods and uasc; the
  // attendance file beside it makes 2023/24 a year of the roll
  const XML = `<?xml version='1.0' encoding='us-ascii'?>
<EXPSSDA903>
  <CHILD>
    <HEADER><CHILDID>501</CHILDID><UPN>H801200001001</UPN><SEX>2</SEX><DOB>28/07/2011</DOB><ETHNIC>BAFR</ETHNIC><UASC /><MOTHER /><MC_DOB /></HEADER>
    <EPISODE><DECOM>06/01/2020</DECOM><RNE>S</RNE><LS>J3</LS><CIN>N4</CIN><PL>U1</PL><PLACE_PROVIDER>PR2</PLACE_PROVIDER><DEC /><REC /><REASON_PLACE_CHANGE /></EPISODE>
  </CHILD>
  <CHILD>
    <HEADER><CHILDID>502</CHILDID><UPN>UN3</UPN><SEX>1</SEX><DOB>14/02/2009</DOB><ETHNIC>AOTH</ETHNIC><UASC>1</UASC><MOTHER /><MC_DOB /></HEADER>
    <EPISODE><DECOM>01/09/2020</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>K2</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC /><REC /><REASON_PLACE_CHANGE /></EPISODE>
  </CHILD>
</EXPSSDA903>
`;

  it('gives one source per table the return filled, each with the SHA-256 of the XML file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'return.xml'), XML);
    const attendance =
      'child_id,academic_year,term,sessions_possible,sessions_authorised,sessions_unauthorised\n501,2023/24,AUTUMN,140,4,2\n502,2023/24,AUTUMN,140,0,0\n';
    writeFileSync(join(dir, 'attendance.csv'), attendance);
    const run = await vsd('snapshot', '--data', dir, '--out', file('xml.json'), '--year', '2025');
    expect(run.err).toMatch(/vsd: wrote /);
    expect(run.code).toBe(0);
    const doc = checkSnapshot(readFileSync(file('xml.json'), 'utf8'));
    const hex = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(doc.sources).toEqual([
      { table: 'attendance', sha256: hex(attendance) },
      { table: 'care_periods', sha256: hex(XML) },
      { table: 'pupils', sha256: hex(XML) },
      { table: 'uasc', sha256: hex(XML) },
    ]);
    const strings = stringsIn(doc);
    for (const id of ['501', '502', 'H801200001001', 'UN3', 'return.xml']) expect(strings.has(id), id).toBe(false);
  }, 60_000);
});
