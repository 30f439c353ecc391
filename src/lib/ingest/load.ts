import { TABLES, type TableName } from '../contract';
import type { Db } from '../db/types';
import { countOrphans } from './orphans';
import type { Prepared, PreparedFile } from './prepare';
import { refusedFile, type FileReport } from './report';
import { stageFile, stageName } from './stage';

export interface LoadOutcome {
  /** one entry per file of this load, in the order given */
  files: FileReport[];
  /** the tables this load replaced; empty when it was abandoned */
  replaced: TableName[];
  /** why nothing was loaded; null when the load went in */
  fatal: string | null;
  /** files that load once the user supplies what they lack (`needs`: an OC3's reporting year) */
  waiting: PreparedFile[];
}

let serial = 0;

/**
 * Load a set of files on top of the tables already in `db` (`existing`): a table in the set replaces the one loaded,
 * all at once, or nothing changes when pupils or care_periods is refused or missing. Files may still be arriving
 * (`AsyncIterable`): each is staged as it comes, while the next is being prepared.
 */
export async function loadSet(
  db: Db,
  prepared: Iterable<Prepared> | AsyncIterable<Prepared>,
  existing: ReadonlySet<TableName>,
  onProgress?: (done: number) => void,
): Promise<LoadOutcome> {
  const files: FileReport[] = [];
  const staged = new Map<TableName, FileReport>();
  const waiting: PreparedFile[] = [];
  let i = 0;
  try {
    for await (const p of prepared) {
      onProgress?.(i++);
      if (!p.ok) {
        files.push(p.report);
        continue;
      }
      if (p.file.needs.length > 0) {
        waiting.push(p.file);
        files.push(waitingFile(p.file));
        continue;
      }
      const twin = staged.get(p.file.table);
      if (twin) {
        files.push(
          refusedFile(
            p.file.file,
            p.file.bytes,
            `${twin.file} in this load is already ${p.file.table}.csv. Combine the two into one file, or load them one at a time.`,
            p.file.table,
          ),
        );
        continue;
      }
      const report = await stageFile(db, p.file, `vsd_${++serial}.csv`);
      staged.set(p.file.table, report);
      files.push(report);
    }
  } catch (e) {
    await dropStaged(db, staged.keys());
    throw e;
  }
  onProgress?.(i);

  const fatal = fatalReason(files, staged, existing);
  if (fatal) {
    await dropStaged(db, staged.keys());
    for (const f of files) {
      if (f.status === 'loaded' || f.status === 'waiting')
        Object.assign(f, { status: 'refused', reason: `Not loaded: ${fatal}` });
    }
    return { files, replaced: [], fatal, waiting: [] };
  }
  const source = (t: TableName) => (staged.has(t) ? stageName(t) : existing.has(t) ? t : null);
  for (const [table, report] of staged) report.orphans = await countOrphans(db, table, source);
  const swaps = [...staged.keys()].map((t) => `DROP TABLE IF EXISTS ${t}; ALTER TABLE ${stageName(t)} RENAME TO ${t};`);
  await db.exec(`BEGIN TRANSACTION; ${swaps.join(' ')} COMMIT;`);
  return { files, replaced: [...staged.keys()], fatal: null, waiting };
}

function waitingFile(p: PreparedFile): FileReport {
  const what = p.needs.includes('reporting_year')
    ? `${p.export ?? 'This file'} does not say which year it reports on: pick the reporting year (the year ending 31 March) to load it.`
    : `Give a value for ${p.needs.join(', ')} to load it.`;
  return {
    ...refusedFile(p.file, p.bytes, what, p.table, {
      door: p.door,
      export: p.export,
      headers: p.headers,
      needs: p.needs,
      notices: p.notices,
      ignored_columns: p.ignored,
    }),
    status: 'waiting',
    rows_read: p.rowsRead,
  };
}

function fatalReason(
  files: FileReport[],
  staged: Map<TableName, FileReport>,
  existing: ReadonlySet<TableName>,
): string | null {
  for (const t of TABLES.filter((t) => t.required)) {
    const refused = files.find((f) => f.table === t.name && f.status === 'refused');
    if (refused && !staged.has(t.name)) {
      return `${refused.file} (${t.name}) was refused, and the dashboard cannot work without it. The data loaded before is unchanged.`;
    }
    if (!staged.has(t.name) && !existing.has(t.name)) {
      return `${t.name}.csv is missing: every load needs pupils.csv and care_periods.csv. Add it and load again. The data loaded before is unchanged.`;
    }
  }
  return null;
}

async function dropStaged(db: Db, tables: Iterable<TableName>): Promise<void> {
  for (const t of tables) await db.exec(`DROP TABLE IF EXISTS ${stageName(t)}`);
}
