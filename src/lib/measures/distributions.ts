import type { BaseId } from './bases';
import type { MeasureId } from './index';

/** A distribution: the values of one field over a base's rows, counted in bins of a width. */
export interface Distribution<Id extends string = string> {
  id: Id;
  title: string;
  definition: string;
  base: BaseId;
  /** SQL of the value on the base's rows */
  value: string;
  where: string;
  width: number;
  /** the series whose number of values the bins add up to: the bins are a breakdown of its point (rule 4) */
  of: MeasureId;
}

const DEFINED = [
  {
    id: 'ks4_att8_distribution',
    title: 'Attainment 8 scores',
    base: 'ks4',
    value: 'att8',
    where: 'att8 IS NOT NULL',
    width: 10,
    of: 'ks4_att8_avg',
    definition: 'Pupils at the end of key stage 4 by Attainment 8 score, in bands of 10 points.',
  },
  {
    id: 'cme_days_to_return_distribution',
    title: 'Days to return to school',
    base: 'cme_ends',
    value: 'CAST(end_date - start_date AS INTEGER)',
    where: "end_reason = 'RETURNED_TO_SCHOOL'",
    width: 14,
    of: 'cme_days_to_return_median',
    definition: 'Episodes ending in the year with a return to school, by days missing education, in fortnights.',
  },
] as const satisfies readonly Distribution[];

export type DistributionId = (typeof DEFINED)[number]['id'];

export const DISTRIBUTIONS: readonly Distribution<DistributionId>[] = DEFINED;

export interface BinRow {
  period: string;
  x0: number;
  count: number;
}

export const isDistributionId = (id: string): id is DistributionId => DISTRIBUTIONS.some((d) => d.id === id);

export function distribution(id: DistributionId): Distribution<DistributionId> {
  const d = DISTRIBUTIONS.find((x) => x.id === id);
  if (!d) throw new Error(`unknown distribution ${id}`);
  return d;
}

/** Rows of a bins part (group = lower edge, value = count) → bins, in order. */
export const binRows = (rows: readonly { period: string; group?: string | null; value: number | null }[]): BinRow[] =>
  rows
    .map((r) => ({ period: r.period, x0: Number(r.group), count: r.value ?? 0 }))
    .sort((a, b) => a.period.localeCompare(b.period) || a.x0 - b.x0);
