import type { Batch } from '../../lib/state/measure-runner';
import type { Panel } from '../../lib/measures/areas';

/** The view's trends, each breakdown dimension and each distribution: what a filter change re-runs, as one query. */
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
    ...panels.flatMap((p) => (p.kind === 'histogram' ? [{ distribution: p.distribution }] : [])),
  ];
}

/** The batch among `batches` that holds a panel's rows. */
export function batchOf(panel: Panel, batches: readonly Batch[]): Batch {
  const found = batches.find((b) => {
    if (panel.kind === 'histogram') return 'distribution' in b && b.distribution === panel.distribution;
    if ('distribution' in b) return false;
    return panel.kind === 'trend' ? b.dimension === null : b.dimension === panel.dimension;
  });
  if (!found) throw new Error(`no batch for panel ${panel.title}`);
  return found;
}
