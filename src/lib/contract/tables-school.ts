import * as C from './codes';
import { childId, academicYear, term } from './columns';
import type { Column, Table } from './types';

/** The school side: enrolments, PEPs and their targets, attendance, suspensions and exclusions. */
export const SCHOOL_TABLES: readonly Table[] = [
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
];
