/**
 * The one table of words for codes: every code of the contract (its label in codes.ts), the values the measures
 * make of them for a breakdown (NOT_RATED, IN_LA, '09', '1: under 4 weeks'...), and each dimension's name.
 * Charts, tables, CSV headers, filters, the Pupils view and the child's page all read their words here.
 */
import * as codes from './codes';
import type { Code } from './types';

/** A code's label in its contract list; a code the list does not hold comes back as `otherwise` makes it, by default itself. */
export function codeLabel(list: readonly Code[], code: string, otherwise: (code: string) => string = (c) => c): string {
  return list.find((c) => c.code === code)?.label ?? otherwise(code);
}

/** First words that keep their capital inside a sentence: proper adjectives of the ethnicity and subject labels. */
const PROPER = new Set([
  'English',
  'White',
  'Black',
  'Asian',
  'Indian',
  'Pakistani',
  'Bangladeshi',
  'Chinese',
  'Gypsy',
  'Traveller',
]);

/** A label as it reads inside a sentence: "Full care order" → "full care order"; "EHC plan", "English" stay. */
export function inSentence(label: string): string {
  const first = label.split(/[\s,:-]/)[0];
  if (first.length > 1 && first === first.toUpperCase()) return label;
  return PROPER.has(first) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const KEY_STAGES: Record<string, string> = {
  EY: 'Early years',
  KS1: 'Key stage 1',
  KS2: 'Key stage 2',
  KS3: 'Key stage 3',
  KS4: 'Key stage 4',
  POST16: 'Post-16',
};
const ETHNIC_GROUPS: Record<string, string> = {
  WHITE: 'White',
  MIXED: 'Mixed',
  ASIAN: 'Asian',
  BLACK: 'Black',
  OTHER: 'Other',
  UNKNOWN: 'Unknown',
};
const SMART_CRITERIA: Record<string, string> = {
  SPECIFIC: 'Specific',
  MEASURABLE: 'Measurable',
  ACHIEVABLE: 'Achievable',
  RELEVANT: 'Relevant',
  TIME_BOUND: 'Time-bound',
};
const SCHOOL_IN_LA: Record<string, string> = { IN_LA: 'In the authority', OUT_LA: 'Out of the authority' };
const UASC: Record<string, string> = { UASC: 'UASC', NOT_UASC: 'Not UASC' };
/** Values the measures give a missing code, whatever the dimension. */
const MISSING: Record<string, string> = { UNKNOWN: 'Unknown', NOT_RATED: 'Not rated' };

/** The contract lists whose codes a dimension's groups are; `reason` holds exclusion reasons or EHE reasons. */
const LISTS: Record<string, readonly (readonly Code[])[]> = {
  sex: [codes.SEX],
  ethnicity: [codes.ETHNICITY],
  sen_provision: [codes.SEN_PROVISION],
  placement_location: [codes.PLACEMENT_LOCATION],
  school_phase: [codes.SCHOOL_PHASE],
  term: [codes.TERM],
  pep_type: [codes.PEP_TYPE],
  qa_rating: [codes.QA_RATING],
  area: [codes.TARGET_AREA],
  outcome: [codes.TARGET_OUTCOME],
  reason: [codes.EXCLUSION_REASON, codes.EHE_REASON],
  end_reason: [codes.CME_END_REASON, codes.EHE_END_REASON],
  social_care_status: [codes.SOCIAL_CARE_STATUS],
  activity: [codes.ACTIVITY],
};

const TABLES: Record<string, Record<string, string>> = {
  key_stage: KEY_STAGES,
  ethnicity_group: ETHNIC_GROUPS,
  smart_criterion: SMART_CRITERIA,
  school_in_la: SCHOOL_IN_LA,
  uasc: UASC,
};

/** Each dimension's name, as a table's or a CSV's column header reads it. */
export const DIMENSION_LABELS: Readonly<Record<string, string>> = {
  sex: 'Sex',
  ethnicity: 'Ethnicity',
  ethnicity_group: 'Ethnic group',
  sen_provision: 'SEN provision',
  uasc: 'UASC',
  placement_location: 'Placement',
  nc_year: 'Year group',
  key_stage: 'Key stage',
  school_in_la: 'School in or out of the authority',
  school_phase: 'School phase',
  reason: 'Reason',
  month: 'Month',
  term: 'Term',
  activity: 'Activity',
  social_care_status: 'Social care status',
  end_reason: 'Reason for ending',
  open_for: 'How long open',
  qa_rating: 'Quality rating',
  pep_type: 'PEP type',
  area: 'Target area',
  outcome: 'Outcome',
  smart_criterion: 'SMART criterion',
  school: 'School',
};

export const dimensionLabel = (dimension: string): string =>
  DIMENSION_LABELS[dimension] ?? sentence(dimension.replace(/_/g, ' '));

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A year group: "Reception", "Year 7"; the years before reception are one group, the early years. */
export function yearGroupLabel(ncYear: string): string {
  const n = Number(ncYear);
  if (ncYear === '' || !Number.isInteger(n)) return ncYear;
  return n === 0 ? 'Reception' : n < 0 ? 'Early years' : `Year ${n}`;
}

/** A breakdown group, or a filter value, as a person reads it: "September", "Year 7", "EHC plan", "Not rated". */
export function groupLabel(dimension: string, group: string): string {
  switch (dimension) {
    case 'month':
      return /^\d\d$/.test(group) ? (MONTHS[Number(group) - 1] ?? group) : group;
    case 'nc_year':
      return yearGroupLabel(group);
    // bands are written '1: under 4 weeks' so that they sort; the number is not for reading
    case 'open_for':
      return sentence(group.replace(/^\d+:\s*/, ''));
  }
  const table = TABLES[dimension]?.[group];
  if (table) return table;
  for (const list of LISTS[dimension] ?? []) {
    const label = codeLabel(list, group, () => '');
    if (label) return label;
  }
  return MISSING[group] ?? group;
}

/** Groups that come last in any order, in this order, whatever their size. */
const LAST = ['Other', 'Not known', 'Unknown', 'Not given'];
const lastRank = (label: string) => LAST.indexOf(label);

/** The natural order of each ordinal dimension's groups; a group not listed follows them. */
const ORDINAL: Readonly<Record<string, readonly string[]>> = {
  qa_rating: ['GOLD', 'GREEN', 'AMBER', 'RED', 'NOT_RATED'],
  term: codes.TERM.map((c) => c.code),
  // the academic year, September to August
  month: ['09', '10', '11', '12', '01', '02', '03', '04', '05', '06', '07', '08'],
  smart_criterion: Object.keys(SMART_CRITERIA),
  outcome: codes.TARGET_OUTCOME.map((c) => c.code),
  open_for: ['1: under 4 weeks', '2: 4 weeks to 3 months', '3: 3 to 6 months', '4: 6 months or more'],
  key_stage: Object.keys(KEY_STAGES),
  // no SEN, then more support
  sen_provision: ['N', 'K', 'E'],
  // nearer first
  placement_location: codes.PLACEMENT_LOCATION.map((c) => c.code),
  school_in_la: Object.keys(SCHOOL_IN_LA),
  uasc: Object.keys(UASC),
  pep_type: codes.PEP_TYPE.map((c) => c.code),
};

/** An ordinal dimension's groups in their natural order (empty for a nominal one, or year groups). */
export const naturalOrder = (dimension: string): readonly string[] => ORDINAL[dimension] ?? [];

/** Whether a dimension's groups have a natural order; the others are ordered by size. */
export const isOrdinal = (dimension: string): boolean => dimension === 'nc_year' || dimension in ORDINAL;

/**
 * A dimension's groups in the order a person reads them: an ordinal dimension in its natural order (ratings Gold to
 * Red then Not rated, terms Autumn to Summer, months September to August, year groups and key stages upwards...);
 * a nominal one (reasons, areas) largest first, by `sizeOf` (a group without a size, such as a suppressed one,
 * after those with one). Other, Not known, Unknown and Not given come last either way.
 */
export function orderGroups(
  dimension: string,
  groups: readonly string[],
  sizeOf: (group: string) => number | null = () => null,
): string[] {
  const label = (g: string) => groupLabel(dimension, g);
  const natural = ORDINAL[dimension];
  const rank = (g: string): number => {
    if (dimension === 'nc_year') return Number.isFinite(Number(g)) && g !== '' ? Number(g) : Infinity;
    if (natural) return natural.includes(g) ? natural.indexOf(g) : natural.length;
    return -(sizeOf(g) ?? -Infinity);
  };
  const byWords = (a: string, b: string) => label(a).localeCompare(label(b), 'en-GB', { numeric: true });
  return [...groups].sort((a, b) => lastRank(label(a)) - lastRank(label(b)) || rank(a) - rank(b) || byWords(a, b));
}

/** Every contract code list, for a check that each code has words. */
export const CODE_LISTS: Readonly<Record<string, readonly Code[]>> = codes;

/** Ordinary words a page may show in capitals that are also codes, and EHE, the name of a register the pages use. */
const WORDS = new Set(['YES', 'NO', 'IN', 'OUT', 'EHE']);
/** SSDA903 episode codes: the child's page names each beside its words on purpose, "full care order (C2)". */
const NAMED_BESIDE = [codes.LEGAL_STATUS, codes.PLACEMENT_TYPE, codes.RNE, codes.CIN, codes.PLACE_PROVIDER, codes.REC];

/**
 * Codes that must never be seen where their words belong: each contract code whose label differs from it, and the
 * values the measures give breakdowns (NOT_RATED, IN_LA, NOT_UASC, '1: under 4 weeks'...). Left out, because a page
 * shows them as ordinary text: codes of one character (M, F, E, N... are initials and letters of prose), codes of
 * digits only (grades, months '09', year groups), the words YES, NO, IN and OUT and the register's name EHE, the SSDA903 episode codes (C1, PR1,
 * E4A...: shown beside their words, and spelt like the ids a page shows, child C1 or PEP P1), and codes that are their
 * own label (UASC).
 */
export function rawCodes(): string[] {
  const named = new Set<Code>(NAMED_BESIDE.flat());
  const fromLists = Object.values(CODE_LISTS).flatMap((list) =>
    list.filter((c) => !named.has(c) && c.label !== undefined && c.label !== c.code).map((c) => c.code),
  );
  const fromTables = [...Object.values(TABLES), MISSING].flatMap((t) =>
    Object.entries(t)
      .filter(([code, label]) => code !== label)
      .map(([code]) => code),
  );
  const all = [...fromLists, ...fromTables, ...ORDINAL.open_for];
  return [...new Set(all)].filter((code) => code.length > 1 && !/^\d+$/.test(code) && !WORDS.has(code)).sort();
}
