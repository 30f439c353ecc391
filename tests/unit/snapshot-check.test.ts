import { describe, expect, it, vi } from 'vitest';
import { refusalOf } from './helpers';
import { checkSnapshot, checkSnapshotFile, MAX_SNAPSHOT_BYTES, SnapshotError } from '../../src/lib/snapshot/check';
import type { Snapshot } from '../../src/lib/snapshot/document';

/** A small valid snapshot (k = 6): one series of each kind, a breakdown and a distribution, as the spec shows them. */
function validDocument(): Snapshot {
  return {
    schema: 'vsd-snapshot/1',
    title: 'Virtual school annual report 2024/25',
    authority: 'Dudley',
    as_at: '2025-08-31',
    created: '2025-09-14T10:12:00Z',
    app_version: '0.2.0',
    disclosure: { k: 6 },
    periods: { from: '2021/22', to: '2024/25' },
    sources: [
      { table: 'pupils', sha256: 'a'.repeat(64) },
      { table: 'ks4_results', sha256: '0123456789abcdef'.repeat(4) },
    ],
    commentary: { ks4: 'Plain text written by the virtual school head for this area.' },
    series: [
      {
        measure: 'ks4_att8_avg',
        kind: 'average',
        unit: 'mean',
        area: 'ks4',
        points: [
          { period: '2023/24', value: 18.24, denominator: 41, national: { CLA_12M: 17.3, ALL_PUPILS: 45.9 } },
          { period: '2024/25', value: 'c', national: { CLA_12M: 17.8, ALL_PUPILS: 45.9 } },
        ],
      },
      {
        measure: 'pep_completed_pct',
        kind: 'ratio',
        unit: 'percent',
        area: 'pep',
        points: [
          { period: '2023/24', value: 'z' },
          { period: '2024/25', value: 80, numerator: 40, denominator: 50 },
        ],
      },
      {
        measure: 'roll_n',
        kind: 'count',
        unit: 'count',
        area: 'roll',
        points: [
          { period: '2021/22', value: 0 },
          { period: '2024/25', value: 120 },
        ],
      },
      {
        measure: 'care_leavers_eet_pct',
        kind: 'ratio',
        unit: 'percent',
        area: 'destinations',
        points: [
          { period: '2025', value: 'x' },
          { period: '2024', value: 62.5, numerator: 25, denominator: 40 },
        ],
      },
    ],
    breakdowns: [
      {
        measure: 'susp_n',
        kind: 'count',
        unit: 'count',
        area: 'exclusions',
        dimension: 'term',
        period: '2024/25',
        total: { value: 120 },
        groups: [
          { group: 'AUTUMN', value: 50 },
          { group: 'SPRING', value: 'c' },
          { group: 'SUMMER', value: 'c' },
        ],
      },
    ],
    distributions: [
      {
        distribution: 'ks4_att8_distribution',
        area: 'ks4',
        period: '2024/25',
        bins: [
          { from: 0, to: 10, value: 21 },
          { from: 10, to: 20, value: 'c' },
          { from: 20, to: 30, value: 0 },
        ],
      },
    ],
  };
}

/** The text of the valid document after a hand edit. */
function edited(change: (doc: any) => void): string {
  const doc = validDocument();
  change(doc);
  return JSON.stringify(doc);
}

/** The message `checkSnapshot` refuses `text` with (and that it is a SnapshotError). */
const refusal = (text: string) => refusalOf(() => checkSnapshot(text), SnapshotError);

describe('checkSnapshot: a valid snapshot', () => {
  it('is accepted and returned equal to its input', () => {
    const doc = validDocument();
    expect(checkSnapshot(JSON.stringify(doc))).toEqual(doc);
  });
  it('is accepted without commentary, and with a leading byte-order mark', () => {
    const text = edited((d) => delete d.commentary);
    expect(checkSnapshot(text).commentary).toBeUndefined();
    expect(checkSnapshot(`\uFEFF${text}`).title).toBe('Virtual school annual report 2024/25');
  });
  it('follows k: a count of 8 is shown with k = 6, refused with k = 10', () => {
    const text = (k: number) =>
      edited((d) => {
        d.disclosure.k = k;
        d.breakdowns[0].groups[0].value = 8;
        d.series = [];
        d.distributions = [];
      });
    expect(checkSnapshot(text(6)).disclosure.k).toBe(6);
    expect(refusal(text(10))).toBe(
      'breakdowns[0].groups[0].value: a count of 8 is under k = 10 and should have been c',
    );
  });
});

describe('checkSnapshot: the file', () => {
  it('refuses a file that is not JSON', () => {
    expect(refusal('{"schema": "vsd-snapshot/1",')).toBe('The file is not a snapshot: it is not JSON.');
    expect(refusal('Name,UPN\nA,H801200001001')).toMatch(/not a snapshot: it is not JSON/);
  });
  it('refuses JSON that is not an object', () => {
    expect(refusal('[1, 2]')).toBe('The file is not a snapshot: it holds a list, not an object.');
    expect(refusal('null')).toMatch(/not a snapshot/);
  });
  it('refuses an unknown schema, naming what was found when short', () => {
    expect(refusal(edited((d) => (d.schema = 'vsd-snapshot/2')))).toBe(
      'schema: expected "vsd-snapshot/1", found "vsd-snapshot/2"',
    );
    expect(refusal(edited((d) => (d.schema = 'vsd-report/1')))).toMatch(/^schema: .*found "vsd-report\/1"/);
    const long = refusal(edited((d) => (d.schema = 'x'.repeat(500))));
    expect(long).toBe('schema: expected "vsd-snapshot/1", found a text of 500 characters');
  });
  const required = [
    'schema',
    'title',
    'authority',
    'as_at',
    'created',
    'app_version',
    'disclosure',
    'periods',
    'sources',
    'series',
    'breakdowns',
    'distributions',
  ];
  it.each(required)('refuses a snapshot without %s, naming it', (field) => {
    const message = refusal(edited((d) => delete d[field]));
    expect(message).toMatch(new RegExp(`^${field}: missing; expected `));
  });
  it('refuses a missing k, from or to, naming its path', () => {
    expect(refusal(edited((d) => delete d.disclosure.k))).toBe(
      'disclosure.k: missing; expected a whole number from 6 to 20',
    );
    expect(refusal(edited((d) => delete d.periods.to))).toMatch(/^periods\.to: missing/);
  });
  it('refuses an unknown top-level field', () => {
    expect(refusal(edited((d) => (d.children = [])))).toBe(
      'children: not a field of vsd-snapshot/1; a snapshot holds nothing else',
    );
  });
});

describe('checkSnapshot: the header fields', () => {
  it.each([5, 21, 6.5, '6'])('refuses k = %s', (k) => {
    expect(refusal(edited((d) => (d.disclosure.k = k)))).toBe(
      `disclosure.k: expected a whole number from 6 to 20, found ${typeof k === 'string' ? `"${k}"` : k}`,
    );
  });
  it('refuses a disclosure setting other than k', () => {
    expect(refusal(edited((d) => (d.disclosure.rounding = 5)))).toMatch(/^disclosure\.rounding: /);
  });
  it('refuses an empty title, and a title, authority or app version too long, without quoting it', () => {
    expect(refusal(edited((d) => (d.title = '  ')))).toBe('title: expected text, found an empty one');
    expect(refusal(edited((d) => (d.title = 't'.repeat(201))))).toBe(
      'title: expected at most 200 characters, found 201',
    );
    expect(checkSnapshot(edited((d) => (d.title = 't'.repeat(200)))).title).toHaveLength(200);
    expect(refusal(edited((d) => (d.authority = 'a'.repeat(101))))).toBe(
      'authority: expected at most 100 characters, found 101',
    );
    expect(refusal(edited((d) => (d.app_version = 7)))).toBe('app_version: expected text, found 7');
  });
  it('refuses a date that is not a real date, and a created that is not a date-time', () => {
    expect(refusal(edited((d) => (d.as_at = '2025-02-30')))).toBe(
      'as_at: expected a date written YYYY-MM-DD, found "2025-02-30"',
    );
    expect(refusal(edited((d) => (d.as_at = '31/08/2025')))).toMatch(/^as_at: /);
    expect(refusal(edited((d) => (d.created = '2025-09-14')))).toMatch(/^created: expected a date and time/);
    expect(refusal(edited((d) => (d.created = '2025-09-14T25:00:00Z')))).toMatch(/^created: /);
    expect(checkSnapshot(edited((d) => (d.created = '2025-09-14T11:12:00.250+01:00'))).created).toBe(
      '2025-09-14T11:12:00.250+01:00',
    );
  });
  it('refuses periods that are not academic years, or run backwards', () => {
    expect(refusal(edited((d) => (d.periods.from = '2021/23')))).toBe(
      'periods.from: expected an academic year such as "2021/22", found "2021/23"',
    );
    expect(refusal(edited((d) => (d.periods.from = '2021')))).toMatch(/^periods\.from: /);
    expect(refusal(edited((d) => (d.periods = { from: '2024/25', to: '2021/22' })))).toBe(
      'periods.to: expected 2024/25 or later, found 2021/22',
    );
  });
  it('refuses a source with a file name or a row count', () => {
    expect(refusal(edited((d) => (d.sources[0].file = 'Smith J pupils.csv')))).toMatch(
      /^sources\[0\]\.file: a source names no file/,
    );
    expect(refusal(edited((d) => (d.sources[1].rows = 41)))).toMatch(
      /^sources\[1\]\.rows: a source holds no row count/,
    );
    expect(refusal(edited((d) => (d.sources[0].loaded = '2025-09-01')))).toBe(
      'sources[0].loaded: a source holds only its table and sha256',
    );
  });
  it('refuses a source whose table is not an id or whose sha256 is not 64 lowercase hex digits', () => {
    expect(refusal(edited((d) => (d.sources[0].table = 'Pupils.csv')))).toMatch(/^sources\[0\]\.table: expected an id/);
    expect(refusal(edited((d) => (d.sources[0].sha256 = 'A'.repeat(64))))).toBe(
      'sources[0].sha256: expected a SHA-256 of 64 lowercase hexadecimal digits, found a text of 64 characters',
    );
    expect(refusal(edited((d) => (d.sources[0].sha256 = 'abc')))).toMatch(/^sources\[0\]\.sha256: /);
  });
  it('refuses commentary that is not area id → text, too long, or holding a UPN', () => {
    expect(refusal(edited((d) => (d.commentary = 'Plain text')))).toMatch(/^commentary: expected an object/);
    expect(refusal(edited((d) => (d.commentary.ks4 = 12)))).toBe('commentary.ks4: expected text, found 12');
    expect(refusal(edited((d) => (d.commentary = { 'Key stage 4': 'text' })))).toMatch(
      /^commentary \(an area id\): expected an id/,
    );
    expect(refusal(edited((d) => (d.commentary.ks4 = 'w'.repeat(5001))))).toBe(
      'commentary.ks4: expected at most 5000 characters, found 5001',
    );
    const upn = refusal(edited((d) => (d.commentary.ks4 = 'Well done to H801200001001 this year.')));
    expect(upn).toBe(
      'commentary.ks4: holds what looks like a UPN (unique pupil number); a snapshot holds nothing that identifies a child',
    );
  });
});

describe('checkSnapshot: cells', () => {
  it('refuses a hand-edited c replaced by a count in 1..k−1', () => {
    expect(refusal(edited((d) => (d.breakdowns[0].groups[1].value = 3)))).toBe(
      'breakdowns[0].groups[1].value: a count of 3 is under k = 6 and should have been c',
    );
    expect(refusal(edited((d) => (d.distributions[0].bins[1].value = 5)))).toBe(
      'distributions[0].bins[1].value: a count of 5 is under k = 6 and should have been c',
    );
    expect(refusal(edited((d) => (d.series[2].points[0].value = 0.5)))).toBe(
      'series[2].points[0].value: a count of 0.5 is under k = 6 and should have been c',
    );
    expect(refusal(edited((d) => (d.breakdowns[0].total = { value: 4 })))).toMatch(
      /^breakdowns\[0\]\.total\.value: a count of 4 /,
    );
  });
  it('refuses an interval on a point: a published figure carries none', () => {
    expect(refusal(edited((d) => Object.assign(d.series[3].points[0], { low: 1, high: 2 })))).toMatch(
      /^series\[3\]\.points\[0\]\.low: /,
    );
  });
  it('refuses a c with a number beside it', () => {
    expect(refusal(edited((d) => (d.breakdowns[0].groups[1].numerator = 12)))).toBe(
      'breakdowns[0].groups[1].value: a suppressed cell ("c") carries no number, but numerator is 12',
    );
    expect(refusal(edited((d) => (d.series[0].points[1].denominator = 4)))).toBe(
      'series[0].points[1].value: a suppressed cell ("c") carries no number, but denominator is 4',
    );
    expect(refusal(edited((d) => (d.series[1].points[0].numerator = 0)))).toMatch(
      /^series\[1\]\.points\[0\]\.value: a not-applicable cell \("z"\) carries no number/,
    );
  });
  it('refuses anything else beside a symbol but its locator', () => {
    expect(refusal(edited((d) => (d.breakdowns[0].groups[2].note = 'one child')))).toBe(
      'breakdowns[0].groups[2].note: a suppressed cell ("c") holds nothing but its value and its group',
    );
    expect(refusal(edited((d) => (d.distributions[0].bins[1].national = { ALL_PUPILS: 3 })))).toMatch(
      /^distributions\[0\]\.bins\[1\]\.national: /,
    );
  });
  it('refuses a value that is neither a number nor c, x, z', () => {
    expect(refusal(edited((d) => (d.breakdowns[0].groups[0].value = 'low')))).toBe(
      'breakdowns[0].groups[0].value: expected a number or one of "c", "x", "z", found "low"',
    );
    expect(refusal(edited((d) => (d.breakdowns[0].groups[0].value = null)))).toMatch(/found null$/);
    const infinite = JSON.stringify(validDocument()).replace('"total":{"value":120}', '"total":{"value":1e999}');
    expect(refusal(infinite)).toBe(
      'breakdowns[0].total.value: expected a number or one of "c", "x", "z", found Infinity',
    );
  });
  it('refuses a count with a numerator or denominator', () => {
    expect(refusal(edited((d) => (d.breakdowns[0].groups[0].denominator = 60)))).toBe(
      'breakdowns[0].groups[0].denominator: a count carries no numerator or denominator',
    );
  });
  it('refuses a ratio whose complement is 2', () => {
    expect(
      refusal(
        edited((d) => (d.series[1].points[1] = { period: '2024/25', value: 96, numerator: 48, denominator: 50 })),
      ),
    ).toBe(
      'series[1].points[1]: the complement (denominator − numerator) of 2 is under k = 6 and the cell should have been c',
    );
  });
  it('refuses a ratio whose numerator or denominator is in 1..k−1, missing, or 0 below a shown value', () => {
    const ratio = (cell: object) => edited((d) => (d.series[1].points[1] = { period: '2024/25', ...cell }));
    expect(refusal(ratio({ value: 6, numerator: 3, denominator: 50 }))).toBe(
      'series[1].points[1].numerator: a numerator of 3 is under k = 6 and the cell should have been c',
    );
    expect(refusal(ratio({ value: 100, numerator: 4, denominator: 4 }))).toMatch(
      /^series\[1\]\.points\[1\]\.numerator: /,
    );
    expect(refusal(ratio({ value: 80 }))).toBe('series[1].points[1].numerator: missing; expected a number, 0 or more');
    expect(refusal(ratio({ value: 80, numerator: -1, denominator: 50 }))).toMatch(
      /^series\[1\]\.points\[1\]\.numerator: expected a number, 0 or more, found -1/,
    );
    expect(refusal(ratio({ value: 0, numerator: 0, denominator: 0 }))).toBe(
      'series[1].points[1].denominator: a ratio over a denominator of 0 should have been z',
    );
    expect(checkSnapshot(ratio({ value: 0, numerator: 0, denominator: 30 }))).toBeTruthy();
    expect(checkSnapshot(ratio({ value: 100, numerator: 30, denominator: 30 }))).toBeTruthy();
    expect(checkSnapshot(ratio({ value: 120, numerator: 36, denominator: 30 }))).toBeTruthy();
  });
  it('refuses an average over 1..k−1 values, without its number of values, or with a numerator', () => {
    const average = (cell: object) => edited((d) => (d.series[0].points[0] = { period: '2023/24', ...cell }));
    expect(refusal(average({ value: 18.2, denominator: 3 }))).toBe(
      'series[0].points[0].denominator: an average of 3 values is under k = 6 and should have been c',
    );
    expect(refusal(average({ value: 18.2 }))).toMatch(/^series\[0\]\.points\[0\]\.denominator: missing/);
    expect(refusal(average({ value: 18.2, numerator: 746, denominator: 41 }))).toMatch(
      /^series\[0\]\.points\[0\]\.numerator: an average carries/,
    );
    expect(refusal(average({ value: 18.2, denominator: 0 }))).toMatch(/should have been x \(not available\)$/);
  });
  it('refuses national figures that are not numbers', () => {
    expect(refusal(edited((d) => (d.series[0].points[0].national.CLA_12M = 'x')))).toBe(
      'series[0].points[0].national.CLA_12M: expected a number, found "x"',
    );
    expect(refusal(edited((d) => (d.series[0].points[0].national = [17.3])))).toMatch(
      /^series\[0\]\.points\[0\]\.national: expected an object/,
    );
  });
});

describe('checkSnapshot: series, breakdowns and distributions', () => {
  it('refuses a series of an unknown kind or unit, or a measure that is not an id', () => {
    expect(refusal(edited((d) => (d.series[2].kind = 'sum')))).toBe(
      'series[2].kind: expected one of "count", "ratio", "average", found "sum"',
    );
    expect(refusal(edited((d) => (d.series[2].unit = 'pupils')))).toMatch(
      /^series\[2\]\.unit: expected one of "count", "percent"/,
    );
    expect(refusal(edited((d) => (d.series[2].measure = 'Roll N')))).toMatch(/^series\[2\]\.measure: expected an id/);
    expect(refusal(edited((d) => (d.series[2].label = 'Roll')))).toMatch(/^series\[2\]\.label: a series holds only/);
  });
  it('refuses a point whose period is malformed or outside periods.from..to', () => {
    expect(refusal(edited((d) => (d.series[2].points[0].period = '2021-22')))).toMatch(
      /^series\[2\]\.points\[0\]\.period: expected an academic year/,
    );
    expect(refusal(edited((d) => (d.series[2].points[0].period = '2020/21')))).toBe(
      'series[2].points[0].period: 2020/21 is outside the periods the snapshot covers',
    );
    expect(refusal(edited((d) => (d.series[3].points[0].period = '2026')))).toMatch(
      /^series\[3\]\.points\[0\]\.period: 2026 is outside/,
    );
    expect(refusal(edited((d) => (d.breakdowns[0].period = '2025/26')))).toMatch(/^breakdowns\[0\]\.period: /);
  });
  it.each(['school', 'school_ref', 'school_urn', 'officer', 'officer_ref', 'child', 'child_id'])(
    'refuses a breakdown by %s',
    (dimension) => {
      expect(refusal(edited((d) => (d.breakdowns[0].dimension = dimension)))).toBe(
        `breakdowns[0].dimension: no breakdown by school, officer or child is published, found "${dimension}"`,
      );
    },
  );
  it('refuses a breakdown without a total, or a group without its name', () => {
    expect(refusal(edited((d) => delete d.breakdowns[0].total))).toBe('breakdowns[0].total: missing; expected a cell');
    expect(refusal(edited((d) => delete d.breakdowns[0].groups[0].group))).toBe(
      'breakdowns[0].groups[0].group: missing; expected text',
    );
    expect(refusal(edited((d) => (d.breakdowns[0].groups[0].group = 'g'.repeat(101))))).toMatch(
      /at most 100 characters, found 101$/,
    );
  });
  it('refuses a bin whose from is not below its to', () => {
    expect(refusal(edited((d) => (d.distributions[0].bins[0].to = 0)))).toBe(
      'distributions[0].bins[0].to: expected a number above from (0), found 0',
    );
    expect(refusal(edited((d) => delete d.distributions[0].bins[0].from))).toBe(
      'distributions[0].bins[0].from: missing; expected a number',
    );
  });
});

describe('checkSnapshotFile', () => {
  it('refuses a file over 20 MB without reading it', async () => {
    const file = new Blob([new Uint8Array(21 * 1024 * 1024)]);
    const text = vi.spyOn(file, 'text');
    const bytes = vi.spyOn(file, 'arrayBuffer');
    await expect(checkSnapshotFile(file)).rejects.toThrow('The file is 21.0 MB; a snapshot is at most 20 MB.');
    await expect(checkSnapshotFile(file)).rejects.toBeInstanceOf(SnapshotError);
    expect(text).not.toHaveBeenCalled();
    expect(bytes).not.toHaveBeenCalled();
    expect(MAX_SNAPSHOT_BYTES).toBe(20 * 1024 * 1024);
  });
  it('reads and checks a file within the limit', async () => {
    const doc = validDocument();
    await expect(checkSnapshotFile(new Blob([JSON.stringify(doc)]))).resolves.toEqual(doc);
    await expect(checkSnapshotFile(new Blob(['not json']))).rejects.toThrow('not JSON');
  });
});
