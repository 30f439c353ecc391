import { tick } from 'svelte';
import type { Filter } from '../measures/filter';
import type { Batch, MeasureRunner, Row } from './measure-runner';

const batchKey = (b: Batch) => `${b.dimension ?? ''}|${b.ids.join(',')}`;

/** The rows of one view's batches; a newer request always wins over a slower older one. */
export class ViewData {
  rows = $state.raw<Map<string, Row[]>>(new Map());
  loading = $state(false);
  error = $state<string | null>(null);
  private latest = 0;

  constructor(private readonly runner: MeasureRunner) {}

  async load(version: number, filter: Filter, batches: readonly Batch[]): Promise<void> {
    const ticket = ++this.latest;
    this.loading = true;
    try {
      const results = await this.runner.run(version, filter, batches);
      if (ticket !== this.latest) return;
      this.rows = new Map(batches.map((b, i) => [batchKey(b), results[i]]));
      this.error = null;
      await tick();
      performance.mark('vsd:view-drawn');
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
