import type { Code } from './types';

const plain = (...codes: string[]): Code[] => codes.map((code) => ({ code }));
const range = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

export const SEX: Code[] = [
  { code: 'M', label: 'male', aliases: ['1', 'MALE'] },
  { code: 'F', label: 'female', aliases: ['2', 'FEMALE'] },
  { code: 'U', label: 'unknown', aliases: ['9'] },
];

export const ETHNICITY: Code[] = plain(
  'WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND',
  'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT',
);

export const SEN_PROVISION: Code[] = [
  { code: 'E', label: 'EHC plan' },
  { code: 'K', label: 'SEN support' },
  { code: 'N', label: 'none' },
];

export const LEGAL_STATUS: Code[] = plain(
  'C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3',
);

export const PLACEMENT_TYPE: Code[] = plain(
  ...range('A', 3, 6), 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1',
  ...range('T', 0, 4), ...range('U', 1, 6), 'Z1', ...range('Z', 11, 14),
);

export const PLACEMENT_LOCATION: Code[] = [
  { code: 'IN_LA', label: 'inside the local authority' },
  { code: 'OUT_LA_LE20MI', label: 'outside, 20 miles or less from home' },
  { code: 'OUT_LA_GT20MI', label: 'outside, over 20 miles from home' },
  { code: 'UNKNOWN' },
];

export const SCHOOL_PHASE: Code[] = plain(
  'EARLY_YEARS', 'PRIMARY', 'SECONDARY', 'SPECIAL', 'AP', 'INDEPENDENT', 'FE', 'OTHER',
);

export const TERM: Code[] = [
  { code: 'AUTUMN', aliases: ['AUT', 'T1'] },
  { code: 'SPRING', aliases: ['SPR', 'T2'] },
  { code: 'SUMMER', aliases: ['SUM', 'T3'] },
];

export const PEP_TYPE: Code[] = plain('INITIAL', 'REVIEW');

export const QA_RATING: Code[] = [
  { code: 'GOLD', aliases: ['HIGH', 'OUTSTANDING'] },
  { code: 'GREEN', aliases: ['GOOD'] },
  { code: 'AMBER', aliases: ['REQUIRES_IMPROVEMENT', 'RI'] },
  { code: 'RED', aliases: ['INADEQUATE', 'POOR'] },
];

export const TARGET_AREA: Code[] = plain(
  'ENGLISH', 'MATHS', 'SCIENCE', 'OTHER_SUBJECT', 'ATTENDANCE', 'BEHAVIOUR', 'SEMH', 'SOCIAL',
  'POST16', 'OTHER',
);

export const TARGET_OUTCOME: Code[] = plain('ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED', 'NOT_REVIEWED');

export const EXCLUSION_CATEGORY: Code[] = [
  { code: 'SUSPENSION', aliases: ['FIXD', 'FIXED', 'FIXED_TERM', 'FTE', 'FIXED_PERIOD', 'SUSP', 'LNCH'] },
  { code: 'PERMANENT', aliases: ['PERM'] },
];

export const EXCLUSION_REASON: Code[] = [
  { code: 'PP', label: 'physical assault against a pupil' },
  { code: 'PA', label: 'physical assault against an adult' },
  { code: 'VP', label: 'verbal abuse or threatening behaviour against a pupil' },
  { code: 'VA', label: 'verbal abuse or threatening behaviour against an adult' },
  { code: 'BU', label: 'bullying' },
  { code: 'RA', label: 'racist abuse' },
  { code: 'LG', label: 'abuse against sexual orientation or gender identity' },
  { code: 'DS', label: 'abuse relating to disability' },
  { code: 'SM', label: 'sexual misconduct' },
  { code: 'DA', label: 'drug and alcohol related' },
  { code: 'DM', label: 'damage' },
  { code: 'TH', label: 'theft' },
  { code: 'DB', label: 'persistent or general disruptive behaviour' },
  { code: 'MT', label: 'inappropriate use of social media or technology' },
  { code: 'OW', label: 'use or threat of use of an offensive weapon' },
  { code: 'PH', label: 'wilful and repeated transgression of protective measures' },
  { code: 'OT', label: 'other' },
];

export const GRADE: Code[] = [
  ...plain('9', '8', '7', '6', '5', '4', '3', '2', '1'),
  { code: 'U', label: 'ungraded' },
  { code: 'X', label: 'not entered' },
];

export const SOCIAL_CARE_STATUS: Code[] = [
  { code: 'CLA', label: 'child looked after' },
  { code: 'CIN', label: 'child in need' },
  { code: 'CPP', label: 'child protection plan' },
  { code: 'NONE' },
];

export const CME_END_REASON: Code[] = plain('RETURNED_TO_SCHOOL', 'MOVED_AWAY', 'EHE', 'OTHER');

export const EHE_REASON: Code[] = plain(
  'PHILOSOPHICAL', 'LIFESTYLE', 'RELIGIOUS', 'MENTAL_HEALTH', 'PHYSICAL_HEALTH',
  'DISSATISFIED_SEND', 'DISSATISFIED_BULLYING', 'DISSATISFIED_OTHER', 'SCHOOL_PREFERENCE',
  'PRESSURE_FROM_SCHOOL', 'EXCLUSION_RISK', 'OTHER', 'NOT_GIVEN', 'UNKNOWN',
);

export const EHE_END_REASON: Code[] = plain('RETURNED_TO_SCHOOL', 'MOVED_AWAY', 'CHILD_AGED_OUT', 'OTHER');

export const ACTIVITY: Code[] = [
  { code: 'HIGHER_EDUCATION', aliases: ['F1', 'P1'] },
  { code: 'OTHER_EDUCATION', aliases: ['F2', 'P2'] },
  { code: 'APPRENTICESHIP', aliases: ['F4', 'P4'] },
  { code: 'TRAINING_EMPLOYMENT', aliases: ['F3', 'P3', 'F5', 'P5'] },
  { code: 'NEET', aliases: ['G4', 'G5', 'G6'] },
  { code: 'NOT_KNOWN', aliases: ['0'] },
];

export const IN_TOUCH: Code[] = plain('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM');

/** SSDA903 reason for new episode: S starts a new period of care. */
export const RNE: Code[] = [
  { code: 'S', label: 'started to be looked after' },
  { code: 'P', label: 'change of placement only' },
  { code: 'L', label: 'change of legal status only' },
  { code: 'T', label: 'change of placement and legal status' },
  { code: 'U', label: 'change of placement and legal status, same carer' },
  { code: 'B', label: 'change of placement, same carer' },
];

export const CIN: Code[] = plain(...range('N', 1, 8));

export const PLACE_PROVIDER: Code[] = plain(...range('PR', 0, 5));

export const REC: Code[] = plain(
  ...range('E1', 1, 7), 'E2', 'E3', 'E41', ...range('E4', 5, 8), 'E4A', 'E4B', ...range('E', 5, 9), 'X1',
);

export const REASON_PLACE_CHANGE: Code[] = plain(
  'CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER',
);

/** SSDA903 PL_LOCATION, added by LA tools: inside or outside the authority. */
export const PL_LOCATION: Code[] = plain('IN', 'OUT');
