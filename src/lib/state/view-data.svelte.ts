import { tick } from 'svelte';
import type { Filter } from '../measures/filter';
import type { Batch, Client, Coordinator, Row } from './coordinator';

const batchKey = (b: Batch) => ('distribution' in b ? b.distribution : `${b.dimension ?? ''}|${b.ids.join(',')}`);

/** The rows of one view's batches, as the coordinator gives them for the view's newest request. */
export class ViewData implements Client<Map<string, Row[]>> {
  rows = $state.raw<Map<string, Row[]>>(new Map());
  loading = $state(false);
  error = $state<string | null>(null);

  /** `mark`: the performance mark made once the rows are drawn (what the dashboard benchmark waits for) */
  constructor(
    private readonly coordinator: Coordinator,
    private readonly mark: string | null = 'vsd:view-drawn',
  ) {}

  load(version: number, filter: Filter, batches: readonly Batch[]): Promise<void> {
    return this.coordinator.request(this, async () => {
      const results = await this.coordinator.run(version, filter, batches);
      return new Map(batches.map((b, i) => [batchKey(b), results[i]]));
    });
  }

  queryPending(): void {
    this.loading = true;
  }

  async queryResult(rows: Map<string, Row[]>): Promise<void> {
    this.rows = rows;
    this.error = null;
    this.loading = false;
    await tick();
    if (this.mark) performance.mark(this.mark);
  }

  queryError(message: string): void {
    this.error = message;
    this.loading = false;
  }

  of(batch: Batch): Row[] {
    return this.rows.get(batchKey(batch)) ?? [];
  }
}
