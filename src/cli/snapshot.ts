import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { orphanWarnings } from '../lib/ingest/orphan-warnings';
import { afterLoad } from '../lib/pipeline/after-load';
import { MAX_SNAPSHOT_BYTES, SnapshotError, checkSnapshot } from '../lib/snapshot/check';
import { collectRows } from '../lib/snapshot/collect';
import type { Snapshot, SnapshotCell } from '../lib/snapshot/document';
import { snapshotHtml } from '../lib/snapshot/html';
import { makeSnapshot, periodsOf } from '../lib/snapshot/snapshot';
import { sourceHash } from '../lib/ingest/source-hash';
import { TextError, checkTexts } from '../lib/snapshot/texts';
import { only, single, UsageError, type Args } from './args';
import { governorTemplate } from './governor-template';
import { loadDirectory, type LoadOptions } from './load-dir';
import { nationalFigures } from './national';
import { listedAuthority } from './authority';

/** What `vsd snapshot --data DIR --out FILE ...` was asked for, checked. */
export interface SnapshotRequest {
  data: string;
  out: string;
  k: number;
  /** by default "Virtual school annual report <to>" */
  title?: string;
  authority: string;
  as_at: string;
  from?: string;
  to?: string;
  html: boolean;
  load: LoadOptions;
}

export const SNAPSHOT_OPTIONS = [
  'data',
  'out',
  'k',
  'title',
  'authority',
  'as-at',
  'from',
  'to',
  'html',
  'map',
  'year',
];

const optional = (args: Args, key: string): string | undefined =>
  args.options.has(key) ? single(args, key) : undefined;

/** Today's date in UTC, YYYY-MM-DD. */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

export function parseK(v: string): number {
  const k = /^\d{1,2}$/.test(v) ? Number(v) : NaN;
  if (!(k >= 6 && k <= 20)) throw new UsageError(`--k ${v}: give a whole number from 6 to 20`);
  return k;
}

export function parseDate(v: string, flag = '--as-at'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const t = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !t || t.getUTCFullYear() !== +m[1] || t.getUTCMonth() !== +m[2] - 1 || t.getUTCDate() !== +m[3]) {
    throw new UsageError(`${flag} ${v}: give a real date written YYYY-MM-DD, e.g. 2025-08-31`);
  }
  return v;
}

export function parseAcademicYear(v: string, flag: string): string {
  const m = /^(\d{4})\/(\d{2})$/.exec(v);
  if (!m || (+m[1] + 1) % 100 !== +m[2])
    throw new UsageError(`${flag} ${v}: give an academic year such as 2021/22 (the second year follows the first)`);
  return v;
}

/** The arguments of `vsd snapshot`: a check of a file (`--check FILE`, alone), or a snapshot to write. */
export function parseSnapshotArgs(args: Args): { check: string } | SnapshotRequest {
  if (args.options.has('check')) {
    only(args, ['check']);
    return { check: single(args, 'check') };
  }
  only(args, SNAPSHOT_OPTIONS);
  const data = single(args, 'data');
  const out = single(args, 'out');
  if (existsSync(out) && statSync(out).isDirectory())
    throw new UsageError(`--out ${out} is a directory: give the file to write`);
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory())
    throw new UsageError(`--out ${out}: there is no directory ${dirname(out)}`);
  const k = args.options.has('k') ? parseK(single(args, 'k')) : 6;
  const as_at = args.options.has('as-at') ? parseDate(single(args, 'as-at')) : todayUtc();
  const from = args.options.has('from') ? parseAcademicYear(single(args, 'from'), '--from') : undefined;
  const to = args.options.has('to') ? parseAcademicYear(single(args, 'to'), '--to') : undefined;
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const title = optional(args, 'title');
  const authority = optional(args, 'authority') ?? '';
  if (title !== undefined && title.trim() === '') throw new UsageError('--title: give a title, or leave --title out');
  if (title !== undefined && title.length > 200)
    throw new UsageError(`--title: at most 200 characters, this has ${title.length}`);
  if (authority.length > 100) throw new UsageError(`--authority: at most 100 characters, this has ${authority.length}`);
  try {
    checkTexts({ '--title': title ?? '', '--authority': authority });
  } catch (e) {
    if (e instanceof TextError) throw new UsageError(e.message);
    throw e;
  }
  return {
    data,
    out,
    k,
    title,
    authority,
    as_at,
    from,
    to,
    html: args.flags.has('html'),
    load: { map: optional(args, 'map'), year: optional(args, 'year') },
  };
}

/** The file each loaded table came from: a file's own name, or the XML return an SSDA903 table was read from (`return.xml: Header`). */
function diskName(dir: string, file: string): string {
  if (existsSync(join(dir, file))) return file;
  const xml = /^(.+\.xml): /i.exec(file);
  if (xml && existsSync(join(dir, xml[1]))) return xml[1];
  throw new Error(`${file}: loaded, but not found in ${dir}`);
}

/** The SHA-256 of the file behind each table loaded, by table: no file name, no row count. */
export async function sourcesOf(
  dir: string,
  loaded: readonly { file: string; table: string | null }[],
): Promise<{ table: string; sha256: string }[]> {
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (name: string) => {
    if (!hashes.has(name)) hashes.set(name, sourceHash(new Uint8Array(readFileSync(join(dir, name)))));
    return hashes.get(name)!;
  };
  const out = await Promise.all(
    loaded.filter((f) => f.table).map(async (f) => ({ table: f.table!, sha256: await hashOf(diskName(dir, f.file)) })),
  );
  return out.sort((a, b) => a.table.localeCompare(b.table));
}

/** Every cell of a snapshot's figures. */
export function cellsOf(doc: Pick<Snapshot, 'series' | 'breakdowns' | 'distributions'>): SnapshotCell[] {
  return [
    ...doc.series.flatMap((s) => s.points),
    ...doc.breakdowns.flatMap((b) => [b.total, ...b.groups]),
    ...doc.distributions.flatMap((d) => d.bins),
  ];
}

export const suppressedCells = (doc: Pick<Snapshot, 'series' | 'breakdowns' | 'distributions'>): number =>
  cellsOf(doc).filter((c) => c.value === 'c').length;

export interface Built {
  /** null when nothing could be published: the exit code says why */
  doc: Snapshot | null;
  exitCode: number;
  /** load problems and warnings, for stderr */
  problems: string[];
}

/** Load DIR as `vsd report` does and build the snapshot of the whole roll (nothing written). */
export async function buildSnapshot(req: Omit<SnapshotRequest, 'out' | 'html'>, created?: Date): Promise<Built> {
  const { db, outcome } = await loadDirectory(req.data, req.load);
  const problems = outcome.files.filter((f) => f.status === 'refused').map((f) => `${f.file}: ${f.reason}`);
  if (outcome.fatal) return { doc: null, exitCode: 1, problems: [...problems, outcome.fatal] };
  const loaded = outcome.files.filter((f) => f.status === 'loaded');
  for (const [table, warning] of orphanWarnings(loaded))
    problems.push(`${loaded.find((f) => f.table === table)!.file}: ${warning}`);
  await afterLoad(db, { loaded, depth: 'bases', benchmarks: nationalFigures });
  const rows = await collectRows(db, undefined, undefined, await listedAuthority(db, req.authority));
  const has = periodsOf(rows);
  const from = req.from ?? has?.from;
  const to = req.to ?? has?.to;
  if (!from || !to)
    return { doc: null, exitCode: 1, problems: [...problems, 'There is nothing to publish: no period has data.'] };
  if (from > to) {
    const which = req.from
      ? `--from ${from} is after the last period loaded, ${to}`
      : `--to ${to} is before the first period loaded, ${from}`;
    throw new UsageError(`${which}: give both --from and --to to publish periods without data`);
  }
  const title = req.title ?? `Virtual school annual report ${to}`;
  const sources = await sourcesOf(req.data, loaded);
  const doc = makeSnapshot(rows, {
    title,
    authority: req.authority,
    as_at: req.as_at,
    k: req.k,
    from,
    to,
    sources,
    created,
  });
  return { doc, exitCode: 0, problems };
}

/** Write `text` to `path` through `path.tmp`, so that a failed run never leaves half a file. */
function writeWhole(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** `vsd snapshot --data DIR --out FILE ...`: build, check and write the document (or the governor HTML file). */
export async function snapshot(req: SnapshotRequest): Promise<{ exitCode: number; problems: string[] }> {
  const built = await buildSnapshot(req);
  if (!built.doc) return built;
  const { doc, problems } = built;
  const json = JSON.stringify(doc);
  try {
    checkSnapshot(json);
  } catch (e) {
    if (!(e instanceof SnapshotError)) throw e;
    return {
      exitCode: 1,
      problems: [
        ...problems,
        `the snapshot built fails its own check, so nothing was written (a fault of vsd: please report it): ${e.message}`,
      ],
    };
  }
  let text = json + '\n';
  try {
    if (req.html) text = snapshotHtml(await governorTemplate(), json, doc.title);
  } catch (e) {
    return {
      exitCode: 1,
      problems: [...problems, `cannot build the governor HTML file, so nothing was written: ${(e as Error).message}`],
    };
  }
  try {
    writeWhole(req.out, text);
  } catch (e) {
    return { exitCode: 1, problems: [...problems, `cannot write ${req.out}: ${(e as Error).message}`] };
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  return {
    exitCode: 0,
    problems: [...problems, `wrote ${req.out} (${kb(bytes)}, ${suppressedCells(doc)} cells suppressed)`],
  };
}

const BLOCK = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The JSON of a snapshot file: the file itself, or the `#vsd-snapshot` block of a governor HTML file. */
export function snapshotText(text: string, name = ''): string {
  const body = text.replace(/^\uFEFF/, '');
  if (!/\.html?$/i.test(name) && !/^\s*</.test(body)) return body;
  for (const [, attrs, inner] of body.matchAll(BLOCK)) {
    if (!/\bid\s*=\s*["']?vsd-snapshot\b/i.test(attrs)) continue;
    if (!/\btype\s*=\s*["']?application\/json\b/i.test(attrs))
      throw new SnapshotError('The file is not a snapshot: its vsd-snapshot block is not of type application/json.');
    if (inner.trim() === '')
      throw new SnapshotError('The file is the governor view without a snapshot: its vsd-snapshot block is empty.');
    return inner;
  }
  throw new SnapshotError(
    'The file is not a snapshot: it is HTML without a <script type="application/json" id="vsd-snapshot"> block.',
  );
}

/** A one-line account of a valid snapshot. */
export function summary(doc: Snapshot): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  return (
    `${doc.schema}, ${doc.authority.trim() || 'no authority named'}, as at ${doc.as_at}, k = ${doc.disclosure.k}, ${doc.periods.from} to ${doc.periods.to}: ` +
    `${n(doc.series.length, 'series', 'series')}, ${n(doc.breakdowns.length, 'breakdown')}, ${n(doc.distributions.length, 'distribution')}, ` +
    `${n(suppressedCells(doc), 'cell')} suppressed`
  );
}

/** `vsd snapshot --check FILE`: the schema check of a snapshot (JSON, or the HTML file holding it). */
export function checkFile(path: string): { exitCode: number; out: string; err: string } {
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`--check ${path} is not a file`);
  const size = statSync(path).size;
  if (size > MAX_SNAPSHOT_BYTES) {
    const mb = (size / (1024 * 1024)).toFixed(1);
    return {
      exitCode: 1,
      out: '',
      err: `${basename(path)}: The file is ${mb} MB; a snapshot is at most ${MAX_SNAPSHOT_BYTES / (1024 * 1024)} MB.`,
    };
  }
  try {
    const doc = checkSnapshot(snapshotText(readFileSync(path, 'utf8'), path));
    return { exitCode: 0, out: summary(doc), err: '' };
  } catch (e) {
    if (e instanceof SnapshotError) return { exitCode: 1, out: '', err: `${basename(path)}: ${e.message}` };
    throw e;
  }
}
