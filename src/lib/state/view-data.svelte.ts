import { tick } from 'svelte';
import type { Filter } from '../measures/filter';
import type { Batch, MeasureRunner, Row } from './measure-runner';

const batchKey = (b: Batch) => ('distribution' in b ? b.distribution : `${b.dimension ?? ''}|${b.ids.join(',')}`);

/** The rows of one view's batches; a newer request always wins over a slower older one. */
export class ViewData {
  rows = $state.raw<Map<string, Row[]>>(new Map());
  loading = $state(false);
  error = $state<string | null>(null);
  private latest = 0;

  /** `mark`: the performance mark made once the rows are drawn (what the dashboard benchmark waits for) */
  constructor(
    private readonly runner: MeasureRunner,
    private readonly mark: string | null = 'vsd:view-drawn',
  ) {}

  async load(version: number, filter: Filter, batches: readonly Batch[]): Promise<void> {
    const ticket = ++this.latest;
    this.loading = true;
    try {
      const results = await this.runner.run(version, filter, batches);
      if (ticket !== this.latest) return;
      this.rows = new Map(batches.map((b, i) => [batchKey(b), results[i]]));
      this.error = null;
      await tick();
      if (this.mark) performance.mark(this.mark);
    } catch (e) {
      if (ticket === this.latest) this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (ticket === this.latest) this.loading = false;
    }
  }

  of(batch: Batch): Row[] {
    return this.rows.get(batchKey(batch)) ?? [];
  }
}
