import type { Bar, Bin, Series, StackColumn, StackPart } from '../../../src/lib/charts/types';

/** Seeded, fixed data for the chart tests. */
export const one = (v: number): string => v.toFixed(1);

export const PERIODS = ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25'];

const points = (values: (number | 'c' | 'x')[]) =>
  values.map((v, i) => ({
    period: PERIODS[i],
    value: typeof v === 'number' ? v : null,
    display: typeof v === 'number' ? one(v) : v,
  }));

export const LOCAL: Series = {
  id: 'la',
  label: 'local',
  role: 'local',
  points: points([21.2, 20.4, 'c', 18.9, 17.5, 16.7]),
};
export const NATIONAL: Series = {
  id: 'nat',
  label: 'children in care nationally',
  role: 'national',
  points: points([19.1, 19.6, 18.8, 18.5, 18.4, 18.2]),
};
export const NEIGHBOURS: Series = {
  id: 'sn',
  label: 'statistical neighbours',
  role: 'comparison',
  points: points([20.0, 'x', 19.2, 19.0, 18.1, 17.9]),
};
export const ALL_SUPPRESSED: Series = { id: 'la', label: 'local', role: 'local', points: points(['c', 'c', 'c']) };

export const BARS: Bar[] = [
  { label: 'Persistent disruptive behaviour', value: 14, display: '14' },
  { label: 'Physical assault against a pupil', value: 9, display: '9' },
  { label: 'Verbal abuse or threatening behaviour against an adult', value: 6, display: '6' },
  { label: 'Drug and alcohol related', value: null, display: 'c' },
];

export const PARTS: StackPart[] = [
  { key: 'sus', label: 'Suspension' },
  { key: 'perm', label: 'Permanent exclusion' },
];

export const COLUMNS: StackColumn[] = [
  { period: '2022/23', values: { sus: { value: 40, display: '40' }, perm: { value: 3, display: '3' } } },
  { period: '2023/24', values: { sus: { value: 52, display: '52' }, perm: { value: 0, display: 'c' } } },
  { period: '2024/25', values: { sus: { value: 47, display: '47' }, perm: { value: 6, display: '6' } } },
];

export const BINS: Bin[] = [
  { x0: 0, x1: 50, count: 0, display: 'c' },
  { x0: 50, x1: 80, count: 12, display: '12' },
  { x0: 80, x1: 90, count: 31, display: '31' },
  { x0: 90, x1: 100, count: 58, display: '58' },
];
