import type {
  AttendanceTerm,
  CarePeriod,
  CmeEpisode,
  Destination,
  EheEpisode,
  Exclusion,
  Ks4Result,
  Pep,
  PepTarget,
} from '../../../lib/measures/child-story';
import { codes } from '../../../lib/contract';
import { codeLabel, groupLabel, inSentence, yearGroupLabel } from '../../../lib/contract/labels';
import type { Code } from '../../../lib/contract/types';
import { dateWords } from './dates';

/**
 * A code as it reads inside a sentence: its label in the contract's code list ('NOT_REVIEWED' → 'not reviewed',
 * 'E' → 'EHC plan'); a code the list does not hold, as a file may carry, is shown as it is.
 */
export const said = (list: readonly Code[], code: string): string => inSentence(codeLabel(list, code));

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** 'Autumn 2023/24' */
export const termWords = (academicYear: string, term: string) => `${sentence(said(codes.TERM, term))} ${academicYear}`;

/** 'Year 8 (key stage 3)', 'Reception (early years)' */
export function yearGroupWords(ncYear: number, keyStage: string | null): string {
  const year = yearGroupLabel(String(ncYear));
  return keyStage ? `${year} (${inSentence(groupLabel('key_stage', keyStage))})` : year;
}

/** '4 Jan 2021 to 30 Jun 2023', 'from 30 Jun 2023' */
export const spanWords = (start: string, end: string | null) =>
  end ? `${dateWords(start)} to ${dateWords(end)}` : `from ${dateWords(start)}`;

/** 'full care order (C2)'; a code the contract does not hold named by what it is: 'placement Z99' */
function codeWords(what: string, list: readonly Code[], code: string | null, missing: string): string {
  if (code === null) return missing;
  const label = codeLabel(list, code, () => '');
  return label ? `${inSentence(label)} (${code})` : `${what} ${code}`;
}

export function careWords(c: CarePeriod): string {
  const location =
    c.placement_location && c.placement_location !== 'UNKNOWN'
      ? said(codes.PLACEMENT_LOCATION, c.placement_location)
      : 'location not known';
  return (
    [
      codeWords('legal status', codes.LEGAL_STATUS, c.legal_status, 'legal status not recorded'),
      codeWords('placement', codes.PLACEMENT_TYPE, c.placement_type, 'placement type not recorded'),
      location,
    ].join('; ') + (c.end_date ? '' : '; still open')
  );
}

/** 'Oakfield Primary School (SCH0014)' where the schools lookup names the school, else its reference */
export const schoolName = (ref: string, name: string | null) => (name ? `${name} (${ref})` : ref);

export const inLaWords = (inLa: boolean | null) =>
  inLa === null ? 'in or out of the authority not recorded' : inLa ? 'in the authority' : 'outside the authority';

export function pepWords(p: Pep): string {
  const done = p.completed_date
    ? `completed ${dateWords(p.completed_date)}${p.due_date ? `, due ${dateWords(p.due_date)}${p.completed_date > p.due_date ? ' (late)' : ''}` : ''}`
    : `not completed${p.due_date ? ` (due ${dateWords(p.due_date)})` : ''}`;
  return [
    `${p.pep_type === 'INITIAL' ? 'Initial PEP' : 'PEP review'}, ${termWords(p.academic_year, p.term).toLowerCase()}: ${done}`,
    p.qa_rating ? `rated ${said(codes.QA_RATING, p.qa_rating)}` : 'not rated',
    ...(p.child_voice === null ? [] : [p.child_voice ? "child's views recorded" : "child's views not recorded"]),
    plural(p.targets.length, 'target'),
    ...(p.pp_plus_gbp === null ? [] : [`PP+ £${p.pp_plus_gbp.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`]),
  ].join('; ');
}

const SMART = [
  ['specific', 'specific'],
  ['measurable', 'measurable'],
  ['achievable', 'achievable'],
  ['relevant', 'relevant'],
  ['time_bound', 'time-bound'],
] as const;

/** 'SMART: all five', 'SMART: 3 of 5 (not measurable, not time-bound)', 'SMART not judged' */
export function smartWords(t: PepTarget): string {
  const known = SMART.filter(([k]) => t[k] !== null);
  if (known.length === 0) return 'SMART not judged';
  const met = known.filter(([k]) => t[k]).length;
  if (met === 5) return 'SMART: all five';
  const missing = known.filter(([k]) => !t[k]).map(([, w]) => `not ${w}`);
  const unjudged = SMART.filter(([k]) => t[k] === null).map(([, w]) => `${w} not judged`);
  return `SMART: ${met} of 5 (${[...missing, ...unjudged].join(', ')})`;
}

export const targetHeading = (t: PepTarget) =>
  `${t.area ? sentence(said(codes.TARGET_AREA, t.area)) : 'Area not recorded'}: ${t.outcome ? said(codes.TARGET_OUTCOME, t.outcome) : 'no outcome recorded'}`;

export function attendanceWords(a: AttendanceTerm): string {
  const absent = a.sessions_authorised + a.sessions_unauthorised;
  if (a.sessions_possible === 0) return 'no sessions possible';
  const attended = (100 * (a.sessions_possible - absent)) / a.sessions_possible;
  return (
    `attended ${attended.toFixed(1)}% (${(a.sessions_possible - absent).toLocaleString('en-GB')} of ${plural(a.sessions_possible, 'session')}); ` +
    `absent ${a.sessions_authorised.toLocaleString('en-GB')} authorised, ${a.sessions_unauthorised.toLocaleString('en-GB')} unauthorised`
  );
}

/** Absent for at least a tenth of the term's sessions, the persistent absence line applied to one term. */
export const lowAttendance = (a: AttendanceTerm) =>
  a.sessions_possible > 0 && 10 * (a.sessions_authorised + a.sessions_unauthorised) >= a.sessions_possible;

export const exclusionKind = (x: Exclusion) => (x.category === 'PERMANENT' ? 'Permanent exclusion' : 'Suspension');

export function exclusionWords(x: Exclusion): string {
  const reasons = [x.reason, x.reason2, x.reason3]
    .filter((r): r is string => r !== null)
    .map((r) => said(codes.EXCLUSION_REASON, r));
  return [
    x.sessions === null ? 'sessions not recorded' : plural(x.sessions, 'session'),
    reasons.length ? `reason ${reasons.join('; also ')}` : 'reason not recorded',
    ...(x.school_ref ? [`school ${schoolName(x.school_ref, x.school_name)}`] : []),
  ].join('; ');
}

const grade = (g: string | null) => (g === null ? 'not recorded' : said(codes.GRADE, g));
const signed = (v: number) => (v < 0 ? `−${Math.abs(v).toFixed(2)}` : v.toFixed(2));

export function ks4Words(r: Ks4Result): string {
  return [
    `Attainment 8 ${r.att8 === null ? 'not recorded' : r.att8.toFixed(1)}`,
    `Progress 8 ${r.p8 === null ? 'not published' : signed(r.p8)}`,
    `English ${grade(r.english_grade)}, maths ${grade(r.maths_grade)}`,
    r.qualifications === null ? 'qualifications not recorded' : plural(r.qualifications, 'qualification'),
  ].join('; ');
}

const status = (s: string | null) => (s && s !== 'NONE' ? said(codes.SOCIAL_CARE_STATUS, s) : 'no social care status');

export function cmeWords(e: CmeEpisode): string {
  return [
    e.end_date
      ? e.end_reason
        ? said(codes.CME_END_REASON, e.end_reason)
        : 'ended, reason not recorded'
      : 'still missing education',
    status(e.social_care_status),
  ].join('; ');
}

export function eheWords(e: EheEpisode): string {
  return [
    `reason: ${e.primary_reason ? said(codes.EHE_REASON, e.primary_reason) : 'not recorded'}`,
    status(e.social_care_status),
    ...(e.nc_year === null ? [] : [`expected ${yearGroupLabel(String(e.nc_year))}`]),
    e.first_contact_date ? `first contact ${dateWords(e.first_contact_date)}` : 'no first contact recorded',
    e.end_date
      ? e.end_reason
        ? said(codes.EHE_END_REASON, e.end_reason)
        : 'ended, reason not recorded'
      : 'still home educated',
  ].join('; ');
}

export function destinationWords(d: Destination): string {
  const touch = d.in_touch === null ? 'in touch not recorded' : said(codes.IN_TOUCH, d.in_touch);
  return `aged ${d.age}: ${said(codes.ACTIVITY, d.activity)}; ${touch}`;
}
