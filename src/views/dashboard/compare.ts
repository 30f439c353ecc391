import type { Series } from '../../lib/charts/types';
import type { Measure } from '../../lib/measures/define';
import { quartileBand } from '../../lib/neighbours/comparisons';
import type { SeriesPoint } from '../../lib/snapshot/document';
import { shownValue } from '../../lib/snapshot/lookup';
import { findAuthority } from '../../lib/state/local-authorities';
import { formatValue } from './present';

/** What a chart compares its local series with, beyond England. */
export interface CompareContext {
  /** the authority whose neighbours, region and published figures the rows carry, by name */
  authority: string | null;
  /** a cohort filter is applied: the comparison lines are not filtered */
  filtered: boolean;
  /** the filter "looked after for 12 months" alone is applied: the local figure is on DfE's cohort */
  likeForLike: boolean;
  /** apply that filter (the interactive dashboard only) */
  applyLikeForLike?: () => void;
}

export const NO_COMPARISON: CompareContext = { authority: null, filtered: false, likeForLike: false };

const WHO: Record<Measure['national'], string> = {
  CLA_12M: 'all children in care',
  CARE_LEAVERS_17_18: 'all care leavers',
  CARE_LEAVERS_19_21: 'all care leavers',
};

/** The names of an authority's region lines: its region, and for a London borough Inner or Outer London as well. */
function regionNames(authority: string | null): { region: string; subregion: string | null } {
  const region = authority ? findAuthority(authority)?.region : undefined;
  if (region === 'Inner London' || region === 'Outer London') return { region: 'London', subregion: region };
  return { region: region ?? 'Region', subregion: null };
}

const fig = (p: SeriesPoint, key: string): number | undefined => p.national?.[key];

/** The lines of the authority's neighbours' average, region (and Inner or Outer London) and its DfE-published figure. */
export function comparisonSeries(m: Measure, points: readonly SeriesPoint[], ctx: CompareContext): Series[] {
  const g = m.national;
  const names = regionNames(ctx.authority);
  const suffix = ctx.filtered ? ` (${WHO[g]})` : '';
  const lines: [string, string | null][] = [
    ['neighbours', 'Statistical neighbours (average)'],
    ['region', names.region],
    ['subregion', names.subregion],
    ['la', `${ctx.authority ?? 'This authority'}, published by DfE`],
  ];
  return lines.flatMap(([key, label]) => {
    if (!label || !points.some((p) => fig(p, `${key}_${g}`) !== undefined)) return [];
    return [
      {
        id: `${m.id}:${key}`,
        label: `${label}${suffix}`,
        role: 'comparison' as const,
        points: points.map((p) => {
          const v = fig(p, `${key}_${g}`);
          return v === undefined
            ? { period: p.period, value: null, display: 'x' }
            : { period: p.period, value: v, display: formatValue(m, v) };
        }),
      },
    ];
  });
}

/** "Statistical neighbours' average: from 6 of the 10 in 2023/24; the others' figures were suppressed or not published." */
export function neighboursNote(m: Measure, points: readonly SeriesPoint[]): string | null {
  const short = points.flatMap((p) => {
    const n = fig(p, `neighbours_n_${m.national}`);
    return n !== undefined && n < 10 ? [`${n} of the 10 in ${p.period}`] : [];
  });
  if (short.length === 0) return null;
  return `Statistical neighbours' average: from ${short.join(', ')}; the others' figures were suppressed or not published.`;
}

export interface Ranking {
  period: string;
  /** the authority's published figure, formatted */
  figure: string;
  rank: number;
  ranked: number;
  band: 'A' | 'B' | 'C' | 'D' | null;
  neighboursRank: number | null;
  neighboursRanked: number | null;
}

/** Where the authority's latest published figure sits among all authorities with a value, and among its neighbours. */
export function ranking(m: Measure, points: readonly SeriesPoint[]): Ranking | null {
  const g = m.national;
  const p = points.filter((q) => fig(q, `rank_${g}`) !== undefined).at(-1);
  if (!p) return null;
  const value = fig(p, `la_${g}`)!;
  const [q1, q2, q3] = ['q1', 'q2', 'q3'].map((q) => fig(p, `${q}_${g}`));
  return {
    period: p.period,
    figure: formatValue(m, value),
    rank: fig(p, `rank_${g}`)!,
    ranked: fig(p, `ranked_${g}`)!,
    band: q1 === undefined || q2 === undefined || q3 === undefined ? null : quartileBand(value, [q1, q2, q3], m.better),
    neighboursRank: fig(p, `neighbours_rank_${g}`) ?? null,
    neighboursRanked: fig(p, `neighbours_ranked_${g}`) ?? null,
  };
}

/**
 * The local figure beside the authority's DfE-published one for the same year, and why they differ: "From the
 * local data, 16.7 in 2024/25; DfE published 19.7 for Dudley. DfE counts …".
 */
export function localBesidePublished(m: Measure, points: readonly SeriesPoint[], ctx: CompareContext): string | null {
  const p = points.filter((q) => fig(q, `la_${m.national}`) !== undefined && shownValue(q) !== null).at(-1);
  if (!p || !ctx.authority) return null;
  const local = formatValue(m, shownValue(p)!);
  const dfe = formatValue(m, fig(p, `la_${m.national}`)!);
  const why = ctx.likeForLike
    ? 'Both count children looked after for 12 months at 31 March; the rest of the difference is timing (DfE publishes a year or more later, after corrections) and rounding.'
    : m.national === 'CLA_12M'
      ? 'They differ by cohort (the loaded roll counts every child in care in the year; DfE counts children looked after for 12 months at 31 March), by timing (DfE publishes a year or more later, after corrections) and by rounding.'
      : 'They differ by cohort (the care leavers in the loaded files against those DfE counts from the SSDA903 return), by timing and by rounding.';
  return `From the local data, ${local} in ${p.period}; DfE published ${dfe} for ${ctx.authority}. ${why}`;
}
