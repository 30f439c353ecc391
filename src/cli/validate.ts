import type { LoadReport } from '../lib/ingest/report';
import { countLeftOut } from '../lib/measures/left-out';
import { buildModel } from '../lib/measures/model';
import { loadDirectory, type LoadOptions } from './load-dir';

/** Load every CSV of a directory through the app's own ingest; exit 1 when any file was refused. */
export async function validate(dir: string, load: LoadOptions = {}): Promise<{ report: LoadReport; exitCode: number }> {
  const { db, outcome } = await loadDirectory(dir, load);
  if (!outcome.fatal) {
    await buildModel(db);
    await countLeftOut(db, outcome.files);
  }
  const report: LoadReport = { schema: 'vsd-load-report/1', files: outcome.files };
  return { report, exitCode: outcome.files.some((f) => f.status === 'refused') ? 1 : 0 };
}
