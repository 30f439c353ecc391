import type { Measure } from './define';

const days = (to: string) => `CAST(${to} - start_date AS INTEGER)`;
const RETURNED_30D = `end_reason = 'RETURNED_TO_SCHOOL' AND ${days('end_date')} <= 30`;
const SOCIAL_CARE = "social_care_status IN ('CLA', 'CIN', 'CPP')";

/** Children missing education and elective home education: register records, filtered by social care status. */
export const REGISTER_MEASURES = [
  { kind: 'count', id: 'cme_started_n', better: null, behind: { value: 'TRUE' }, title: 'Missing education: new episodes', unit: 'count', precision: 0, base: 'cme_starts', periods: 'cme', benchmark: null, national: 'CLA_12M',
    value: 'count(*)', definition: 'Children missing education episodes starting in the year.' },
  { kind: 'count', id: 'cme_open_census_n', better: 'lower', behind: { value: 'TRUE' }, title: 'Missing education at census', unit: 'count', precision: 0, base: 'cme_census', periods: 'cme', benchmark: 'cme_census_n', national: 'CLA_12M',
    value: 'count(*)', definition: 'Episodes open on the autumn census day (first Thursday of October).' },
  { kind: 'count', id: 'cme_returned_n', better: null, behind: { value: "end_reason = 'RETURNED_TO_SCHOOL'" }, title: 'Returned to school', unit: 'count', precision: 0, base: 'cme_ends', periods: 'cme', benchmark: null, national: 'CLA_12M',
    value: "count_if(end_reason = 'RETURNED_TO_SCHOOL')", definition: 'Episodes ending in the year with a return to school.' },
  { kind: 'average', id: 'cme_days_to_return_median', better: 'lower', behind: { value: "end_reason = 'RETURNED_TO_SCHOOL'" }, title: 'Days to return to school', unit: 'days', precision: 0, base: 'cme_ends', periods: 'cme', benchmark: null, national: 'CLA_12M',
    value: `median(${days('end_date')}) FILTER (WHERE end_reason = 'RETURNED_TO_SCHOOL')`, count: "count_if(end_reason = 'RETURNED_TO_SCHOOL')",
    definition: 'Median days from the start of an episode to the return to school, over episodes ending in the year.' },
  { kind: 'ratio', unit: 'percent', precision: 1, scale: 100, id: 'cme_returned_30d_pct', better: 'higher', behind: { value: RETURNED_30D, complement: `NOT coalesce(${RETURNED_30D}, false)` }, title: 'Back in school within 30 days', base: 'cme_starts', periods: 'cme', benchmark: null, national: 'CLA_12M',
    numerator: `count_if(${RETURNED_30D})`, denominator: 'count(*)',
    definition: 'Share of episodes starting in the year that ended with a return to school within 30 days.' },
  { kind: 'count', id: 'ehe_started_n', better: null, behind: { value: 'TRUE' }, title: 'Home education: new episodes', unit: 'count', precision: 0, base: 'ehe_starts', periods: 'ehe', benchmark: null, national: 'CLA_12M',
    value: 'count(*)', definition: 'Elective home education episodes starting in the year.' },
  { kind: 'count', id: 'ehe_open_census_n', better: null, behind: { value: 'TRUE' }, title: 'Home educated at census', unit: 'count', precision: 0, base: 'ehe_census', periods: 'ehe', benchmark: 'ehe_census_n', national: 'CLA_12M',
    value: 'count(*)', definition: 'Episodes open on the autumn census day (first Thursday of October).' },
  { kind: 'count', id: 'ehe_ended_n', better: null, behind: { value: 'TRUE' }, title: 'Home education ended', unit: 'count', precision: 0, base: 'ehe_ends', periods: 'ehe', benchmark: null, national: 'CLA_12M',
    value: 'count(*)', definition: 'Episodes ending in the year.' },
  { kind: 'count', id: 'ehe_returned_to_school_n', better: null, behind: { value: "end_reason = 'RETURNED_TO_SCHOOL'" }, title: 'Returned to school from home education', unit: 'count', precision: 0, base: 'ehe_ends', periods: 'ehe', benchmark: null, national: 'CLA_12M',
    value: "count_if(end_reason = 'RETURNED_TO_SCHOOL')", definition: 'Episodes ending in the year with a return to school.' },
  { kind: 'ratio', unit: 'percent', precision: 1, scale: 100, id: 'ehe_social_care_pct', better: null, behind: { value: SOCIAL_CARE, complement: `NOT coalesce(${SOCIAL_CARE}, false)` }, title: 'Known to social care', base: 'ehe_starts', periods: 'ehe', benchmark: null, national: 'CLA_12M',
    numerator: `count_if(${SOCIAL_CARE})`, denominator: 'count(*)',
    definition: 'Share of episodes starting in the year of children looked after, in need or on a protection plan.' },
  { kind: 'average', id: 'ehe_first_contact_median_days', better: 'lower', behind: { value: 'first_contact_date IS NOT NULL' }, title: 'Days to first contact', unit: 'days', precision: 0, base: 'ehe_starts', periods: 'ehe', benchmark: null, national: 'CLA_12M',
    value: `median(${days('first_contact_date')})`, count: 'count(first_contact_date)',
    definition: 'Median days from the start of home education to the local authority’s first contact, over episodes starting in the year.' },
  { kind: 'ratio', unit: 'ratio', precision: 1, scale: 1, id: 'ehe_cases_per_officer', better: 'lower', behind: { value: 'TRUE' }, title: 'Cases per officer', base: 'ehe_census', periods: 'ehe', benchmark: null, national: 'CLA_12M',
    numerator: 'count(*)', denominator: 'count(DISTINCT officer_ref)',
    definition: 'Episodes open on the census day per EHE officer holding a case.' },
] as const satisfies readonly Measure[];
