import type { Db } from '../db/types';
import { AREAS, type Area } from '../measures/areas';
import { attachBenchmarks, readBenchmarks } from '../measures/benchmarks';
import type { DimensionId } from '../measures/bases';
import { distribution, type DistributionId } from '../measures/distributions';
import { measure, type MeasureId } from '../measures/index';
import type { BinsPart, Part } from '../measures/query';
import { runParts } from '../measures/report';
import { areaOfSeries, type FigureRows } from './figures';

/** Series a snapshot holds beside the area views': the roll and the cohorts that rule 9 links figures to. */
export const COHORTS: ReadonlyMap<MeasureId, string> = new Map([
  ['roll_n', 'overview'],
  ['cla12m_n', 'overview'],
  ['ks2_cohort_n', 'ks2'],
  ['ks4_cohort_n', 'ks4'],
  ['post16_n', 'leavers'],
]);

/** The queries behind the figures of `areas`: every measure whole, each dimension, each distribution. */
export function partsFor(
  areas: readonly Area[],
  extra: ReadonlyMap<MeasureId, string> = COHORTS,
): { parts: (Part | BinsPart)[]; dimensions: DimensionId[]; distributions: DistributionId[] } {
  const ids = [...new Set([...extra.keys(), ...areaOfSeries(areas).keys()])];
  const byDimension = new Map<DimensionId, Set<MeasureId>>();
  const distributions: DistributionId[] = [];
  for (const p of areas.flatMap((a) => a.panels)) {
    if (p.kind === 'histogram') distributions.push(p.distribution);
    // rule 8: a schools panel is drawn on the interactive dashboard only; its series are the trends'
    else if (p.kind === 'breakdown' || p.kind === 'stack')
      byDimension.set(p.dimension, (byDimension.get(p.dimension) ?? new Set()).add(p.measure));
  }
  const dimensions = [...byDimension.keys()];
  return {
    parts: [
      { measures: ids.map(measure), dimension: null },
      ...dimensions.map((d) => ({ measures: [...byDimension.get(d)!].map(measure), dimension: d })),
      ...distributions.map((d) => ({ distribution: distribution(d) })),
    ],
    dimensions,
    distributions,
  };
}

/**
 * The rows of the whole roll (no filter) that the figures of `areas` are built from, with the children behind each
 * and the national figures; with an authority's DfE code (its figures loaded), its neighbours', region's and own.
 */
export async function collectRows(
  db: Db,
  areas: readonly Area[] = AREAS,
  extra: ReadonlyMap<MeasureId, string> = COHORTS,
  authority: string | null = null,
): Promise<FigureRows> {
  const { parts, dimensions, distributions } = partsFor(areas, extra);
  const results = await runParts(db, {}, parts, { children: true });
  const national = await readBenchmarks(db, authority);
  return {
    series: attachBenchmarks(results[0], national),
    byDimension: new Map(dimensions.map((d, i) => [d, results[1 + i]])),
    bins: new Map(distributions.map((d, i) => [d, results[1 + dimensions.length + i]])),
  };
}
