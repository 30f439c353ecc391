import { dimensionLabel, groupLabel } from '../lib/contract/labels';
import type { Filter, FilterKey } from '../lib/measures/filter';

/** Each filter's name as the filter panel shows it. */
export const FILTER_LABELS: Record<FilterKey, string> = {
  sex: dimensionLabel('sex'),
  ethnicity: dimensionLabel('ethnicity'),
  ethnicity_group: dimensionLabel('ethnicity_group'),
  sen_provision: dimensionLabel('sen_provision'),
  uasc: dimensionLabel('uasc'),
  placement_location: dimensionLabel('placement_location'),
  nc_year: dimensionLabel('nc_year'),
  key_stage: dimensionLabel('key_stage'),
  social_care_status: dimensionLabel('social_care_status'),
  // filters of their own, not breakdowns: a school by its reference, and yes-or-no questions
  school_ref: 'School',
  school_in_la: 'School in the authority',
  cla12m: 'In care 12 months+',
  child_id: 'Children of a group',
};

const BOOLEAN: readonly FilterKey[] = ['uasc', 'school_in_la', 'cla12m'];
/** A filter value in words: "Female", "EHC plan", "Year 7", "yes". */
export function valueWord(key: FilterKey, v: string): string {
  if (BOOLEAN.includes(key)) return v === '1' ? 'yes' : 'no';
  // the early years are one group in a breakdown, but each a value of its own to filter by: year -2 is aged 2 on 1 September
  if (key === 'nc_year' && Number(v) < 0) return `Early years, aged ${Number(v) + 4}`;
  return groupLabel(key, v);
}

/** One set filter in words: "Sex: Female", or "Key stage 3 or Key stage 4" when the values already name the filter. */
function filterPart(key: FilterKey, values: readonly string[]): string {
  if (key === 'child_id') return `${FILTER_LABELS.child_id}: ${values.length.toLocaleString('en-GB')} picked`;
  const words = values.map((x) => valueWord(key, x));
  const name = FILTER_LABELS[key];
  return words.every((w) => w.toLowerCase().startsWith(name.toLowerCase()))
    ? words.join(' or ')
    : `${name}: ${words.join(', ')}`;
}

/**
 * The whole filter in words, with the years when limited: "Key stage 4; years 2021/22 to latest", or "All children";
 * the one summary of a filter, for the filter panel, the print header, the Pupils view and its CSV, and the pages of
 * a child and a group. The hand-picked children of a group are never listed, only counted.
 */
export function filterWords(filter: Filter, from: string | null = null, to: string | null = null): string {
  const parts = Object.entries(filter).map(([k, v]) => filterPart(k as FilterKey, v));
  const years = from || to ? `; years ${from ?? 'first'} to ${to ?? 'latest'}` : '';
  return (parts.length ? parts.join('; ') : 'All children') + years;
}
