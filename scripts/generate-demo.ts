/**
 * Writes the synthetic tables as CSV files.
 *
 *   npx tsx scripts/generate-demo.ts                    → data/demo/*.csv (committed)
 *   npx tsx scripts/generate-demo.ts --scale national   → data/national/*.csv (about 80,000 children in pupils.csv; not committed)
 *   options: --seed N (default 903), --out DIR, --children N (overrides --scale)
 *
 * Files are written in chunks as rows are generated, so the national set never sits in memory whole.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ChunkedCsvSink, DEMO_CHILDREN, DEMO_SEED, generateTables, NATIONAL_CHILDREN, TABLE_NAMES,
} from '../src/lib/demo';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const USAGE = 'usage: generate-demo [--scale demo|national] [--seed N] [--children N] [--out DIR]';

function parse(argv: string[]): { seed: number; children: number; out: string } {
  const opts = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (!['--scale', '--seed', '--out', '--children'].includes(flag)) throw new Error(`unknown option ${argv[i]}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    opts.set(flag, value);
  }
  const scale = opts.get('--scale') ?? 'demo';
  if (scale !== 'demo' && scale !== 'national') throw new Error(`--scale is demo or national, not ${scale}`);
  const int = (flag: string, fallback: number): number => {
    const v = opts.get(flag);
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v)) throw new Error(`${flag} must be a whole number, not ${v}`);
    return Number(v);
  };
  return {
    seed: int('--seed', DEMO_SEED),
    children: int('--children', scale === 'national' ? NATIONAL_CHILDREN : DEMO_CHILDREN),
    out: resolve(opts.get('--out') ?? join(ROOT, 'data', scale)),
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
  const files = new Map(TABLE_NAMES.map((t) => [t, openSync(join(args.out, `${t}.csv`), 'w')]));
  const bytes = new Map(TABLE_NAMES.map((t) => [t, 0]));
  const sink = new ChunkedCsvSink((table, text) => {
    const fd = files.get(table) as number;
    const size = Buffer.byteLength(text, 'utf8');
    let written = writeSync(fd, text, null, 'utf8');
    if (written < size) {
      const rest = Buffer.from(text, 'utf8');
      while (written < size) written += writeSync(fd, rest, written, size - written);
    }
    bytes.set(table, (bytes.get(table) as number) + size);
  });
  try {
    generateTables({ seed: args.seed, children: args.children }, sink);
    sink.end();
  } finally {
    for (const fd of files.values()) closeSync(fd);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`seed ${args.seed}, ${args.children} in care, ${seconds}s → ${args.out}\n`);
  for (const t of TABLE_NAMES) {
    const rows = sink.counts.get(t) as number;
    const mb = ((bytes.get(t) as number) / 1e6).toFixed(2);
    process.stdout.write(`  ${`${t}.csv`.padEnd(24)} ${String(rows).padStart(9)} rows ${mb.padStart(9)} MB\n`);
  }
}

main();
