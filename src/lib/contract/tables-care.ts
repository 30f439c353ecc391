import * as C from './codes';
import { childId, endNotBeforeStart } from './columns';
import type { Table } from './types';

/** The children and their periods of care. */
export const CARE_TABLES: readonly Table[] = [
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
];
