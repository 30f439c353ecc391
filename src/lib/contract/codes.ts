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

/** SSDA903 legal status (LS), in the words of the DfE guidance, shortened. */
export const LEGAL_STATUS: Code[] = [
  { code: 'C1', label: 'interim care order' },
  { code: 'C2', label: 'full care order' },
  { code: 'D1', label: 'freeing order granted' },
  { code: 'E1', label: 'placement order granted' },
  { code: 'V2', label: 'single period of accommodation under section 20' },
  { code: 'V3', label: 'accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded' },
  { code: 'V4', label: 'accommodated under an agreed series of short-term breaks, when agreements are recorded' },
  { code: 'L1', label: 'under police protection and in local authority accommodation' },
  { code: 'L2', label: 'emergency protection order' },
  { code: 'L3', label: 'under a child assessment order and in local authority accommodation' },
  { code: 'J1', label: 'remanded to local authority accommodation or youth detention accommodation' },
  { code: 'J2', label: 'placed in local authority accommodation under PACE' },
  { code: 'J3', label: 'sentenced to a youth rehabilitation order with residence or intensive fostering requirement' },
];

/**
 * SSDA903 placement type (PL), in the words of the DfE guidance, shortened. H5 is for placements that ended
 * before supported accommodation was regulated (K3 since); Z11 to Z14 keep their codes, unlabelled.
 */
export const PLACEMENT_TYPE: Code[] = [
  { code: 'A3', label: 'placed for adoption with consent, with current foster carer' },
  { code: 'A4', label: 'placed for adoption with consent, not with current foster carer' },
  { code: 'A5', label: 'placed for adoption under a placement order, with current foster carer' },
  { code: 'A6', label: 'placed for adoption under a placement order, not with current foster carer' },
  { code: 'H5', label: "semi-independent living accommodation not subject to children's homes regulations" },
  { code: 'K1', label: "secure children's home" },
  { code: 'K2', label: "children's home" },
  { code: 'K3', label: 'registered supported accommodation' },
  { code: 'P1', label: 'placed with own parent or other person with parental responsibility' },
  { code: 'P2', label: 'independent living, such as a flat, lodgings, bedsit, B&B or with friends' },
  { code: 'P3', label: 'residential employment' },
  { code: 'R1', label: 'residential care home' },
  { code: 'R2', label: 'NHS or health trust or other establishment providing medical or nursing care' },
  { code: 'R3', label: 'family centre or mother and baby unit' },
  { code: 'R5', label: 'young offender institution or prison' },
  { code: 'S1', label: "all residential schools, except where dual-registered as a school and children's home" },
  { code: 'T0', label: 'temporary move of any type' },
  { code: 'T1', label: 'temporary period in hospital' },
  { code: 'T2', label: 'temporary absence on holiday' },
  { code: 'T3', label: 'temporary accommodation while the usual foster carer is on holiday' },
  { code: 'T4', label: 'temporary accommodation of seven days or less, for any other reason' },
  { code: 'U1', label: 'foster placement with relative or friend, long-term fostering' },
  { code: 'U2', label: 'foster placement with relative or friend who is also an approved adopter: fostering for adoption or concurrent planning' },
  { code: 'U3', label: 'foster placement with relative or friend, not long-term or fostering for adoption' },
  { code: 'U4', label: 'foster placement with other foster carer, long-term fostering' },
  { code: 'U5', label: 'foster placement with other foster carer who is also an approved adopter: fostering for adoption or concurrent planning' },
  { code: 'U6', label: 'foster placement with other foster carer, not long-term or fostering for adoption' },
  { code: 'Z1', label: 'other placements' },
  ...plain(...range('Z', 11, 14)),
];

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
  { code: 'P', label: 'change of placement and carer only' },
  { code: 'L', label: 'change of legal status only' },
  { code: 'T', label: 'change of placement only, same carer' },
  { code: 'U', label: 'change of placement and legal status, same carer' },
  { code: 'B', label: 'change of placement, carer and legal status' },
];

/** SSDA903 category of need. */
export const CIN: Code[] = [
  { code: 'N1', label: 'abuse or neglect' },
  { code: 'N2', label: "child's disability" },
  { code: 'N3', label: 'parental illness or disability' },
  { code: 'N4', label: 'family in acute stress' },
  { code: 'N5', label: 'family dysfunction' },
  { code: 'N6', label: 'socially unacceptable behaviour' },
  { code: 'N7', label: 'low income' },
  { code: 'N8', label: 'absent parenting' },
];

export const PLACE_PROVIDER: Code[] = [
  { code: 'PR0', label: 'parent or other person with parental responsibility' },
  { code: 'PR1', label: 'own local authority provision' },
  { code: 'PR2', label: 'other local authority provision' },
  { code: 'PR3', label: 'other public provision' },
  { code: 'PR4', label: 'private provision' },
  { code: 'PR5', label: 'voluntary or third sector provision' },
];

/** SSDA903 reason episode ceased. */
export const REC: Code[] = [
  { code: 'E11', label: 'adopted, application unopposed' },
  { code: 'E12', label: 'adopted, consent dispensed with by the court' },
  { code: 'E13', label: 'left care to live with parent, relative or other person with no parental responsibility' },
  { code: 'E14', label: 'accommodation on remand ended' },
  { code: 'E15', label: 'age assessment found the child aged 18 or over' },
  { code: 'E16', label: 'child moved abroad' },
  { code: 'E17', label: 'aged 18 or over and stayed with current carers (such as staying put)' },
  { code: 'E2', label: 'died' },
  { code: 'E3', label: 'care taken over by another local authority in the UK' },
  { code: 'E41', label: 'residence order or child arrangement order granted' },
  { code: 'E45', label: 'special guardianship order to former foster carer, a relative or friend' },
  { code: 'E46', label: 'special guardianship order to former foster carer, not a relative or friend' },
  { code: 'E47', label: 'special guardianship order to another carer, a relative or friend' },
  { code: 'E48', label: 'special guardianship order to another carer, not a relative or friend' },
  { code: 'E4A', label: 'returned home to parent or other person with parental responsibility, as part of the care plan' },
  { code: 'E4B', label: 'returned home to parent or other person with parental responsibility, not part of the care plan' },
  { code: 'E5', label: 'moved into independent living with formal support' },
  { code: 'E6', label: 'moved into independent living without formal support' },
  { code: 'E7', label: 'transferred to residential care funded by adult social care' },
  { code: 'E8', label: 'ceased for any other reason' },
  { code: 'E9', label: 'sentenced to custody' },
  { code: 'X1', label: 'episode ceased and a new one began the same day' },
];

export const REASON_PLACE_CHANGE: Code[] = [
  { code: 'CARPL', label: 'change to or implementation of the care plan' },
  { code: 'CLOSE', label: 'resignation or closure of provision' },
  { code: 'ALLEG', label: 'allegation, section 47 enquiry' },
  { code: 'STAND', label: 'standards of care concern' },
  { code: 'APPRR', label: 'approval removed' },
  { code: 'CREQB', label: "carer asked to end the placement because of the child's behaviour" },
  { code: 'CREQO', label: "carer asked to end the placement, not because of the child's behaviour" },
  { code: 'CHILD', label: 'child asked to end the placement' },
  { code: 'LAREQ', label: 'responsible or area authority asked to end the placement' },
  { code: 'PLACE', label: 'change in the status of the placement only' },
  { code: 'CUSTOD', label: 'custody arrangement' },
  { code: 'OTHER', label: 'other' },
];

/** SSDA903 PL_LOCATION, added by LA tools: inside or outside the authority. */
export const PL_LOCATION: Code[] = plain('IN', 'OUT');
