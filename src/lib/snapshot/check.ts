/**
 * The check of a published snapshot on open (spec/snapshots.md, "The document, field by field"): a file that does
 * not follow `vsd-snapshot/1` is refused whole, with a message naming the field by its path.
 *
 * Readings of the points the spec leaves open:
 * - Rule 1 is checked again on open, as 0 < n < k, on every shown count: the value of a `count` cell or a bin, a
 *   ratio's numerator, denominator and complement (denominator − numerator, when not negative) and an average's
 *   number of values. A shown ratio over 0, or a shown average of no values, should have been `z`.
 * - Rule 6: a symbol cell holds its value, its locator (`period`, `group`, `from`, `to`, as its place gives) and,
 *   on a series point only, `national`. Breakdown groups, totals and bins hold no national figures.
 * - Every period (series points, breakdowns, distributions) lies within `periods.from`..`periods.to`; a reporting
 *   year R stands for the academic year (R−1)/R.
 * - Title, authority, commentary and group names hold no UPN-like or postcode-like value (the door's rule).
 * - Strings are at most 100 characters, but the title (200) and commentary (5000).
 */
import { SCHEMA, type Kind, type Snapshot } from './document';
import type { Unit } from '../measures/define';
import {
  SnapshotError,
  academicYear,
  at,
  date,
  dateTime,
  expected,
  fail,
  finite,
  id,
  list,
  nonEmpty,
  object,
  oneOf,
  only,
  period,
  plain,
  shown,
  text,
  whole,
  type Fields,
} from './check-read';
import { cell } from './check-cell';

export { SnapshotError };

export const MAX_SNAPSHOT_BYTES = 20 * 1024 * 1024;

const TOP = [
  'schema',
  'title',
  'authority',
  'as_at',
  'created',
  'app_version',
  'disclosure',
  'periods',
  'sources',
  'commentary',
  'series',
  'breakdowns',
  'distributions',
];
const KINDS: readonly Kind[] = ['count', 'ratio', 'average'];
const UNIT_SET: Record<Unit, true> = {
  count: true,
  percent: true,
  per100: true,
  mean: true,
  median: true,
  days: true,
  ratio: true,
  gbp: true,
};
const UNITS = Object.keys(UNIT_SET) as Unit[];
/** Rule 8: no breakdown by school, officer or child, whatever k is. */
const FORBIDDEN_DIMENSIONS = ['school', 'school_ref', 'school_urn', 'officer', 'officer_ref', 'child', 'child_id'];

/** What the figures are checked against: k, and the first calendar years of `periods.from` and `periods.to`. */
interface Context {
  k: number;
  from: number;
  to: number;
}

/** Parse and check a snapshot file's text; a file that does not follow the schema is refused whole. */
export function checkSnapshot(text: string): Snapshot {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new SnapshotError('The file is not a snapshot: it is not JSON.');
  }
  return snapshot(doc);
}

/** Check a dropped or fetched file: one over 20 MB is refused before it is read. */
export async function checkSnapshotFile(file: Pick<Blob, 'size' | 'text'>): Promise<Snapshot> {
  if (file.size > MAX_SNAPSHOT_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    throw new SnapshotError(`The file is ${mb} MB; a snapshot is at most ${MAX_SNAPSHOT_BYTES / (1024 * 1024)} MB.`);
  }
  return checkSnapshot(await file.text());
}

function snapshot(v: unknown): Snapshot {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new SnapshotError(`The file is not a snapshot: it holds ${shown(v)}, not an object.`);
  }
  const doc = v as Fields;
  if (doc.schema !== SCHEMA) expected('schema', `"${SCHEMA}"`, doc.schema);
  only(doc, '', TOP, `not a field of ${SCHEMA}; a snapshot holds nothing else`);
  nonEmpty(doc.title, 'title', 200);
  plain(doc.authority, 'authority');
  date(doc.as_at, 'as_at');
  dateTime(doc.created, 'created');
  text(doc.app_version, 'app_version');
  const ctx = { k: disclosure(doc.disclosure, 'disclosure'), ...periods(doc.periods, 'periods') };
  list(doc.sources, 'sources').forEach((s, i) => source(s, `sources[${i}]`));
  if (doc.commentary !== undefined) commentary(doc.commentary, 'commentary');
  list(doc.series, 'series').forEach((s, i) => series(s, `series[${i}]`, ctx));
  list(doc.breakdowns, 'breakdowns').forEach((b, i) => breakdown(b, `breakdowns[${i}]`, ctx));
  list(doc.distributions, 'distributions').forEach((d, i) => distribution(d, `distributions[${i}]`, ctx));
  return doc as unknown as Snapshot;
}

function disclosure(v: unknown, path: string): number {
  const o = object(v, path, 'an object such as {"k": 6}');
  only(o, path, ['k'], 'the disclosure settings hold only k');
  return whole(o.k, at(path, 'k'), 6, 20);
}

function periods(v: unknown, path: string): { from: number; to: number } {
  const o = object(v, path, 'an object such as {"from": "2021/22", "to": "2024/25"}');
  only(o, path, ['from', 'to'], 'the periods hold only from and to');
  const from = academicYear(o.from, at(path, 'from'));
  const to = academicYear(o.to, at(path, 'to'));
  if (from > to) fail(at(path, 'to'), `expected ${String(o.from)} or later, found ${String(o.to)}`);
  return { from, to };
}

function source(v: unknown, path: string): void {
  const o = object(v, path, 'an object such as {"table": "pupils", "sha256": "…"}');
  if ('file' in o)
    fail(at(path, 'file'), 'a source names no file (a file name can hold a name): only its table and sha256');
  if ('rows' in o)
    fail(
      at(path, 'rows'),
      'a source holds no row count (a count is a figure like any other): only its table and sha256',
    );
  only(o, path, ['table', 'sha256'], 'a source holds only its table and sha256');
  id(o.table, at(path, 'table'));
  if (typeof o.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(o.sha256)) {
    expected(at(path, 'sha256'), 'a SHA-256 of 64 lowercase hexadecimal digits', o.sha256);
  }
}

function commentary(v: unknown, path: string): void {
  const o = object(v, path, 'an object of area id → text');
  for (const [area, note] of Object.entries(o)) {
    id(area, `${path} (an area id)`);
    plain(note, at(path, area), 5000);
  }
}

/** A period of a figure, within `periods.from`..`periods.to`. */
function inRange(v: unknown, path: string, ctx: Context): void {
  const start = period(v, path);
  if (start < ctx.from || start > ctx.to) fail(path, `${String(v)} is outside the periods the snapshot covers`);
}

function series(v: unknown, path: string, ctx: Context): void {
  const o = object(v, path);
  only(
    o,
    path,
    ['measure', 'kind', 'unit', 'area', 'points'],
    'a series holds only measure, kind, unit, area and points',
  );
  id(o.measure, at(path, 'measure'));
  const kind = oneOf(o.kind, at(path, 'kind'), KINDS);
  oneOf(o.unit, at(path, 'unit'), UNITS);
  id(o.area, at(path, 'area'));
  list(o.points, at(path, 'points')).forEach((p, i) => point(p, `${path}.points[${i}]`, kind, ctx));
}

function point(v: unknown, path: string, kind: Kind, ctx: Context): void {
  const o = object(v, path);
  inRange(o.period, at(path, 'period'), ctx);
  if (o.national !== undefined) national(o.national, at(path, 'national'));
  cell(o, path, kind, ['period', 'national'], ctx.k);
}

function national(v: unknown, path: string): void {
  const o = object(v, path, 'an object of group → number');
  for (const [group, figure] of Object.entries(o)) {
    nonEmpty(group, `${path} (a group name)`);
    finite(figure, at(path, group));
  }
}

function breakdown(v: unknown, path: string, ctx: Context): void {
  const o = object(v, path);
  const fields = ['measure', 'kind', 'unit', 'area', 'dimension', 'period', 'total', 'groups'];
  only(o, path, fields, `a breakdown holds only ${fields.join(', ')}`);
  id(o.measure, at(path, 'measure'));
  const kind = oneOf(o.kind, at(path, 'kind'), KINDS);
  oneOf(o.unit, at(path, 'unit'), UNITS);
  id(o.area, at(path, 'area'));
  const dimension = id(o.dimension, at(path, 'dimension'));
  if (FORBIDDEN_DIMENSIONS.includes(dimension)) {
    fail(at(path, 'dimension'), `no breakdown by school, officer or child is published, found "${dimension}"`);
  }
  inRange(o.period, at(path, 'period'), ctx);
  cell(object(o.total, at(path, 'total'), 'a cell'), at(path, 'total'), kind, [], ctx.k);
  list(o.groups, at(path, 'groups')).forEach((g, i) => group(g, `${path}.groups[${i}]`, kind, ctx.k));
}

function group(v: unknown, path: string, kind: Kind, k: number): void {
  const o = object(v, path);
  nonEmpty(o.group, at(path, 'group'));
  cell(o, path, kind, ['group'], k);
}

function distribution(v: unknown, path: string, ctx: Context): void {
  const o = object(v, path);
  only(
    o,
    path,
    ['distribution', 'area', 'period', 'bins'],
    'a distribution holds only distribution, area, period and bins',
  );
  id(o.distribution, at(path, 'distribution'));
  id(o.area, at(path, 'area'));
  inRange(o.period, at(path, 'period'), ctx);
  list(o.bins, at(path, 'bins')).forEach((b, i) => bin(b, `${path}.bins[${i}]`, ctx.k));
}

function bin(v: unknown, path: string, k: number): void {
  const o = object(v, path);
  const from = finite(o.from, at(path, 'from'));
  const to = finite(o.to, at(path, 'to'));
  if (from >= to) fail(at(path, 'to'), `expected a number above from (${shown(from)}), found ${shown(to)}`);
  cell(o, path, 'count', ['from', 'to'], k);
}
