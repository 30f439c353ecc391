import { csv, HEADERS } from './harness';

/**
 * A hand-worked fixture for breakdowns by school, with a schools lookup.
 * Eight Year 7 pupils of 2023/24 (born 2012-01: 2023 − 2012 − 4 = 7; Year 6 in 2022/23), all in care since 2020.
 * Enrolments in 2023/24: A, B, C, F, G, H at S1 (Oakfield Academy, 6 children); C and D at S2 (Brook Primary School):
 * C is at two schools that year and counts at both; E at S3, which the schools lookup does not name. A was at S3
 * in 2022/23, which must not count in 2023/24.
 */
const SCHOOLS_HEADER = 'school_ref,school_name,phase,school_in_la';
const CHILDREN = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

export const SCHOOL_FILES = {
  'pupils.csv': csv(HEADERS.pupils, ...CHILDREN.map((c) => `${c},F,2012-01,WBRI,N,0`)),
  'care_periods.csv': csv(HEADERS.care_periods, ...CHILDREN.map((c) => `${c},2020-01-01,,C2,U1,IN_LA`)),
  'school_enrolments.csv': csv(
    HEADERS.school_enrolments,
    ...['A', 'B', 'C', 'F', 'G', 'H'].map((c) => `${c},2023/24,S1,SECONDARY,1,`),
    'C,2023/24,S2,SECONDARY,1,2024-01-08',
    'D,2023/24,S2,SECONDARY,1,',
    'E,2023/24,S3,SECONDARY,0,',
    'A,2022/23,S3,PRIMARY,0,',
  ),
  'schools.csv': csv(
    SCHOOLS_HEADER,
    'S1,Oakfield Academy,SECONDARY,1',
    'S2,Brook Primary School,SECONDARY,1',
    'S9,Hill House School,SECONDARY,0',
  ),
  // pep_id,child_id,academic_year,term,pep_type,due_date,completed_date,qa_rating,child_voice,pp_plus_gbp
  'pep_reviews.csv': csv(
    HEADERS.pep_reviews,
    'P1,A,2023/24,AUTUMN,REVIEW,2023-10-01,2023-09-25,GREEN,,', //  on time, good
    'P2,B,2023/24,AUTUMN,REVIEW,2023-10-01,2023-10-20,RED,,', //    late, not good
    'P3,C,2023/24,AUTUMN,REVIEW,2023-10-01,2023-10-01,GOLD,,', //   on time (on the due date), good
    'P4,D,2023/24,AUTUMN,REVIEW,2023-10-01,2023-09-30,AMBER,,', //  on time, not good
    'P5,E,2023/24,AUTUMN,REVIEW,2023-10-01,,,,', //                 not completed, not rated
    'P6,F,2023/24,AUTUMN,REVIEW,2023-10-01,2023-09-20,GREEN,,', //  on time, good
    'P7,G,2023/24,AUTUMN,REVIEW,2023-10-01,2023-09-21,GREEN,,', //  on time, good
    'P8,H,2023/24,AUTUMN,REVIEW,2023-10-01,2023-11-02,RED,,', //    late, not good
  ),
  // target_id,pep_id,area,specific,measurable,achievable,relevant,time_bound,outcome,target_text
  'pep_targets.csv': csv(
    HEADERS.pep_targets,
    'T1,P1,ATTAINMENT,1,1,1,1,1,ACHIEVED,', // A: SMART
    'T2,P3,ATTAINMENT,0,1,1,1,1,ACHIEVED,', // C: not specific
    'T3,P4,ATTAINMENT,1,1,1,1,1,ACHIEVED,', // D: SMART
  ),
  // child_id,academic_year,term,sessions_possible,sessions_authorised,sessions_unauthorised
  'attendance.csv': csv(
    HEADERS.attendance,
    'A,2023/24,AUTUMN,100,5,5', //   10 missed of 100
    'C,2023/24,AUTUMN,100,20,0', //  20 of 100
    'C,2023/24,SPRING,100,0,10', //  10 of 100
    'D,2023/24,AUTUMN,100,0,0', //    0 of 100
  ),
  // C's suspension was at S9, where C is not enrolled: it counts at C's schools of the year, S1 and S2.
  'exclusions.csv': csv(HEADERS.exclusions, 'X1,C,2023-11-01,SUSPENSION,2,PA,S9', 'X2,D,2024-02-01,SUSPENSION,1,PA,S2'),
};
