import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../src/lib/measures/index';

/**
 * Issue 11: every measure says which way is better, in its definition. Each measure with a national figure is listed
 * here with the direction a virtual school head reads it in, so that a change to one is a change to this test.
 */
const WITH_NATIONAL: Record<string, 'higher' | 'lower' | null> = {
  ks2_cohort_n: null, // a cohort's size is neither better nor worse
  ks2_rwm_expected_pct: 'higher',
  ks4_cohort_n: null,
  ks4_att8_avg: 'higher',
  ks4_p8_avg: 'higher',
  ks4_em_grade4plus_pct: 'higher',
  ks4_em_grade5plus_pct: 'higher',
  abs_overall_pct: 'lower',
  abs_persistent_10_pct: 'lower',
  abs_severe_50_pct: 'lower',
  susp_rate_per100: 'lower',
  susp_oneplus_pct: 'lower',
  excl_perm_pct: 'lower',
  cl17_18_eet_pct: 'higher',
  cl17_18_he_pct: 'higher',
  cl17_18_apprenticeship_pct: 'higher',
  cl17_18_neet_pct: 'lower',
  cl19_21_eet_pct: 'higher',
  cl19_21_he_pct: 'higher',
  cl19_21_apprenticeship_pct: 'higher',
  cl19_21_neet_pct: 'lower',
  cme_open_census_n: 'lower', // children missing education on census day
  ehe_open_census_n: null, //    home education is a parent's right: neither better nor worse
};

describe('which way is better', () => {
  it('is declared for every measure with a national figure, as a head reads it', () => {
    const declared = Object.fromEntries(MEASURES.filter((m) => m.benchmark !== null).map((m) => [m.id, m.better]));
    expect(declared).toEqual(WITH_NATIONAL);
  });

  it('is never given to a plain count of events or records that more activity would raise', () => {
    for (const id of ['roll_n', 'pep_n', 'pep_targets_n', 'cme_started_n', 'ehe_started_n', 'ehe_ended_n']) {
      expect(MEASURES.find((m) => m.id === id)?.better, id).toBeNull();
    }
  });
});
