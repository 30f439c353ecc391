import * as C from './codes';
import { childId, academicYear } from './columns';
import type { Table } from './types';

/** Results from the end of primary school to 19: key stage 2, key stage 4 and post-16 qualifications. */
export const RESULT_TABLES: readonly Table[] = [
  {
    name: 'ks2_results',
    required: false,
    checks: [],
    description: 'one row per pupil at the end of key stage 2 (Year 6)',
    columns: [
      { ...childId(), pk: true },
      { ...academicYear, pk: true },
      {
        name: 'reading_expected',
        type: 'bool',
        description: 'reached the expected standard in reading; empty with a scaled score = score of 100 or more',
      },
      {
        name: 'writing_expected',
        type: 'bool',
        description: 'reached the expected standard in writing (teacher assessment)',
      },
      {
        name: 'maths_expected',
        type: 'bool',
        description: 'reached the expected standard in maths; empty with a scaled score = score of 100 or more',
      },
      {
        name: 'reading_scaled',
        type: 'int',
        min: 80,
        max: 120,
        description: 'reading scaled score, 80 to 120; empty where none was awarded',
      },
      {
        name: 'maths_scaled',
        type: 'int',
        min: 80,
        max: 120,
        description: 'maths scaled score, 80 to 120; empty where none was awarded',
      },
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
    name: 'post16_results',
    required: false,
    checks: [],
    description: 'one row per young person aged 16 to 19 per academic year (Year 12 to the year they turn 19)',
    columns: [
      { ...childId(), pk: true },
      { ...academicYear, pk: true },
      {
        name: 'studying_level',
        type: 'enum',
        codes: C.QUALIFICATION_LEVEL,
        description: 'level of the main course that year (NONE = not in education)',
      },
      {
        name: 'highest_level_achieved',
        type: 'enum',
        codes: C.QUALIFICATION_LEVEL,
        description: 'highest qualification level held at the end of the year',
      },
      {
        name: 'english_maths_l2',
        type: 'bool',
        description: 'grade 4 or above (or a level 2 equivalent) in both English and maths at the end of the year',
      },
      { name: 'course_status', type: 'enum', codes: C.COURSE_STATUS, description: 'how the main course stands' },
    ],
  },
];
