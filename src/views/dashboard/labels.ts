import { codes, type Code } from '../../lib/contract';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A code's label in its contract list (src/lib/contract/codes.ts): the one place a label is looked up.
 * A code the list does not label comes back as `otherwise` makes it, by default the code itself.
 */
export function codeLabel(list: readonly Code[], code: string, otherwise: (code: string) => string = (c) => c): string {
  return list.find((c) => c.code === code)?.label ?? otherwise(code);
}

/** A breakdown group as a person reads it: "September", "Year 7", "EHC plan". Month labels keep their number to sort. */
export function groupLabel(dimension: string, group: string): string {
  switch (dimension) {
    case 'month': return /^\d\d$/.test(group) ? `${group} ${MONTHS[Number(group) - 1]}` : group;
    case 'nc_year': return group === '0' ? 'Reception' : Number(group) < 0 ? 'Early years' : `Year ${group}`;
    case 'sen_provision': return codeLabel(codes.SEN_PROVISION, group);
    case 'reason': return group.length === 2 ? `${group}: ${codeLabel(codes.EXCLUSION_REASON, group)}` : group.replace(/_/g, ' ').toLowerCase();
    case 'placement_location': return codeLabel(codes.PLACEMENT_LOCATION, group);
    case 'social_care_status': return codeLabel(codes.SOCIAL_CARE_STATUS, group);
    case 'sex': return codeLabel(codes.SEX, group);
    case 'term': return group.charAt(0) + group.slice(1).toLowerCase();
    default: return group.replace(/_/g, ' ');
  }
}
