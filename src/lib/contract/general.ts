/** Cells meaning "unknown", compared after trimming and upper-casing. */
export const EMPTY_MARKERS = ['', 'NULL', 'N/A', 'NA', '-'] as const;

export const TRUE_VALUES = ['1', 'Y', 'YES', 'TRUE'] as const;
export const FALSE_VALUES = ['0', 'N', 'NO', 'FALSE'] as const;

/** `child_id` and the other `*_id` columns: pseudonyms of 1 to 64 of these characters. */
export const ID_CHARACTERS = 'A-Za-z0-9_-';
export const ID_MAX_LENGTH = 64;
const ID_PATTERN = new RegExp(`^[${ID_CHARACTERS}]{1,${ID_MAX_LENGTH}}$`);
/** Whether a value is such a pseudonym, as it stands (untrimmed). */
export const isContractId = (v: string): boolean => ID_PATTERN.test(v);

/** A normalised header that is, or ends with, one of these (underscores ignored) is a name or a contact: it is never read. */
export const NAME_AND_CONTACT_HEADERS = [
  'name',
  'forename',
  'surname',
  'middlenames',
  'preferredsurname',
  'formersurname',
  'first_name',
  'last_name',
  'full_name',
  'address',
  'email',
  'phone',
  'telephone',
  'mobile',
  'nhs_number',
  'uln',
  'uniquelearnernumber',
] as const;

/** Headers ending like a name that are not personal: read as usual. */
export const NOT_PERSONAL_HEADERS = ['school_name', 'la_name', 'provider_name', 'country_name', 'region_name'] as const;

/** Read only to derive the birth month (pupils) or age (destinations), then dropped. */
export const DOB_HEADERS = ['dob', 'date_of_birth', 'birth_date', 'birthday'] as const;

/** Read only as the key linking a school file to the SSDA903 Header, never stored. */
export const UPN_HEADERS = ['upn', 'former_upn'] as const;

/** Never read: SSDA903's home and placement postcodes, and any `*postcode*` column. */
export const POSTCODE_HEADERS = ['home_post', 'pl_post'] as const;

/** The SSDA903's "UPN not known" codes: never link keys. */
export const UPN_UNKNOWN_CODES = Array.from({ length: 10 }, (_, i) => `UN${i + 1}`);

/** `Child ID` → `child_id`: case-insensitive, trimmed, spaces and hyphens as underscores. */
export function normaliseHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
