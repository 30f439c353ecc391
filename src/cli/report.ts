import { orphanWarnings } from '../lib/ingest/orphan-warnings';
import { withBenchmarks } from '../lib/measures/benchmarks';
import { FilterError, validateFilter } from '../lib/measures/filter';
import { runReport } from '../lib/measures/report';
import { afterLoad } from '../lib/pipeline/after-load';
import { UsageError } from './args';
import { loadDirectory, type LoadOptions } from './load-dir';
import { nationalFigures } from './national';
import { loadAuthorityFigures, resolveAuthority } from './authority';

/** `--filter key=v1,v2` options → a filter checked against the contract. */
export function parseFilters(options: readonly string[]) {
  const raw: Record<string, string[]> = {};
  for (const o of options) {
    const eq = o.indexOf('=');
    if (eq < 1) throw new UsageError(`--filter ${o}: write key=value[,value...]`);
    raw[o.slice(0, eq)] = [
      ...(raw[o.slice(0, eq)] ?? []),
      ...o
        .slice(eq + 1)
        .split(',')
        .filter((v) => v !== ''),
    ];
  }
  try {
    return validateFilter(raw);
  } catch (e) {
    if (e instanceof FilterError) throw new UsageError(e.message);
    throw e;
  }
}

/** Every measure and period with data, as `vsd-report/1` JSON; load problems go to stderr. */
export interface ReportOptions {
  filters?: readonly string[];
  /** add each row's national figures, and with `authority` its neighbours', region's and own published ones */
  benchmarks?: boolean;
  /** a DfE code or name, as `--authority` takes it */
  authority?: string;
  /** add the 95% interval (`low`, `high`) of each row with one */
  intervals?: boolean;
}

export async function report(
  dir: string,
  { filters = [], benchmarks: withFigures = false, authority, intervals = false }: ReportOptions,
  load: LoadOptions = {},
): Promise<{ json: unknown; exitCode: number; problems: string[] }> {
  const filter = parseFilters(filters);
  const la = authority === undefined ? null : resolveAuthority(authority);
  const benchmarks = withFigures || la !== null;
  const { db, outcome } = await loadDirectory(dir, load);
  const problems = outcome.files.filter((f) => f.status === 'refused').map((f) => `${f.file}: ${f.reason}`);
  if (outcome.fatal) return { json: null, exitCode: 1, problems: [...problems, outcome.fatal] };
  const loaded = outcome.files.filter((f) => f.status === 'loaded');
  for (const [table, warning] of orphanWarnings(loaded))
    problems.push(`${loaded.find((f) => f.table === table)!.file}: ${warning}`);
  await afterLoad(db, { loaded, depth: 'bases', benchmarks: benchmarks ? nationalFigures : undefined });
  const result = await runReport(db, filter, { intervals });
  if (benchmarks) {
    if (la) await loadAuthorityFigures(db);
    return { json: { ...result, rows: await withBenchmarks(db, result.rows, la?.code) }, exitCode: 0, problems };
  }
  return { json: result, exitCode: 0, problems };
}
