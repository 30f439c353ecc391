import { codes } from '../../../lib/contract';
import type { ChildFacts } from '../../../lib/measures/child-story';
import { dateWords } from './dates';
import { inLaWords, said, schoolName, yearGroupWords } from './words';

export interface Fact {
  term: string;
  value: string;
}

/** The short summary at the top of a child's page, "now" being the latest academic year loaded. */
export function summaryOf(p: ChildFacts): Fact[] {
  const year =
    p.period === null || p.nc_year === null
      ? 'not known: no year of the roll is loaded'
      : `${yearGroupWords(p.nc_year, p.key_stage)} in ${p.period}${p.on_roll === false ? ', not on the roll that year' : ''}`;
  const care =
    p.care_since === null
      ? 'no period of care loaded'
      : p.care_ended === null
        ? `since ${dateWords(p.care_since)}`
        : `${dateWords(p.care_since)} to ${dateWords(p.care_ended)} (left care)`;
  const school =
    p.school_ref === null
      ? 'no enrolment loaded'
      : `${p.school_name ? `${schoolName(p.school_ref, p.school_name)} in ${p.school_year}` : `${p.school_ref} (${p.school_year})`}, ${inLaWords(p.school_in_la)}`;
  return [
    { term: 'Year group', value: year },
    {
      term: 'SEN provision',
      value: p.sen_provision === null ? 'not recorded' : said(codes.SEN_PROVISION, p.sen_provision),
    },
    { term: 'In care', value: care },
    { term: 'Latest school', value: school },
    { term: 'Sex', value: said(codes.SEX, p.sex) },
    { term: 'Unaccompanied asylum-seeking child', value: p.uasc === null ? 'not recorded' : p.uasc ? 'yes' : 'no' },
  ];
}
