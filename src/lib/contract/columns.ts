import * as C from './codes';
import type { Column } from './types';

/** Columns and checks several tables share. */
export const childId = (ref = true): Column => ({
  name: 'child_id',
  type: 'id',
  required: true,
  aliases: ['child'],
  ...(ref ? { ref: { table: 'pupils', column: 'child_id' } as const } : {}),
  description: ref ? 'pseudonym of the child; must be in pupils' : 'pseudonym of the child; need not be in pupils',
});
export const academicYear: Column = {
  name: 'academic_year',
  type: 'year',
  required: true,
  description: 'academic year, e.g. 2023/24',
};
export const term: Column = { name: 'term', type: 'enum', required: true, codes: C.TERM, description: 'school term' };
export const recordId: Column = {
  name: 'record_id',
  type: 'id',
  required: true,
  pk: true,
  description: 'register record reference',
};
export const episodeEnd: Column = {
  name: 'end_date',
  type: 'date',
  description: 'empty while the episode is open; before start_date rejects the row',
};
export const socialCare: Column = {
  name: 'social_care_status',
  type: 'enum',
  codes: C.SOCIAL_CARE_STATUS,
  emptyAs: 'NONE',
  description:
    'social care status at the start (empty = NONE); a child of pupils.csv in care on the start date counts as CLA',
};
export const endNotBeforeStart = { kind: 'notBefore', column: 'end_date', other: 'start_date' } as const;
