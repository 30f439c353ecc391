import type { LoadReport } from '../lib/ingest/report';
import { afterLoad } from '../lib/pipeline/after-load';
import { loadDirectory, type LoadOptions } from './load-dir';

/** Load every CSV of a directory through the app's own ingest; exit 1 when any file was refused. */
export async function validate(dir: string, load: LoadOptions = {}): Promise<{ report: LoadReport; exitCode: number }> {
  const { db, outcome } = await loadDirectory(dir, load);
  // a load report needs the children and their years, not the measures' bases
  if (!outcome.fatal)
    await afterLoad(db, { loaded: outcome.files.filter((f) => f.status === 'loaded'), depth: 'pupils' });
  const report: LoadReport = { schema: 'vsd-load-report/1', files: outcome.files };
  return { report, exitCode: outcome.files.some((f) => f.status === 'refused') ? 1 : 0 };
}
