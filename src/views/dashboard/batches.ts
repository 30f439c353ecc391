import type { Batch } from '../../lib/state/measure-runner';
import type { Panel } from './areas';

/** One query for the view's trends, one per breakdown dimension: what a filter change re-runs. */
export function batchesOf(panels: readonly Panel[]): Batch[] {
  const trends = [...new Set(panels.flatMap((p) => (p.kind === 'trend' ? p.measures : [])))];
  const byDimension = new Map<string, Set<string>>();
  for (const p of panels) {
    if (p.kind === 'trend' || p.kind === 'histogram') continue;
    byDimension.set(p.dimension, (byDimension.get(p.dimension) ?? new Set()).add(p.measure));
  }
  return [
    ...(trends.length ? [{ ids: trends, dimension: null }] : []),
    ...[...byDimension].map(([dimension, ids]) => ({ ids: [...ids], dimension })),
  ];
}
