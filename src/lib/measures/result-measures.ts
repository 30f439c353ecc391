import type { Measure } from './define';

const pct = { kind: 'ratio', unit: 'percent', precision: 1, scale: 100 } as const;
const ks2 = { base: 'ks2', periods: 'ks2', national: 'CLA_12M' } as const;
// DfE's by-19 figures count the whole cohort, ours the young people whose level is recorded: no national line.
const post16 = { base: 'post16', periods: 'post16', national: 'CLA_12M', benchmark: null } as const;
const by19 = (condition: string, known: string) => ({
  numerator: `count_if(nc_year = 14 AND ${condition})`,
  denominator: `count_if(nc_year = 14 AND ${known} IS NOT NULL)`,
});

/** Key stage 2 at the end of primary school, and post-16 qualifications to 19: rows of year Y passing the filter. */
export const RESULT_MEASURES = [
  {
    ...ks2,
    kind: 'count',
    id: 'ks2_cohort_n',
    better: null,
    title: 'Key stage 2 cohort',
    unit: 'count',
    precision: 0,
    benchmark: 'ks2_cohort_n',
    value: 'count(*)',
    definition: 'Pupils with key stage 2 results in the year.',
  },
  {
    ...pct,
    ...ks2,
    id: 'ks2_rwm_expected_pct',
    better: 'higher',
    title: 'Expected standard in reading, writing and maths',
    benchmark: 'ks2_rwm_expected_pct',
    numerator: 'count_if(reading_expected AND writing_expected AND maths_expected)',
    denominator: 'count(*)',
    definition:
      'Share of the key stage 2 cohort at the expected standard in all of reading, writing and maths (a subject with no result counts as not reached).',
  },
  {
    ...ks2,
    kind: 'average',
    id: 'ks2_reading_scaled_avg',
    better: 'higher',
    title: 'Reading scaled score',
    unit: 'mean',
    precision: 1,
    benchmark: null,
    value: 'avg(reading_scaled)',
    count: 'count(reading_scaled)',
    definition:
      'Average key stage 2 reading scaled score (80 to 120; 100 is the expected standard) of pupils with a score.',
  },
  {
    ...ks2,
    kind: 'average',
    id: 'ks2_maths_scaled_avg',
    better: 'higher',
    title: 'Maths scaled score',
    unit: 'mean',
    precision: 1,
    benchmark: null,
    value: 'avg(maths_scaled)',
    count: 'count(maths_scaled)',
    definition:
      'Average key stage 2 maths scaled score (80 to 120; 100 is the expected standard) of pupils with a score.',
  },
  {
    ...post16,
    kind: 'count',
    id: 'post16_n',
    better: null,
    title: 'Young people with post-16 records',
    unit: 'count',
    precision: 0,
    value: 'count(*)',
    definition: 'Young people aged 16 to 19 with a post-16 record in the year.',
  },
  {
    ...pct,
    ...post16,
    id: 'post16_in_education_pct',
    better: 'higher',
    title: 'In education at 16 and 17',
    numerator: "count_if(nc_year IN (12, 13) AND studying_level <> 'NONE')",
    denominator: 'count_if(nc_year IN (12, 13) AND studying_level IS NOT NULL)',
    definition: 'Share of young people in Years 12 and 13 studying a course, of those whose course level is recorded.',
  },
  {
    ...pct,
    ...post16,
    ...by19("highest_level_achieved IN ('L2', 'L3', 'L4_PLUS')", 'highest_level_achieved'),
    id: 'post16_l2_by19_pct',
    better: 'higher',
    title: 'Level 2 by 19',
    definition:
      'Share of young people who are 19 by 31 August holding a level 2 qualification or above, of those whose highest level is recorded.',
  },
  {
    ...pct,
    ...post16,
    ...by19("highest_level_achieved IN ('L3', 'L4_PLUS')", 'highest_level_achieved'),
    id: 'post16_l3_by19_pct',
    better: 'higher',
    title: 'Level 3 by 19',
    definition:
      'Share of young people who are 19 by 31 August holding a level 3 qualification or above, of those whose highest level is recorded.',
  },
  {
    ...pct,
    ...post16,
    ...by19('english_maths_l2', 'english_maths_l2'),
    id: 'post16_em_l2_by19_pct',
    better: 'higher',
    title: 'English and maths at level 2 by 19',
    definition:
      'Share of young people who are 19 by 31 August with English and maths at grade 4 or a level 2 equivalent, of those recorded.',
  },
  {
    ...pct,
    ...post16,
    id: 'post16_withdrawn_pct',
    better: 'lower',
    title: 'Withdrawn from their course',
    numerator: "count_if(course_status = 'WITHDRAWN')",
    denominator: 'count(course_status)',
    definition: 'Share of post-16 records whose main course was withdrawn from, of those with a course status.',
  },
] as const satisfies readonly Measure[];
