import { distribution } from '../../lib/measures/distributions';
import type { Panel } from '../../lib/measures/areas';
import type { DimensionId } from '../../lib/measures/bases';
import type { MeasureId } from '../../lib/measures/index';
import type { ReportRow } from '../../lib/measures/report';
import type { FigureRows } from '../../lib/snapshot/figures';
import type { Batch, Row } from '../../lib/state/coordinator';

/** The live rows of a view's batches, on the interactive dashboard: what its schools panels are drawn from (ViewData). */
export interface LiveRows {
  of(batch: Batch): readonly ReportRow[];
}

/** A panel's dimension and the measures it needs by it: a schools panel also needs the count of the children behind each school. */
function brokenDown(p: Exclude<Panel, { kind: 'trend' | 'histogram' }>): { dimension: DimensionId; ids: MeasureId[] } {
  return p.kind === 'schools'
    ? { dimension: 'school', ids: [p.measure, p.children.measure] }
    : { dimension: p.dimension, ids: [p.measure] };
}

/** The batch of a view's measures by school (its schools panels'), as `batchesOf` gives it; null when it has none. */
export function schoolBatch(panels: readonly Panel[]): Batch | null {
  return batchesOf(panels).find((b) => 'dimension' in b && b.dimension === 'school') ?? null;
}

/**
 * The view's series (every measure it shows, whole: the trends and the totals of its breakdowns), each breakdown
 * dimension and each distribution: what a filter change re-runs, as one query.
 */
export function batchesOf(panels: readonly Panel[]): Batch[] {
  const whole = [
    ...new Set(
      panels.flatMap((p) =>
        p.kind === 'trend' ? p.measures : p.kind === 'histogram' ? [distribution(p.distribution).of] : [p.measure],
      ),
    ),
  ];
  const byDimension = new Map<DimensionId, Set<MeasureId>>();
  for (const p of panels) {
    if (p.kind === 'trend' || p.kind === 'histogram') continue;
    const { dimension, ids } = brokenDown(p);
    byDimension.set(dimension, new Set([...(byDimension.get(dimension) ?? []), ...ids]));
  }
  return [
    ...(whole.length ? [{ ids: whole, dimension: null }] : []),
    ...[...byDimension].map(([dimension, ids]) => ({ ids: [...ids], dimension })),
    ...panels.flatMap((p) => (p.kind === 'histogram' ? [{ distribution: p.distribution }] : [])),
  ];
}

/** The rows of a view's batches, as figures are built from them. */
export function figureRows(batches: readonly Batch[], rowsOf: (b: Batch) => readonly Row[]): FigureRows {
  const byDimension = new Map<string, readonly Row[]>();
  const bins = new Map<string, readonly Row[]>();
  let series: readonly Row[] = [];
  for (const b of batches) {
    if ('distribution' in b) bins.set(b.distribution, rowsOf(b));
    else if (b.dimension === null) series = rowsOf(b);
    else byDimension.set(b.dimension, rowsOf(b));
  }
  return { series, byDimension, bins };
}
