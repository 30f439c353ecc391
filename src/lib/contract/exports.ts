import type { TableName } from './types';

/**
 * Real exports the app recognises by their headers (normalised, see `normaliseHeader`), whatever
 * the file is called: the SSDA903 return's CSV files in the DfE layout.
 */
export interface KnownExport {
  id: string;
  label: string;
  /** every one of these headers present (and, for `table`, the table's own match) marks the export */
  signature: readonly string[];
  /** headers whose presence rules it out (a UASC file has SEX and DOB like a Header, and DUC) */
  without?: readonly string[];
  /** the table it loads into; null when the dashboard does not use it */
  table: TableName | null;
  /** the export does not say its reporting year: it comes from the file name, or the user is asked */
  asksYear?: boolean;
}

export const KNOWN_EXPORTS: readonly KnownExport[] = [
  {
    id: 'ssda903_header',
    label: 'SSDA903 Header',
    signature: ['child', 'sex', 'dob', 'ethnic'],
    without: ['duc'],
    table: 'pupils',
  },
  { id: 'ssda903_uasc', label: 'SSDA903 UASC', signature: ['child', 'duc'], table: 'uasc' },
  { id: 'ssda903_episodes', label: 'SSDA903 Episodes', signature: ['child', 'decom'], table: 'care_periods' },
  {
    id: 'ssda903_oc3',
    label: 'SSDA903 OC3',
    signature: ['child', 'in_touch', 'activ'],
    table: 'destinations',
    asksYear: true,
  },
  { id: 'ssda903_missing', label: 'SSDA903 Missing', signature: ['child', 'missing', 'mis_start'], table: null },
  { id: 'ssda903_oc2', label: 'SSDA903 OC2', signature: ['child', 'sdq_score'], table: null },
  { id: 'ssda903_reviews', label: 'SSDA903 Reviews', signature: ['child', 'review', 'review_code'], table: null },
  { id: 'ssda903_sw_episodes', label: 'SSDA903 social worker episodes', signature: ['child', 'sw_id'], table: null },
  { id: 'ssda903_prev_perm', label: 'SSDA903 PrevPerm', signature: ['child', 'prev_perm'], table: null },
  { id: 'ssda903_ad1', label: 'SSDA903 AD1', signature: ['child', 'date_int', 'date_match'], table: null },
  {
    id: 'ssda903_placed_adoption',
    label: 'SSDA903 Placed for adoption',
    signature: ['child', 'date_placed'],
    table: null,
  },
  { id: 'ssda903_dolo', label: 'SSDA903 DoLo', signature: ['child', 'dolo_start'], table: null },
];

/** The known export these (normalised) headers are, if any. */
export function knownExport(normalised: readonly string[]): KnownExport | null {
  const has = new Set(normalised);
  return (
    KNOWN_EXPORTS.find((e) => e.signature.every((h) => has.has(h)) && !(e.without ?? []).some((h) => has.has(h))) ??
    null
  );
}

/** The columns of the DfE's SSDA903 episodes file, in its order. */
export const SSDA903_EPISODE_COLUMNS = [
  'CHILD',
  'DECOM',
  'RNE',
  'LS',
  'CIN',
  'PLACE',
  'PLACE_PROVIDER',
  'DEC',
  'REC',
  'REASON_PLACE_CHANGE',
  'HOME_POST',
  'PL_POST',
  'URN',
] as const;
