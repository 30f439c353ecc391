import type { DimensionId } from './bases';
import type { DistributionId } from './distributions';
import type { MeasureId } from './index';

/** What each dashboard view shows: panels of measures, as trends or breakdowns. */
export type Panel =
  | { kind: 'trend'; title: string; measures: readonly MeasureId[] }
  | { kind: 'breakdown'; title: string; measure: MeasureId; dimension: DimensionId }
  | { kind: 'stack'; title: string; measure: MeasureId; dimension: DimensionId }
  | { kind: 'histogram'; title: string; distribution: DistributionId }
  /** the measure by school, worst first: on the interactive dashboard only, never published (snapshots.md rule 8) */
  | { kind: 'schools'; title: string; measure: MeasureId; children: SchoolChildren };

/** The children behind each school's figure: those a count measure counts at the school (its `children`), and how to say them. */
export interface SchoolChildren {
  measure: MeasureId;
  /** after "12 children", e.g. "with a PEP" */
  words: string;
}

export interface Area {
  id: string;
  label: string;
  /** what the view answers, in a sentence */
  lead: string;
  /** tables the view needs, to say which file to load when they are missing */
  tables: readonly string[];
  /** register views filter by social care status, not by the pupil cohort */
  registers?: boolean;
  panels: readonly Panel[];
}

const trend = (title: string, ...measures: MeasureId[]): Panel => ({ kind: 'trend', title, measures });
const by = (title: string, measure: MeasureId, dimension: DimensionId): Panel => ({
  kind: 'breakdown',
  title,
  measure,
  dimension,
});
const schools = (title: string, measure: MeasureId, children: SchoolChildren): Panel => ({
  kind: 'schools',
  title: `Schools to challenge: ${title}`,
  measure,
  children,
});
const WITH_A_PEP: SchoolChildren = { measure: 'pep_n', words: 'with a PEP' };

export const AREAS: readonly Area[] = [
  {
    id: 'peps',
    label: 'PEPs',
    tables: ['pep_reviews', 'pep_targets'],
    lead: 'Are personal education plans done on time, are they good, and are their targets SMART?',
    panels: [
      trend('Completion and timeliness', 'pep_completed_pct', 'pep_on_time_pct'),
      trend('PEPs rated good or better', 'pep_good_pct'),
      { kind: 'stack', title: 'Quality ratings', measure: 'pep_n', dimension: 'qa_rating' },
      by('Completed, by term', 'pep_completed_pct', 'term'),
      by('On time, by term', 'pep_on_time_pct', 'term'),
      trend('SMART targets', 'pep_target_smart_pct'),
      by('Which SMART criterion fails most', 'pep_target_smart_pct', 'smart_criterion'),
      by('Targets by area', 'pep_targets_n', 'area'),
      by('Targets by outcome', 'pep_targets_n', 'outcome'),
      trend('Targets achieved', 'pep_target_achieved_pct'),
      trend('Pupil premium plus committed', 'pep_pp_plus_gbp'),
      by('Pupil premium plus committed, by term', 'pep_pp_plus_gbp', 'term'),
      schools('PEPs rated good or better', 'pep_good_pct', WITH_A_PEP),
      schools('PEPs on time', 'pep_on_time_pct', WITH_A_PEP),
      schools('targets fully SMART', 'pep_target_smart_pct', { measure: 'pep_targets_n', words: 'with PEP targets' }),
    ],
  },
  {
    id: 'ks2',
    label: 'Key stage 2',
    tables: ['ks2_results'],
    lead: 'How do children in care do at the end of primary school, against children in care nationally and all pupils?',
    panels: [
      trend('Expected standard in reading, writing and maths', 'ks2_rwm_expected_pct'),
      trend('Scaled scores in reading and maths', 'ks2_reading_scaled_avg', 'ks2_maths_scaled_avg'),
      by('Expected standard by SEN provision', 'ks2_rwm_expected_pct', 'sen_provision'),
      by('Expected standard by sex', 'ks2_rwm_expected_pct', 'sex'),
      by('Expected standard in and out of the authority', 'ks2_rwm_expected_pct', 'school_in_la'),
    ],
  },
  {
    id: 'ks4',
    label: 'Key stage 4',
    tables: ['ks4_results'],
    lead: 'How do children in care do at the end of key stage 4, against children in care nationally and all pupils?',
    panels: [
      trend('Attainment 8', 'ks4_att8_avg'),
      trend('Progress 8', 'ks4_p8_avg'),
      trend('Grade 4 or above in English and maths', 'ks4_em_grade4plus_pct'),
      trend('Grade 5 or above in English and maths', 'ks4_em_grade5plus_pct'),
      trend('No qualifications', 'ks4_no_qualifications_pct'),
      { kind: 'histogram', title: 'Attainment 8 distribution', distribution: 'ks4_att8_distribution' },
      by('Attainment 8 by SEN provision', 'ks4_att8_avg', 'sen_provision'),
      by('Attainment 8 by sex', 'ks4_att8_avg', 'sex'),
      by('Attainment 8 in and out of the authority', 'ks4_att8_avg', 'school_in_la'),
    ],
  },
  {
    id: 'attendance',
    label: 'Attendance',
    tables: ['attendance'],
    lead: 'How much school do children in care miss, and who is persistently or severely absent?',
    panels: [
      trend('Overall absence', 'abs_overall_pct'),
      trend('Persistent absence (10% or more)', 'abs_persistent_10_pct'),
      trend('Severe absence (50% or more)', 'abs_severe_50_pct'),
      by('Persistent absence by key stage', 'abs_persistent_10_pct', 'key_stage'),
      by('Overall absence by key stage', 'abs_overall_pct', 'key_stage'),
      by('Overall absence by term', 'abs_overall_pct', 'term'),
      schools('overall absence', 'abs_overall_pct', {
        measure: 'abs_persistent_10_pct',
        words: 'with attendance recorded',
      }),
    ],
  },
  {
    id: 'exclusions',
    label: 'Suspensions',
    tables: ['exclusions'],
    lead: 'How often are children in care suspended or excluded, against other pupils?',
    panels: [
      trend('Suspensions per 100 pupils', 'susp_rate_per100'),
      trend('Pupils suspended', 'susp_oneplus_pct'),
      trend('Repeat suspensions', 'susp_repeat_pct'),
      trend('Sessions lost to suspension', 'susp_sessions_lost'),
      trend('Pupils permanently excluded', 'excl_perm_pct'),
      by('Suspensions by reason', 'susp_n', 'reason'),
      by('Suspensions by year group', 'susp_n', 'nc_year'),
      by('Suspensions by term', 'susp_n', 'term'),
      by('Suspensions by school phase', 'susp_n', 'school_phase'),
      schools('suspensions per 100 pupils', 'susp_rate_per100', { measure: 'roll_n', words: 'on roll' }),
    ],
  },
  {
    id: 'cme',
    label: 'Missing education',
    tables: ['cme_episodes'],
    registers: true,
    lead: 'How many children are missing education, and how quickly do they get back to school?',
    panels: [
      trend('New episodes and open at census', 'cme_started_n', 'cme_open_census_n'),
      trend('Returned to school', 'cme_returned_n'),
      trend('Back in school within 30 days', 'cme_returned_30d_pct'),
      trend('Days to return to school (median)', 'cme_days_to_return_median'),
      { kind: 'histogram', title: 'Days to return to school', distribution: 'cme_days_to_return_distribution' },
      by('New episodes by social care status', 'cme_started_n', 'social_care_status'),
      by('New episodes by month of start', 'cme_started_n', 'month'),
      by('Open at census, by how long', 'cme_open_census_n', 'open_for'),
    ],
  },
  {
    id: 'ehe',
    label: 'Home education',
    tables: ['ehe_episodes'],
    registers: true,
    lead: 'How fast is elective home education rising, why, and can officers keep up?',
    panels: [
      by('New episodes by month of start', 'ehe_started_n', 'month'),
      trend('New episodes and open at census', 'ehe_started_n', 'ehe_open_census_n'),
      by('Reasons', 'ehe_started_n', 'reason'),
      by('Social care status', 'ehe_started_n', 'social_care_status'),
      trend('Known to social care', 'ehe_social_care_pct'),
      trend('Days to first contact (median)', 'ehe_first_contact_median_days'),
      trend('Cases per officer', 'ehe_cases_per_officer'),
      trend('Ended, and returned to school', 'ehe_ended_n', 'ehe_returned_to_school_n'),
    ],
  },
  {
    id: 'leavers',
    label: 'Post-16 and care leavers',
    tables: ['post16_results', 'destinations'],
    lead: 'What do young people achieve by 19, and are care leavers in education, employment or training, in apprenticeships and at university?',
    panels: [
      trend('In education at 16 and 17', 'post16_in_education_pct'),
      trend('Level 2 and level 3 by 19', 'post16_l2_by19_pct', 'post16_l3_by19_pct'),
      trend('English and maths at level 2 by 19', 'post16_em_l2_by19_pct'),
      trend('Withdrawn from their course', 'post16_withdrawn_pct'),
      by('Level 3 by 19, by SEN provision', 'post16_l3_by19_pct', 'sen_provision'),
      by('Level 3 by 19, by sex', 'post16_l3_by19_pct', 'sex'),
      trend('In education, employment or training, aged 17 to 18', 'cl17_18_eet_pct'),
      trend('In education, employment or training, aged 19 to 21', 'cl19_21_eet_pct'),
      trend('Not in education, employment or training, aged 17 to 18', 'cl17_18_neet_pct'),
      trend('Not in education, employment or training, aged 19 to 21', 'cl19_21_neet_pct'),
      trend('In higher education, aged 17 to 18', 'cl17_18_he_pct'),
      trend('In higher education, aged 19 to 21', 'cl19_21_he_pct'),
      trend('In an apprenticeship, aged 19 to 21', 'cl19_21_apprenticeship_pct'),
      trend('In an apprenticeship, aged 17 to 18', 'cl17_18_apprenticeship_pct'),
    ],
  },
];

/** The overview's tiles, one per headline measure. */
export const HEADLINES: readonly MeasureId[] = [
  'pep_good_pct',
  'pep_on_time_pct',
  'pep_target_smart_pct',
  'ks2_rwm_expected_pct',
  'ks4_att8_avg',
  'ks4_em_grade4plus_pct',
  'ks4_no_qualifications_pct',
  'abs_overall_pct',
  'abs_persistent_10_pct',
  'susp_rate_per100',
  'cme_returned_30d_pct',
  'ehe_open_census_n',
  'post16_l3_by19_pct',
  'cl19_21_eet_pct',
];
