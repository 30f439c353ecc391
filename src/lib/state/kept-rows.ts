import type { Db, Prepared } from '../db/types';
import type { Filter } from '../measures/filter';
import { keptSql, type BinsPart, type Part, type RowSet, type SqlOptions } from '../measures/query';
import { runParts, splitParts, type RawRow, type ReportRow } from '../measures/report';

const keyOf = (r: RowSet, filter: Filter) => JSON.stringify(r.where(filter));

/** What the dashboard's rows carry: the children behind each figure (small numbers) and each whole series' interval. */
export const DASHBOARD_SQL: SqlOptions = { children: true, intervals: true };

/**
 * Runs parts as `runParts(…, DASHBOARD_SQL)` does, for a dashboard that runs the same views again and again under new filters.
 * Each row set's source table has a `keep` column (`buildModel`); a filter change updates it (an UPDATE, which
 * unlike DELETE and INSERT frees what it replaces), and each view's query, whose SQL no longer depends on the
 * filter, is planned once and run again. Queries run one at a time. Build a new one whenever the data changes.
 */
export class KeptRows {
  private widened = new Map<string, Promise<void>>();
  private keptFor = new Map<string, string>();
  private plans = new Map<string, Promise<Prepared>>();
  private queue: Promise<unknown>;

  /** `after`: what must finish first (the previous instance's `close()`: both update the same `keep` columns) */
  constructor(
    private readonly db: Db,
    after: Promise<unknown> = Promise.resolve(),
  ) {
    this.queue = after.catch(() => undefined);
  }

  run(filter: Filter, parts: readonly (Part | BinsPart)[]): Promise<ReportRow[][]> {
    const next = this.queue.then(() => this.runNow(filter, parts));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Drop the plans. */
  async close(): Promise<void> {
    await this.queue;
    for (const plan of this.plans.values()) await (await plan).close();
    this.plans.clear();
  }

  private async runNow(filter: Filter, parts: readonly (Part | BinsPart)[]): Promise<ReportRow[][]> {
    const { sql, rowSets } = keptSql(parts, DASHBOARD_SQL);
    const plan = this.plans.get(sql);
    if (!plan) {
      // The first time, the filter goes inline and nothing waits for the copies: they are made next in the queue.
      this.queue = this.queue.then(() => this.setUp(sql, rowSets)).catch(() => undefined);
      return runParts(this.db, filter, parts, DASHBOARD_SQL);
    }
    const prepared = await plan;
    await this.keep(rowSets, filter);
    return splitParts(parts, await prepared.query<RawRow>());
  }

  private async setUp(sql: string, rowSets: readonly RowSet[]): Promise<void> {
    for (const r of rowSets) await this.widen(r);
    if (this.plans.has(sql)) return;
    const plan = this.db.prepare(sql);
    plan.catch(() => this.plans.delete(sql));
    this.plans.set(sql, plan);
    await plan;
  }

  /** `keep` made true everywhere; it was false, so its statistics never rule either value out of a plan. */
  private widen(r: RowSet): Promise<void> {
    let made = this.widened.get(r.name);
    if (!made) {
      made = this.db.exec(`UPDATE ${r.source} SET keep = true`);
      made.catch(() => this.widened.delete(r.name));
      this.widened.set(r.name, made);
      this.keptFor.set(r.name, keyOf(r, {}));
    }
    return made;
  }

  /** Update `keep` where the filter differs from the one applied: in one transaction when no value is a parameter. */
  private async keep(rowSets: readonly RowSet[], filter: Filter): Promise<void> {
    const updates = rowSets
      .filter((r) => this.keptFor.get(r.name) !== keyOf(r, filter))
      .map((r) => ({ r, where: r.where(filter) }));
    for (const { r } of updates) this.keptFor.delete(r.name);
    const sql = ({ r, where }: (typeof updates)[number]) =>
      `UPDATE ${r.source} AS ${r.alias} SET keep = (${where.sql})`;
    if (updates.every((u) => u.where.params.length === 0)) {
      if (updates.length) {
        try {
          await this.db.exec(`BEGIN TRANSACTION; ${updates.map((u) => `${sql(u)};`).join(' ')} COMMIT;`);
        } catch (e) {
          await this.db.exec('ROLLBACK').catch(() => undefined);
          throw e;
        }
      }
    } else {
      for (const u of updates) await this.db.query(sql(u), u.where.params);
    }
    for (const { r } of updates) this.keptFor.set(r.name, keyOf(r, filter));
  }
}
