import type { Db } from '../db/types';
import type { Filter } from '../measures/filter';
import { pupilIdsSql, runPupilRows, type PupilRow } from '../measures/pupil-rows';

/** What the list holds: every listed child of a year and, under a filter, the ones it lists. */
interface Held {
  year: string;
  filter: Filter;
  all: PupilRow[];
  /** null for no filter */
  ids: ReadonlySet<string> | null;
}

/**
 * The Pupils view's rows: every listed child of one academic year, fetched once per load and year, then narrowed
 * by the filter's children (one cheap query of ids, not the rows again). The year's rows and the filter's ids are
 * shown together, once both are in, so a row never shows under a year or filter it does not belong to; a stale
 * answer, or a stale failure, never replaces a newer one.
 */
export class PupilList {
  private held = $state.raw<Held | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  /** the year and filter the rows belong to; null until the first answer */
  year = $derived(this.held?.year ?? null);
  filter = $derived(this.held?.filter ?? null);
  /** every listed child of the year, by child_id */
  all = $derived(this.held?.all ?? []);
  /** the rows the filter lists */
  rows = $derived.by(() => {
    const h = this.held;
    if (!h) return [];
    const ids = h.ids;
    return ids ? h.all.filter((r) => ids.has(r.child_id)) : h.all;
  });

  private rowsFor: { key: string; rows: Promise<PupilRow[]> } | null = null;
  private latest = '';

  constructor(private readonly db: () => Promise<Db>) {}

  /** Whether the list holds this year under this filter, answered. */
  holds(year: string, filter: Filter): boolean {
    return this.held?.year === year && JSON.stringify(this.held.filter) === JSON.stringify(filter);
  }

  async load(version: number, year: string, filter: Filter): Promise<void> {
    const rowsKey = `${version}|${year}`;
    const key = `${rowsKey}|${JSON.stringify(filter)}`;
    if (key === this.latest) return;
    this.latest = key;
    this.loading = true;
    this.error = null;
    if (this.rowsFor?.key !== rowsKey)
      this.rowsFor = { key: rowsKey, rows: this.db().then((db) => runPupilRows(db, {}, year)) };
    const rows = this.rowsFor.rows;
    try {
      const [all, ids] = await Promise.all([rows, this.idsOf(year, filter)]);
      if (key !== this.latest) return;
      this.held = { year, filter, all, ids };
      this.loading = false;
    } catch (e) {
      if (key !== this.latest) return;
      this.error = e instanceof Error ? e.message : String(e);
      this.loading = false;
      this.latest = ''; // try again on the next call
      if (this.rowsFor?.rows === rows) this.rowsFor = null;
    }
  }

  private async idsOf(year: string, filter: Filter): Promise<Set<string> | null> {
    if (Object.keys(filter).length === 0) return null;
    const { sql, params } = pupilIdsSql(filter, year);
    return new Set((await (await this.db()).query<{ child_id: string }>(sql, params)).map((r) => r.child_id));
  }
}
