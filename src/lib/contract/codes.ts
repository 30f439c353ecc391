import type { Code } from './types';

/** A code of the contract with the words a virtual school head reads for it, in sentence case. */
export type LabelledCode = Code & { label: string };

/** Codes that are their own words: grades 9 to 1. */
const plain = (...codes: string[]): LabelledCode[] => codes.map((code) => ({ code, label: code }));

export const SEX: LabelledCode[] = [
  { code: 'M', label: 'Male', aliases: ['1', 'MALE'] },
  { code: 'F', label: 'Female', aliases: ['2', 'FEMALE'] },
  { code: 'U', label: 'Not known', aliases: ['9'] },
];

/** DfE main ethnicity codes, in the census's words. */
export const ETHNICITY: LabelledCode[] = [
  { code: 'WBRI', label: 'White British' },
  { code: 'WIRI', label: 'White Irish' },
  { code: 'WOTH', label: 'Any other White background' },
  { code: 'WIRT', label: 'Traveller of Irish heritage' },
  { code: 'WROM', label: 'Gypsy or Roma' },
  { code: 'MWBC', label: 'White and Black Caribbean' },
  { code: 'MWBA', label: 'White and Black African' },
  { code: 'MWAS', label: 'White and Asian' },
  { code: 'MOTH', label: 'Any other mixed background' },
  { code: 'AIND', label: 'Indian' },
  { code: 'APKN', label: 'Pakistani' },
  { code: 'ABAN', label: 'Bangladeshi' },
  { code: 'AOTH', label: 'Any other Asian background' },
  { code: 'BCRB', label: 'Black Caribbean' },
  { code: 'BAFR', label: 'Black African' },
  { code: 'BOTH', label: 'Any other Black background' },
  { code: 'CHNE', label: 'Chinese' },
  { code: 'OOTH', label: 'Any other ethnic group' },
  { code: 'REFU', label: 'Refused' },
  { code: 'NOBT', label: 'Information not yet obtained' },
];

export const SEN_PROVISION: LabelledCode[] = [
  { code: 'E', label: 'EHC plan' },
  { code: 'K', label: 'SEN support' },
  { code: 'N', label: 'No SEN' },
];

export const PLACEMENT_LOCATION: LabelledCode[] = [
  { code: 'IN_LA', label: 'In the authority' },
  { code: 'OUT_LA_LE20MI', label: 'Out of the authority, 20 miles or less' },
  { code: 'OUT_LA_GT20MI', label: 'Out of the authority, over 20 miles' },
  { code: 'UNKNOWN', label: 'Unknown' },
];

export const SCHOOL_PHASE: LabelledCode[] = [
  { code: 'EARLY_YEARS', label: 'Early years' },
  { code: 'PRIMARY', label: 'Primary' },
  { code: 'SECONDARY', label: 'Secondary' },
  { code: 'SPECIAL', label: 'Special' },
  { code: 'AP', label: 'Alternative provision' },
  { code: 'INDEPENDENT', label: 'Independent' },
  { code: 'FE', label: 'Further education' },
  { code: 'OTHER', label: 'Other' },
];

export const TERM: LabelledCode[] = [
  { code: 'AUTUMN', label: 'Autumn', aliases: ['AUT', 'T1'] },
  { code: 'SPRING', label: 'Spring', aliases: ['SPR', 'T2'] },
  { code: 'SUMMER', label: 'Summer', aliases: ['SUM', 'T3'] },
];

export const PEP_TYPE: LabelledCode[] = [
  { code: 'INITIAL', label: 'Initial PEP' },
  { code: 'REVIEW', label: 'PEP review' },
];

export const QA_RATING: LabelledCode[] = [
  { code: 'GOLD', label: 'Gold', aliases: ['HIGH', 'OUTSTANDING'] },
  { code: 'GREEN', label: 'Green', aliases: ['GOOD'] },
  { code: 'AMBER', label: 'Amber', aliases: ['REQUIRES_IMPROVEMENT', 'RI'] },
  { code: 'RED', label: 'Red', aliases: ['INADEQUATE', 'POOR'] },
];

export const TARGET_AREA: LabelledCode[] = [
  { code: 'ENGLISH', label: 'English' },
  { code: 'MATHS', label: 'Maths' },
  { code: 'SCIENCE', label: 'Science' },
  { code: 'OTHER_SUBJECT', label: 'Other subject' },
  { code: 'ATTENDANCE', label: 'Attendance' },
  { code: 'BEHAVIOUR', label: 'Behaviour' },
  { code: 'SEMH', label: 'Social, emotional and mental health' },
  { code: 'SOCIAL', label: 'Social skills' },
  { code: 'POST16', label: 'Post-16' },
  { code: 'OTHER', label: 'Other' },
];

export const TARGET_OUTCOME: LabelledCode[] = [
  { code: 'ACHIEVED', label: 'Achieved' },
  { code: 'PARTIAL', label: 'Partial' },
  { code: 'NOT_ACHIEVED', label: 'Not achieved' },
  { code: 'NOT_REVIEWED', label: 'Not reviewed' },
];

export const EXCLUSION_CATEGORY: LabelledCode[] = [
  {
    code: 'SUSPENSION',
    label: 'Suspension',
    aliases: ['FIXD', 'FIXED', 'FIXED_TERM', 'FTE', 'FIXED_PERIOD', 'SUSP', 'LNCH'],
  },
  { code: 'PERMANENT', label: 'Permanent exclusion', aliases: ['PERM'] },
];

export const EXCLUSION_REASON: LabelledCode[] = [
  { code: 'PP', label: 'Physical assault against a pupil' },
  { code: 'PA', label: 'Physical assault against an adult' },
  { code: 'VP', label: 'Verbal abuse or threatening behaviour against a pupil' },
  { code: 'VA', label: 'Verbal abuse or threatening behaviour against an adult' },
  { code: 'BU', label: 'Bullying' },
  { code: 'RA', label: 'Racist abuse' },
  { code: 'LG', label: 'Abuse against sexual orientation or gender identity' },
  { code: 'DS', label: 'Abuse relating to disability' },
  { code: 'SM', label: 'Sexual misconduct' },
  { code: 'DA', label: 'Drug and alcohol related' },
  { code: 'DM', label: 'Damage' },
  { code: 'TH', label: 'Theft' },
  { code: 'DB', label: 'Persistent or general disruptive behaviour' },
  { code: 'MT', label: 'Inappropriate use of social media or technology' },
  { code: 'OW', label: 'Use or threat of use of an offensive weapon' },
  { code: 'PH', label: 'Wilful and repeated transgression of protective measures' },
  { code: 'OT', label: 'Other' },
];

export const GRADE: LabelledCode[] = [
  ...plain('9', '8', '7', '6', '5', '4', '3', '2', '1'),
  { code: 'U', label: 'Ungraded' },
  { code: 'X', label: 'Not entered' },
];

/** Qualification levels of the post-16 return: a main course's level, or the highest held. */
export const QUALIFICATION_LEVEL: LabelledCode[] = [
  { code: 'NONE', label: 'None' },
  { code: 'ENTRY', label: 'Entry level' },
  { code: 'L1', label: 'Level 1' },
  { code: 'L2', label: 'Level 2' },
  { code: 'L3', label: 'Level 3' },
  { code: 'L4_PLUS', label: 'Level 4 or above' },
];

export const COURSE_STATUS: LabelledCode[] = [
  { code: 'COMPLETED', label: 'Completed' },
  { code: 'CONTINUING', label: 'Continuing' },
  { code: 'WITHDRAWN', label: 'Withdrawn' },
];

export const SOCIAL_CARE_STATUS: LabelledCode[] = [
  { code: 'CLA', label: 'Child looked after' },
  { code: 'CIN', label: 'Child in need' },
  { code: 'CPP', label: 'Child protection plan' },
  { code: 'NONE', label: 'None' },
];

export const CME_END_REASON: LabelledCode[] = [
  { code: 'RETURNED_TO_SCHOOL', label: 'Returned to school' },
  { code: 'MOVED_AWAY', label: 'Moved away' },
  { code: 'EHE', label: 'Home educated' },
  { code: 'OTHER', label: 'Other' },
];

export const EHE_REASON: LabelledCode[] = [
  { code: 'PHILOSOPHICAL', label: 'Philosophical or preferential' },
  { code: 'LIFESTYLE', label: 'Lifestyle' },
  { code: 'RELIGIOUS', label: 'Religious or cultural' },
  { code: 'MENTAL_HEALTH', label: 'Mental health' },
  { code: 'PHYSICAL_HEALTH', label: 'Physical health' },
  { code: 'DISSATISFIED_SEND', label: 'Dissatisfied with SEND provision' },
  { code: 'DISSATISFIED_BULLYING', label: 'Dissatisfied with how bullying was handled' },
  { code: 'DISSATISFIED_OTHER', label: 'Dissatisfied with the school, other reason' },
  { code: 'SCHOOL_PREFERENCE', label: 'Did not get the school preferred' },
  { code: 'PRESSURE_FROM_SCHOOL', label: 'Pressure from the school' },
  { code: 'EXCLUSION_RISK', label: 'To avoid exclusion' },
  { code: 'OTHER', label: 'Other' },
  { code: 'NOT_GIVEN', label: 'Not given' },
  { code: 'UNKNOWN', label: 'Unknown' },
];

export const EHE_END_REASON: LabelledCode[] = [
  { code: 'RETURNED_TO_SCHOOL', label: 'Returned to school' },
  { code: 'MOVED_AWAY', label: 'Moved away' },
  { code: 'CHILD_AGED_OUT', label: 'Reached the end of compulsory school age' },
  { code: 'OTHER', label: 'Other' },
];

export const ACTIVITY: LabelledCode[] = [
  { code: 'HIGHER_EDUCATION', label: 'Higher education', aliases: ['F1', 'P1'] },
  { code: 'OTHER_EDUCATION', label: 'Other education', aliases: ['F2', 'P2'] },
  { code: 'APPRENTICESHIP', label: 'Apprenticeship', aliases: ['F4', 'P4'] },
  { code: 'TRAINING_EMPLOYMENT', label: 'Training or employment', aliases: ['F3', 'P3', 'F5', 'P5'] },
  { code: 'NEET', label: 'Not in education, employment or training', aliases: ['G4', 'G5', 'G6'] },
  { code: 'NOT_KNOWN', label: 'Not known', aliases: ['0'] },
];

/** SSDA903 care leaver in touch (IN_TOUCH). */
export const IN_TOUCH: LabelledCode[] = [
  { code: 'YES', label: 'In touch' },
  { code: 'NO', label: 'Not in touch' },
  { code: 'DIED', label: 'Died' },
  { code: 'REFU', label: 'Refuses contact' },
  { code: 'NREQ', label: 'No longer requires services' },
  { code: 'RHOM', label: 'Returned home' },
];

export * from './ssda903-codes';
