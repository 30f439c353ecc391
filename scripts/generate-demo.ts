/**
 * Writes the synthetic tables as CSV files.
 *
 *   npx tsx scripts/generate-demo.ts                    → data/demo/*.csv (committed)
 *   npx tsx scripts/generate-demo.ts --scale national   → data/national/*.csv (about 80,000 children in pupils.csv; not committed)
 *   npx tsx scripts/generate-demo.ts --layout ssda903   → data/demo-903/: the same authority as real exports write it
 *     (SSDA903 header, uasc, episodes, oc3 and a census attendance extract keyed by UPN, beside the
 *     other tables in our own layout); with --scale national → data/national-903/ (not committed)
 *   options: --seed N (default 903), --out DIR, --children N (overrides --scale), --layout contract|ssda903
 *
 * Files are written in chunks as rows are generated, so the national set never sits in memory whole.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ChunkedCsvSink,
  DEMO_CHILDREN,
  DEMO_SEED,
  generateTables,
  NATIONAL_CHILDREN,
  TABLE_NAMES,
} from '../src/lib/demo';
import { KEPT_TABLES, ReplacedRowsSink, SSDA903_FILES, ssda903Files } from '../src/lib/demo/ssda903';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const USAGE =
  'usage: generate-demo [--scale demo|national] [--layout contract|ssda903] [--seed N] [--children N] [--out DIR]';

type Layout = 'contract' | 'ssda903';

function parse(argv: string[]): { seed: number; children: number; out: string; layout: Layout } {
  const opts = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (!['--scale', '--seed', '--out', '--children', '--layout'].includes(flag))
      throw new Error(`unknown option ${argv[i]}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    opts.set(flag, value);
  }
  const scale = opts.get('--scale') ?? 'demo';
  if (scale !== 'demo' && scale !== 'national') throw new Error(`--scale is demo or national, not ${scale}`);
  const layout = opts.get('--layout') ?? 'contract';
  if (layout !== 'contract' && layout !== 'ssda903') throw new Error(`--layout is contract or ssda903, not ${layout}`);
  const int = (flag: string, fallback: number): number => {
    const v = opts.get(flag);
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v)) throw new Error(`${flag} must be a whole number, not ${v}`);
    return Number(v);
  };
  return {
    seed: int('--seed', DEMO_SEED),
    children: int('--children', scale === 'national' ? NATIONAL_CHILDREN : DEMO_CHILDREN),
    out: resolve(opts.get('--out') ?? join(ROOT, 'data', layout === 'ssda903' ? `${scale}-903` : scale)),
    layout,
  };
}

function main(): void {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`generate-demo: ${(e as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  mkdirSync(args.out, { recursive: true });
  const own = args.layout === 'ssda903' ? KEPT_TABLES : TABLE_NAMES;
  const files = new Map<string, number>(own.map((t) => [t, openSync(join(args.out, `${t}.csv`), 'w')]));
  const bytes = new Map<string, number>();
  const rows = new Map<string, number>();
  const write = (name: string, text: string): void => {
    const fd = files.get(name);
    if (fd === undefined) return; // a replaced table of the ssda903 layout (its 903 file is opened after the run)
    const size = Buffer.byteLength(text, 'utf8');
    let written = writeSync(fd, text, null, 'utf8');
    if (written < size) {
      const rest = Buffer.from(text, 'utf8');
      while (written < size) written += writeSync(fd, rest, written, size - written);
    }
    bytes.set(name, (bytes.get(name) ?? 0) + size);
  };
  const sink = new ChunkedCsvSink(write);
  const replaced = args.layout === 'ssda903' ? new ReplacedRowsSink(sink) : null;
  try {
    generateTables({ seed: args.seed, children: args.children }, replaced ?? sink);
    sink.end();
    for (const t of own) rows.set(t, sink.counts.get(t) as number);
    if (replaced) {
      const made = ssda903Files(replaced.rows, args.seed);
      for (const f of SSDA903_FILES) {
        files.set(f, openSync(join(args.out, `${f}.csv`), 'w'));
        write(f, made[f]);
        rows.set(f, made[f].split('\n').length - 2);
      }
    }
  } finally {
    for (const fd of files.values()) closeSync(fd);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `seed ${args.seed}, ${args.children} in care, ${args.layout} layout, ${seconds}s → ${args.out}\n`,
  );
  for (const [name, n] of rows) {
    const mb = ((bytes.get(name) ?? 0) / 1e6).toFixed(2);
    process.stdout.write(`  ${`${name}.csv`.padEnd(24)} ${String(n).padStart(9)} rows ${mb.padStart(9)} MB\n`);
  }
}

main();
