import { existsSync, readFileSync, statSync } from 'node:fs';
import { openNodeDb } from '../lib/db/node';
import type { Db } from '../lib/db/types';
import { ColumnMapError, parseColumnMap, type ColumnMap } from '../lib/ingest/column-map';
import { loadSet, type LoadOutcome } from '../lib/ingest/load';
import { prepareSet } from '../lib/ingest/prepare-set';
import { UsageError } from './args';
import { csvFilesIn } from './files';

export interface LoadOptions {
  /** `--map FILE`: column maps (`vsd-column-map/1`) for exports the contract does not know */
  map?: string;
  /** `--year`: the reporting year of an SSDA903 OC3 that does not say it */
  year?: string;
}

function readMap(path: string): ColumnMap {
  if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`--map ${path} is not a file`);
  try {
    return parseColumnMap(readFileSync(path, 'utf8'));
  } catch (e) {
    if (e instanceof ColumnMapError) throw new UsageError(`--map ${path}: ${e.message}`);
    throw e;
  }
}

function readYear(year: string): number {
  if (!/^20\d\d$/.test(year))
    throw new UsageError(`--year ${year}: give the reporting year (ending 31 March) as four digits, 2000 to 2099`);
  return Number(year);
}

/** A fresh DuckDB with every CSV of a directory loaded through the app's own ingest. */
export async function loadDirectory(dir: string, options: LoadOptions = {}): Promise<{ db: Db; outcome: LoadOutcome }> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--data ${dir} is not a directory`);
  const map = options.map === undefined ? undefined : readMap(options.map);
  const year = options.year === undefined ? undefined : readYear(options.year);
  const files = csvFilesIn(dir);
  if (files.length === 0) throw new UsageError(`no .csv files in ${dir}`);
  const db = await openNodeDb();
  const outcome = await loadSet(db, prepareSet(files, { map, year }), new Set());
  for (const f of outcome.files) {
    if (f.status !== 'waiting') continue;
    Object.assign(f, {
      status: 'refused',
      reason: `${f.export ?? f.file} does not say which year it reports on (no YEAR column, no year in its name): give it with --year, e.g. --year 2025.`,
    });
  }
  return { db, outcome };
}
