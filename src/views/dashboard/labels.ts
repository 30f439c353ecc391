import { codes } from '../../lib/contract';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const labelOf = (list: readonly { code: string; label?: string }[], g: string) => list.find((c) => c.code === g)?.label ?? g;

/** A breakdown group as a person reads it: "September", "Year 7", "EHC plan". Month labels keep their number to sort. */
export function groupLabel(dimension: string, group: string): string {
  switch (dimension) {
    case 'month': return /^\d\d$/.test(group) ? `${group} ${MONTHS[Number(group) - 1]}` : group;
    case 'nc_year': return group === '0' ? 'Reception' : Number(group) < 0 ? 'Early years' : `Year ${group}`;
    case 'sen_provision': return labelOf(codes.SEN_PROVISION, group);
    case 'reason': return group.length === 2 ? `${group}: ${labelOf(codes.EXCLUSION_REASON, group)}` : group.replace(/_/g, ' ').toLowerCase();
    case 'placement_location': return labelOf(codes.PLACEMENT_LOCATION, group);
    case 'social_care_status': return labelOf(codes.SOCIAL_CARE_STATUS, group);
    case 'sex': return labelOf(codes.SEX, group);
    case 'term': return group.charAt(0) + group.slice(1).toLowerCase();
    default: return group.replace(/_/g, ' ');
  }
}
