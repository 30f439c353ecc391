import type { Db } from '../db/types';
import type { Filter } from '../measures/filter';
import { pupilIdsSql, runPupilRows, type PupilRow } from '../measures/pupil-rows';

/**
 * The Pupils view's rows: every listed child of one academic year, fetched once per load and year, then narrowed
 * by the filter's children (one cheap query of ids, not the rows again). A stale answer never replaces a newer one.
 */
export class PupilList {
  /** every listed child of the year, by child_id */
  all = $state.raw<PupilRow[]>([]);
  /** the children the filter lists; null for no filter */
  ids = $state.raw<ReadonlySet<string> | null>(null);
  /** the year `all` holds, once fetched */
  year = $state<string | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  /** the rows the filter lists */
  rows = $derived.by(() => {
    const ids = this.ids;
    return ids ? this.all.filter((r) => ids.has(r.child_id)) : this.all;
  });

  private rowsKey = '';
  private idsKey = '';
  private rowsToken = 0;
  private idsToken = 0;

  constructor(private readonly db: () => Promise<Db>) {}

  async load(version: number, year: string, filter: Filter): Promise<void> {
    const rowsKey = `${version}|${year}`;
    const idsKey = `${rowsKey}|${JSON.stringify(filter)}`;
    if (rowsKey === this.rowsKey && idsKey === this.idsKey) return;
    this.loading = true;
    this.error = null;
    try {
      await Promise.all([rowsKey !== this.rowsKey ? this.fetchRows(rowsKey, year) : null, this.fetchIds(idsKey, year, filter)]);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.rowsKey = this.idsKey = ''; // try again on the next call
    } finally {
      if (this.rowsKey === rowsKey && this.idsKey === idsKey) this.loading = false;
    }
  }

  private async fetchRows(key: string, year: string): Promise<void> {
    this.rowsKey = key;
    const token = ++this.rowsToken;
    const rows = await runPupilRows(await this.db(), {}, year);
    if (token !== this.rowsToken) return;
    this.all = rows;
    this.year = year;
  }

  private async fetchIds(key: string, year: string, filter: Filter): Promise<void> {
    this.idsKey = key;
    const token = ++this.idsToken;
    let ids: Set<string> | null = null;
    if (Object.keys(filter).length > 0) {
      const { sql, params } = pupilIdsSql(filter, year);
      ids = new Set((await (await this.db()).query<{ child_id: string }>(sql, params)).map((r) => r.child_id));
    }
    if (token !== this.idsToken) return;
    this.ids = ids;
  }
}
