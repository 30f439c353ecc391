import { existsSync, statSync } from 'node:fs';
import { openNodeDb } from '../lib/db/node';
import type { Db } from '../lib/db/types';
import { loadSet, type LoadOutcome } from '../lib/ingest/load';
import { prepare } from '../lib/ingest/prepare';
import { UsageError } from './args';
import { csvFilesIn } from './files';

/** A fresh DuckDB with every CSV of a directory loaded through the app's own ingest. */
export async function loadDirectory(dir: string): Promise<{ db: Db; outcome: LoadOutcome }> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--data ${dir} is not a directory`);
  const files = csvFilesIn(dir);
  if (files.length === 0) throw new UsageError(`no .csv files in ${dir}`);
  const db = await openNodeDb();
  const outcome = await loadSet(db, files.map((f) => prepare(f.name, f.bytes)), new Set());
  return { db, outcome };
}
