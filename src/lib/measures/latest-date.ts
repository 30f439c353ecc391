import type { Db } from '../db/types';
import { LATEST_DATE_SQL } from './pupil-rows-sql';

/** The latest date on which the loaded data records something happening (`YYYY-MM-DD`): what pupil-level pages are "as at". */
export async function latestDate(db: Db): Promise<string | null> {
  const [row] = await db.query<{ d: string | null }>(`SELECT CAST(${LATEST_DATE_SQL} AS VARCHAR) AS d`);
  return row?.d ?? null;
}
