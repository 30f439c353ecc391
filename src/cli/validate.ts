import { existsSync, statSync } from 'node:fs';
import { openNodeDb } from '../lib/db/node';
import { loadSet } from '../lib/ingest/load';
import { prepare } from '../lib/ingest/prepare';
import type { LoadReport } from '../lib/ingest/report';
import { UsageError } from './args';
import { csvFilesIn } from './files';

/** Load every CSV of a directory through the app's own ingest; exit 1 when any file was refused. */
export async function validate(dir: string): Promise<{ report: LoadReport; exitCode: number }> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--data ${dir} is not a directory`);
  const files = csvFilesIn(dir);
  if (files.length === 0) throw new UsageError(`no .csv files in ${dir}`);
  const db = await openNodeDb();
  const outcome = await loadSet(db, files.map((f) => prepare(f.name, f.bytes)), new Set());
  const report: LoadReport = { schema: 'vsd-load-report/1', files: outcome.files };
  return { report, exitCode: outcome.files.some((f) => f.status === 'refused') ? 1 : 0 };
}
