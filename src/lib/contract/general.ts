/** Cells meaning "unknown", compared after trimming and upper-casing. */
export const EMPTY_MARKERS = ['', 'NULL', 'N/A', 'NA', '-'] as const;

export const TRUE_VALUES = ['1', 'Y', 'YES', 'TRUE'] as const;
export const FALSE_VALUES = ['0', 'N', 'NO', 'FALSE'] as const;

/** `child_id` and the other `*_id` columns: pseudonyms of 1 to 64 of these characters. */
export const ID_CHARACTERS = 'A-Za-z0-9_-';
export const ID_MAX_LENGTH = 64;

/** A normalised header that is, or ends with, one of these is a direct identifier. */
export const IDENTIFIER_HEADERS = [
  'name', 'forename', 'surname', 'first_name', 'last_name', 'full_name', 'upn', 'uln',
  'nhs_number', 'date_of_birth', 'dob', 'postcode', 'address', 'email', 'phone',
] as const;

/** `Child ID` → `child_id`: case-insensitive, trimmed, spaces and hyphens as underscores. */
export function normaliseHeader(h: string): string {
  return h.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
