import type { Measure } from './define';

const days = (to: string) => `CAST(${to} - start_date AS INTEGER)`;

/** Children missing education and elective home education: register records, filtered by social care status. */
export const REGISTER_MEASURES: Measure[] = [
  { kind: 'count', id: 'cme_started_n', title: 'Missing education: new episodes', unit: 'count', precision: 0, base: 'cme_starts', periods: 'cme', benchmark: null,
    value: 'count(*)', definition: 'Children missing education episodes starting in the year.' },
  { kind: 'count', id: 'cme_open_census_n', title: 'Missing education at census', unit: 'count', precision: 0, base: 'cme_census', periods: 'cme', benchmark: 'cme_census_n',
    value: 'count(*)', definition: 'Episodes open on the autumn census day (first Thursday of October).' },
  { kind: 'count', id: 'cme_returned_n', title: 'Returned to school', unit: 'count', precision: 0, base: 'cme_ends', periods: 'cme', benchmark: null,
    value: "count_if(end_reason = 'RETURNED_TO_SCHOOL')", definition: 'Episodes ending in the year with a return to school.' },
  { kind: 'average', id: 'cme_days_to_return_median', title: 'Days to return to school', unit: 'days', precision: 0, base: 'cme_ends', periods: 'cme', benchmark: null,
    value: `median(${days('end_date')}) FILTER (WHERE end_reason = 'RETURNED_TO_SCHOOL')`, count: "count_if(end_reason = 'RETURNED_TO_SCHOOL')",
    definition: 'Median days from the start of an episode to the return to school, over episodes ending in the year.' },
  { kind: 'ratio', unit: 'percent', precision: 1, scale: 100, id: 'cme_returned_30d_pct', title: 'Back in school within 30 days', base: 'cme_starts', periods: 'cme', benchmark: null,
    numerator: `count_if(end_reason = 'RETURNED_TO_SCHOOL' AND ${days('end_date')} <= 30)`, denominator: 'count(*)',
    definition: 'Share of episodes starting in the year that ended with a return to school within 30 days.' },
  { kind: 'count', id: 'ehe_started_n', title: 'Home education: new episodes', unit: 'count', precision: 0, base: 'ehe_starts', periods: 'ehe', benchmark: null,
    value: 'count(*)', definition: 'Elective home education episodes starting in the year.' },
  { kind: 'count', id: 'ehe_open_census_n', title: 'Home educated at census', unit: 'count', precision: 0, base: 'ehe_census', periods: 'ehe', benchmark: 'ehe_census_n',
    value: 'count(*)', definition: 'Episodes open on the autumn census day (first Thursday of October).' },
  { kind: 'count', id: 'ehe_ended_n', title: 'Home education ended', unit: 'count', precision: 0, base: 'ehe_ends', periods: 'ehe', benchmark: null,
    value: 'count(*)', definition: 'Episodes ending in the year.' },
  { kind: 'count', id: 'ehe_returned_to_school_n', title: 'Returned to school from home education', unit: 'count', precision: 0, base: 'ehe_ends', periods: 'ehe', benchmark: null,
    value: "count_if(end_reason = 'RETURNED_TO_SCHOOL')", definition: 'Episodes ending in the year with a return to school.' },
  { kind: 'ratio', unit: 'percent', precision: 1, scale: 100, id: 'ehe_social_care_pct', title: 'Known to social care', base: 'ehe_starts', periods: 'ehe', benchmark: null,
    numerator: "count_if(social_care_status IN ('CLA', 'CIN', 'CPP'))", denominator: 'count(*)',
    definition: 'Share of episodes starting in the year of children looked after, in need or on a protection plan.' },
  { kind: 'average', id: 'ehe_first_contact_median_days', title: 'Days to first contact', unit: 'days', precision: 0, base: 'ehe_starts', periods: 'ehe', benchmark: null,
    value: `median(${days('first_contact_date')})`, count: 'count(first_contact_date)',
    definition: 'Median days from the start of home education to the local authority’s first contact, over episodes starting in the year.' },
  { kind: 'ratio', unit: 'ratio', precision: 1, scale: 1, id: 'ehe_cases_per_officer', title: 'Cases per officer', base: 'ehe_census', periods: 'ehe', benchmark: null,
    numerator: 'count(*)', denominator: 'count(DISTINCT officer_ref)', childrenIn: 'numerator',
    definition: 'Episodes open on the census day per EHE officer holding a case.' },
];
