import * as C from './codes';
import type { Column, Table } from './types';

const childId = (ref = true): Column => ({
  name: 'child_id',
  type: 'id',
  required: true,
  aliases: ['child'],
  ...(ref ? { ref: { table: 'pupils', column: 'child_id' } as const } : {}),
  description: ref ? 'pseudonym of the child; must be in pupils' : 'pseudonym of the child; need not be in pupils',
});
const academicYear: Column = {
  name: 'academic_year',
  type: 'year',
  required: true,
  description: 'academic year, e.g. 2023/24',
};
const term: Column = { name: 'term', type: 'enum', required: true, codes: C.TERM, description: 'school term' };
const recordId: Column = {
  name: 'record_id',
  type: 'id',
  required: true,
  pk: true,
  description: 'register record reference',
};
const episodeEnd: Column = {
  name: 'end_date',
  type: 'date',
  description: 'empty while the episode is open; before start_date rejects the row',
};
const socialCare: Column = {
  name: 'social_care_status',
  type: 'enum',
  codes: C.SOCIAL_CARE_STATUS,
  emptyAs: 'NONE',
  description:
    'social care status at the start (empty = NONE); a child of pupils.csv in care on the start date counts as CLA',
};
const endNotBeforeStart = { kind: 'notBefore', column: 'end_date', other: 'start_date' } as const;

export const TABLES: readonly Table[] = [
  {
    name: 'pupils',
    required: true,
    checks: [],
    description: "one row per child on the virtual school's roll, now or in any year loaded",
    columns: [
      {
        name: 'child_id',
        type: 'id',
        required: true,
        pk: true,
        aliases: ['child'],
        description: 'pseudonym issued by the local authority',
      },
      { name: 'sex', type: 'enum', required: true, codes: C.SEX, description: 'sex' },
      {
        name: 'birth_year_month',
        type: 'yearmonth',
        required: true,
        description: 'YYYY-MM (month only: never the day); derived from DOB when the export has DOB instead',
      },
      { name: 'ethnicity', type: 'enum', aliases: ['ethnic'], codes: C.ETHNICITY, description: 'DfE ethnicity code' },
      {
        name: 'sen_provision',
        type: 'enum',
        codes: C.SEN_PROVISION,
        description: 'special educational needs provision',
      },
      { name: 'uasc', type: 'bool', description: 'unaccompanied asylum-seeking child' },
    ],
  },
  {
    name: 'care_periods',
    required: true,
    checks: [endNotBeforeStart],
    description: 'periods of care; an SSDA903 episodes extract loads as it is',
    columns: [
      childId(),
      { name: 'start_date', type: 'date', required: true, aliases: ['decom'], description: 'date the period started' },
      {
        name: 'end_date',
        type: 'date',
        aliases: ['dec'],
        description: 'empty while still looked after; before start_date rejects the row',
      },
      {
        name: 'legal_status',
        type: 'enum',
        aliases: ['ls'],
        codes: C.LEGAL_STATUS,
        description: 'SSDA903 legal status',
      },
      {
        name: 'placement_type',
        type: 'enum',
        aliases: ['place'],
        codes: C.PLACEMENT_TYPE,
        description: 'SSDA903 placement type',
      },
      {
        name: 'placement_location',
        type: 'enum',
        codes: C.PLACEMENT_LOCATION,
        derivedFrom: ['pl_location'],
        description:
          'where the placement is (empty = UNKNOWN); from SSDA903 PL_LOCATION and PL_DISTANCE when an LA tool has added them',
      },
      {
        name: 'rne',
        type: 'enum',
        codes: C.RNE,
        description: 'SSDA903 reason for new episode; S starts a new period of care',
      },
      { name: 'cin', type: 'enum', codes: C.CIN, description: 'SSDA903 category of need' },
      { name: 'place_provider', type: 'enum', codes: C.PLACE_PROVIDER, description: 'SSDA903 placement provider' },
      { name: 'rec', type: 'enum', codes: C.REC, description: 'SSDA903 reason episode ceased' },
      {
        name: 'reason_place_change',
        type: 'enum',
        codes: C.REASON_PLACE_CHANGE,
        description: 'SSDA903 reason for placement change',
      },
      {
        name: 'pl_location',
        type: 'enum',
        input: true,
        codes: C.PL_LOCATION,
        description:
          'IN or OUT of the authority (added to SSDA903 episodes by LA tools); read to derive placement_location',
      },
      {
        name: 'pl_distance',
        type: 'dec',
        input: true,
        min: 0,
        description: 'miles from home to the placement (added by LA tools); read to derive placement_location',
      },
      {
        name: 'year',
        type: 'int',
        input: true,
        min: 2000,
        max: 2099,
        description: 'the return a row came from, in multi-year concatenations; read for the continuity rules',
      },
      {
        name: 'la',
        type: 'str',
        input: true,
        description: 'the authority a row came from, in multi-authority concatenations; read for the continuity rules',
      },
    ],
  },
  {
    name: 'school_enrolments',
    required: false,
    checks: [],
    description: 'where each child is on roll, by academic year',
    columns: [
      childId(),
      academicYear,
      { name: 'school_ref', type: 'id', required: true, description: 'pseudonymised school reference (never the URN)' },
      { name: 'school_phase', type: 'enum', codes: C.SCHOOL_PHASE, description: 'phase of the school' },
      { name: 'school_in_la', type: 'bool', description: 'school inside the local authority' },
      { name: 'entry_date', type: 'date', description: 'date the child joined the school' },
    ],
  },
  {
    name: 'pep_reviews',
    required: false,
    checks: [],
    description: 'one row per personal education plan (initial or termly)',
    columns: [
      { name: 'pep_id', type: 'id', required: true, pk: true, description: 'PEP reference' },
      childId(),
      academicYear,
      term,
      {
        name: 'pep_type',
        type: 'enum',
        codes: C.PEP_TYPE,
        emptyAs: 'REVIEW',
        description: 'initial PEP or review (empty = REVIEW)',
      },
      { name: 'due_date', type: 'date', description: 'date the PEP was due' },
      { name: 'completed_date', type: 'date', description: 'empty = not completed' },
      {
        name: 'qa_rating',
        type: 'enum',
        codes: C.QA_RATING,
        description: "virtual school's quality rating; empty = not rated",
      },
      { name: 'child_voice', type: 'bool', description: "the child's views are recorded" },
      { name: 'pp_plus_gbp', type: 'dec', min: 0, description: 'pupil premium plus committed at this PEP (£)' },
    ],
  },
  {
    name: 'pep_targets',
    required: false,
    checks: [],
    description: 'one row per PEP target, as quality-assured by the virtual school',
    columns: [
      { name: 'target_id', type: 'id', required: true, pk: true, description: 'target reference' },
      {
        name: 'pep_id',
        type: 'id',
        required: true,
        ref: { table: 'pep_reviews', column: 'pep_id' },
        description: 'the PEP; must be in pep_reviews',
      },
      { name: 'area', type: 'enum', codes: C.TARGET_AREA, description: 'area of the target' },
      ...(['specific', 'measurable', 'achievable', 'relevant', 'time_bound'] as const).map((name): Column => ({
        name,
        type: 'bool',
        description: `QA judgement: the target is ${name.replace('_', '-')}`,
      })),
      { name: 'outcome', type: 'enum', codes: C.TARGET_OUTCOME, description: 'outcome at review' },
      {
        name: 'target_text',
        type: 'str',
        freeText: true,
        description: 'optional free text of the target; a UPN or postcode in it is replaced by [removed]',
      },
    ],
  },
  {
    name: 'attendance',
    required: false,
    checks: [
      {
        kind: 'sumAtMost',
        columns: ['sessions_authorised', 'sessions_unauthorised'],
        max: 'sessions_possible',
        column: 'sessions_unauthorised',
      },
    ],
    description: 'sessions (half days) per child per term',
    columns: [
      childId(),
      academicYear,
      term,
      { name: 'sessions_possible', type: 'int', required: true, min: 0, description: 'possible sessions' },
      { name: 'sessions_authorised', type: 'int', required: true, min: 0, description: 'authorised absence sessions' },
      {
        name: 'sessions_unauthorised',
        type: 'int',
        required: true,
        min: 0,
        description: 'unauthorised absence sessions; authorised + unauthorised ≤ possible',
      },
    ],
  },
  {
    name: 'exclusions',
    required: false,
    checks: [],
    description: 'one row per suspension or permanent exclusion',
    columns: [
      {
        name: 'exclusion_id',
        type: 'id',
        required: true,
        pk: true,
        derivedFrom: [],
        description:
          'exclusion reference; a file without one (a school census extract) numbers its rows by line: L2, L3, …',
      },
      childId(),
      {
        name: 'start_date',
        type: 'date',
        required: true,
        description: 'first day; its academic year is the one that contains it',
      },
      {
        name: 'category',
        type: 'enum',
        required: true,
        codes: C.EXCLUSION_CATEGORY,
        description: 'suspension or permanent exclusion',
      },
      { name: 'sessions', type: 'int', min: 1, description: 'half days lost (a lunchtime, LNCH, with none: 1)' },
      { name: 'reason', type: 'enum', aliases: ['reason1'], codes: C.EXCLUSION_REASON, description: 'DfE reason code' },
      { name: 'reason2', type: 'enum', codes: C.EXCLUSION_REASON, description: "the census's second reason" },
      { name: 'reason3', type: 'enum', codes: C.EXCLUSION_REASON, description: "the census's third reason" },
      { name: 'school_ref', type: 'id', description: 'pseudonymised school reference' },
    ],
  },
  {
    name: 'ks4_results',
    required: false,
    checks: [],
    description: 'one row per pupil at the end of key stage 4',
    columns: [
      { ...childId(), pk: true },
      { ...academicYear, pk: true },
      { name: 'att8', type: 'dec', min: 0, max: 90, description: 'Attainment 8 score' },
      { name: 'p8', type: 'dec', min: -10, max: 10, description: 'Progress 8 score; empty where none is published' },
      {
        name: 'english_grade',
        type: 'enum',
        codes: C.GRADE,
        description: 'English GCSE grade (U ungraded, X not entered)',
      },
      {
        name: 'maths_grade',
        type: 'enum',
        codes: C.GRADE,
        description: 'maths GCSE grade (U ungraded, X not entered)',
      },
      { name: 'qualifications', type: 'int', min: 0, description: 'approved qualifications achieved at any grade' },
    ],
  },
  {
    name: 'cme_episodes',
    required: false,
    checks: [endNotBeforeStart],
    description: 'children missing education (local authority register; may hold children not in care)',
    columns: [
      recordId,
      childId(false),
      { name: 'start_date', type: 'date', required: true, description: 'date the child was found missing education' },
      episodeEnd,
      { name: 'end_reason', type: 'enum', codes: C.CME_END_REASON, description: 'why the episode ended' },
      socialCare,
    ],
  },
  {
    name: 'ehe_episodes',
    required: false,
    checks: [endNotBeforeStart],
    description: 'elective home education (local authority register)',
    columns: [
      recordId,
      childId(false),
      { name: 'start_date', type: 'date', required: true, description: 'date home education started' },
      episodeEnd,
      { name: 'primary_reason', type: 'enum', codes: C.EHE_REASON, description: "parent's main reason" },
      socialCare,
      { name: 'nc_year', type: 'int', min: -1, max: 13, description: 'expected year group, −1 (nursery) to 13' },
      { name: 'first_contact_date', type: 'date', description: 'first contact by the local authority' },
      { name: 'end_reason', type: 'enum', codes: C.EHE_END_REASON, description: 'why home education ended' },
      { name: 'officer_ref', type: 'id', description: 'the EHE officer holding the case' },
    ],
  },
  {
    name: 'destinations',
    required: false,
    checks: [],
    description: 'activity of care leavers and post-16 young people (SSDA903 OC3 style)',
    columns: [
      { ...childId(), pk: true },
      {
        name: 'reporting_year',
        type: 'int',
        required: true,
        pk: true,
        aliases: ['year'],
        min: 2000,
        max: 2099,
        description:
          'year ending 31 March, e.g. 2025; for an SSDA903 OC3, from its YEAR column or file name, else asked',
      },
      {
        name: 'age',
        type: 'int',
        required: true,
        min: 16,
        max: 21,
        derivedFrom: ['birth_year_month', 'reporting_year'],
        description:
          'age, 16 to 21; from DOB: the age reached at the birthday between 1 April and 31 March of the reporting year',
      },
      {
        name: 'activity',
        type: 'enum',
        required: true,
        aliases: ['activ'],
        codes: C.ACTIVITY,
        description: 'main activity (OC3 codes accepted)',
      },
      { name: 'in_touch', type: 'enum', codes: C.IN_TOUCH, description: 'whether the authority is in touch' },
      {
        name: 'birth_year_month',
        type: 'yearmonth',
        input: true,
        description: 'derived from DOB at the door; read to derive age',
      },
    ],
  },
  {
    // a lookup: a school here that no enrolment names is fine, and nothing refers to it (no orphans either way)
    name: 'schools',
    required: false,
    checks: [],
    description: "the virtual school's own lookup of school references (local only)",
    columns: [
      {
        name: 'school_ref',
        type: 'id',
        required: true,
        pk: true,
        description: 'pseudonymised school reference, as in school_enrolments and exclusions',
      },
      {
        name: 'school_name',
        type: 'str',
        description:
          "the school's name, shown in the interactive dashboard and the Pupils view only: never in a published snapshot or any breakdown that leaves the machine",
      },
      { name: 'phase', type: 'enum', codes: C.SCHOOL_PHASE, description: 'phase of the school, as school_phase' },
      { name: 'school_in_la', type: 'bool', description: 'school inside the local authority' },
    ],
  },
  {
    name: 'uasc',
    required: false,
    checks: [],
    description:
      'SSDA903 UASC: children who were ever unaccompanied asylum-seeking children; sets pupils.uasc (children not listed: false)',
    columns: [
      { ...childId(), pk: true },
      { name: 'duc', type: 'date', description: 'date the UASC status ceased (DUC)' },
    ],
  },
];

export const TABLE_BY_NAME: ReadonlyMap<string, Table> = new Map(TABLES.map((t) => [t.name, t]));

export function table(name: string): Table {
  const t = TABLE_BY_NAME.get(name);
  if (!t) throw new Error(`unknown table ${name}`);
  return t;
}

/** The columns a table stores: all but those read only for the load's own rules. */
export function storedColumns(t: Table): Column[] {
  return t.columns.filter((c) => !c.input);
}
