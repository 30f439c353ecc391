import { FILTERS, type Filter, type FilterKey } from '../../../lib/measures/filter';
import { groupLabel } from '../../dashboard/labels';

/** The dashboard filter panel's names for the filter keys. */
const LABELS: Record<FilterKey, string> = {
  sex: 'Sex', ethnicity: 'Ethnicity', ethnicity_group: 'Ethnic group', sen_provision: 'SEN provision', uasc: 'UASC',
  placement_location: 'Placement', nc_year: 'Year group', key_stage: 'Key stage', school_ref: 'School',
  school_in_la: 'School in the authority', cla12m: 'In care 12 months+', social_care_status: 'Social care status', child_id: 'Children of a group',
};

const valueWords = (key: FilterKey, v: string) =>
  FILTERS.find((f) => f.key === key)?.values === 'bool' ? (v === '1' ? 'yes' : 'no') : groupLabel(key, v);

/**
 * A group's filter as the dashboard's filter panel sums it up: "Key stage: KS4; Sex: female", or "none" when the
 * group was saved with no filter. The children picked by hand are never listed.
 */
export function filterWords(filter: Filter): string {
  const parts = FILTERS.filter((f) => f.key !== 'child_id' && filter[f.key]?.length)
    .map((f) => `${LABELS[f.key]}: ${filter[f.key]!.map((v) => valueWords(f.key, v)).join(', ')}`);
  return parts.length ? parts.join('; ') : 'none';
}
