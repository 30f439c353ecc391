import * as C from './codes';
import { childId, recordId, episodeEnd, socialCare, endNotBeforeStart } from './columns';
import type { Table } from './types';

/** The registers (children missing education, home education), care leavers, the schools lookup and UASC. */
export const REGISTER_TABLES: readonly Table[] = [
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
