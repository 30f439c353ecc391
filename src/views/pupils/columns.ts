import { codeLabel, codes, dimensionLabel, groupLabel, orderGroups } from '../../lib/contract';
import type { PupilRow } from '../../lib/measures/pupil-rows';
import type { Column } from '../../lib/table/types';

export type PupilColumn = Column<PupilRow> & {
  /** shown until the person chooses otherwise */
  initially: boolean;
};

const yesNo = (v: string | number | boolean) => (v ? 'yes' : 'no');
const label = (dimension: string) => (v: string | number | boolean) => groupLabel(dimension, String(v));
/** a grade as a number, or in words: "Ungraded", "Not entered" */
const grade = (v: string | number | boolean) => codeLabel(codes.GRADE, String(v));
const date = (v: string | number | boolean) =>
  new Date(`${v}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
const one = (v: string | number | boolean) => Number(v).toFixed(1);
const share = (v: string | number | boolean) => `${Math.round(100 * Number(v))}%`;
/** In the contract's order: in the authority, then nearer before further. */
const PLACEMENTS = codes.PLACEMENT_LOCATION.map((c) => c.code);
/** No SEN, then SEN support, then an EHC plan. */
const SEN_RANK = orderGroups(
  'sen_provision',
  codes.SEN_PROVISION.map((c) => c.code),
);
/** A grade as the measures read it: U (ungraded) and X (absent, no grade) below 1. */
const gradeRank = (g: string | null) => (g === null ? null : g === 'X' ? -1 : g === 'U' ? 0 : Number(g));
/** Worst first, so that sorting up shows the PEPs to act on. */
const RATING_RANK = ['RED', 'AMBER', 'GREEN', 'GOLD'];
const NUM = { align: 'right' as const, width: '7.5rem' };
const FLAG = { flag: true, width: '10rem' };

/** The flags of a pupil row in words, in the order the Needs attention column lists them. */
const FLAGS: readonly { flag: keyof PupilRow['flags']; words: (r: PupilRow) => string }[] = [
  { flag: 'persistent_absence', words: () => 'persistent absence' },
  { flag: 'suspensions_2plus', words: (r) => `${r.suspensions} suspensions` },
  { flag: 'pep_overdue_or_red', words: (r) => (r.pep_overdue ? 'PEP overdue' : 'PEP rated red') },
  { flag: 'no_smart_target', words: () => 'no SMART target' },
  { flag: 'cme_open', words: () => 'missing education' },
];

/** "persistent absence; PEP overdue", or '' when no flag is raised. */
export function attention(r: PupilRow): string {
  const words = FLAGS.filter((f) => r.flags[f.flag])
    .map((f) => f.words(r))
    .join('; ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The child's school as the School column shows it and the search reads it: "Oakfield Primary School (SCH0014)"
 * when the optional schools lookup names it, else its reference.
 */
export function schoolText(r: PupilRow): string | null {
  if (r.school_ref === null) return null;
  return r.school_name ? `${r.school_name} (${r.school_ref})` : r.school_ref;
}

/** The Pupils view's columns, in order: the first (the child) heads each row. Every figure is a pupil row's (pupil-rows.ts). */
export const PUPIL_COLUMNS: readonly PupilColumn[] = [
  {
    key: 'child_id',
    label: 'Child',
    value: (r) => r.child_id,
    width: '6.5rem',
    href: (r) => `#/pupils/${encodeURIComponent(r.child_id)}`,
    initially: true,
  },
  {
    key: 'nc_year',
    label: dimensionLabel('nc_year'),
    value: (r) => r.nc_year,
    format: label('nc_year'),
    width: '6rem',
    initially: true,
  },
  {
    key: 'key_stage',
    label: dimensionLabel('key_stage'),
    value: (r) => r.key_stage,
    format: label('key_stage'),
    width: '6rem',
    initially: false,
  },
  {
    key: 'sen_provision',
    label: 'SEN',
    value: (r) => r.sen_provision,
    format: label('sen_provision'),
    sortBy: (r) => (r.sen_provision ? SEN_RANK.indexOf(r.sen_provision) : null),
    width: '7.5rem',
    initially: true,
  },
  { key: 'school_ref', label: 'School', value: schoolText, width: '12.5rem', initially: true },
  {
    key: 'school_in_la',
    label: 'School in the authority',
    value: (r) => r.school_in_la,
    format: yesNo,
    width: '6rem',
    initially: false,
  },
  {
    key: 'placement_location',
    label: 'Placement',
    value: (r) => r.placement_location,
    format: label('placement_location'),
    width: '11rem',
    initially: false,
    sortBy: (r) => (r.placement_location ? PLACEMENTS.indexOf(r.placement_location) : null),
  },
  { key: 'months_in_care', label: 'Months in care', value: (r) => r.months_in_care, ...NUM, initially: false },
  { key: 'placement_moves', label: 'Placement moves', value: (r) => r.placement_moves, ...NUM, initially: false },
  { key: 'school_moves', label: 'School moves', value: (r) => r.school_moves, ...NUM, initially: false },
  {
    key: 'attendance_pct',
    label: 'Attendance %',
    value: (r) => r.attendance_pct,
    format: one,
    ...NUM,
    initially: true,
  },
  {
    key: 'persistent_absence',
    label: 'Persistent absence',
    value: (r) => r.flags.persistent_absence,
    ...FLAG,
    initially: false,
  },
  { key: 'suspensions', label: 'Suspensions', value: (r) => r.suspensions, ...NUM, initially: true },
  {
    key: 'suspensions_2plus',
    label: '2+ suspensions',
    value: (r) => r.flags.suspensions_2plus,
    ...FLAG,
    initially: false,
  },
  { key: 'sessions_lost', label: 'Sessions lost', value: (r) => r.sessions_lost, ...NUM, initially: false },
  {
    key: 'permanent_exclusion',
    label: 'Permanently excluded',
    value: (r) => r.permanent_exclusion,
    format: yesNo,
    width: '6rem',
    initially: false,
  },
  {
    key: 'pep_term',
    label: 'Latest PEP',
    value: (r) => r.pep_term,
    format: label('term'),
    width: '6rem',
    initially: false,
  },
  {
    key: 'pep_rating',
    label: 'PEP rating',
    value: (r) => r.pep_rating,
    format: label('qa_rating'),
    sortBy: (r) => (r.pep_rating ? RATING_RANK.indexOf(r.pep_rating) : null),
    width: '6rem',
    initially: false,
  },
  {
    key: 'pep_on_time',
    label: 'PEP on time',
    value: (r) => r.pep_on_time,
    format: yesNo,
    width: '5.5rem',
    initially: false,
  },
  {
    key: 'next_pep_due',
    label: 'Next PEP due',
    value: (r) => r.next_pep_due,
    format: date,
    width: '8.5rem',
    initially: true,
  },
  {
    key: 'pep_overdue_or_red',
    label: 'PEP overdue or red',
    width: '10rem',
    flag: true,
    initially: false,
    value: (r) => (r.pep_overdue ? 'PEP overdue' : r.flags.pep_overdue_or_red ? 'PEP rated red' : null),
  },
  {
    key: 'smart_share',
    label: 'Targets fully SMART',
    value: (r) => r.smart_share,
    format: share,
    ...NUM,
    initially: false,
  },
  {
    key: 'no_smart_target',
    label: 'No SMART target',
    value: (r) => r.flags.no_smart_target,
    ...FLAG,
    initially: false,
  },
  { key: 'att8', label: 'Attainment 8', value: (r) => r.att8, format: one, ...NUM, initially: false },
  {
    key: 'english_grade',
    label: 'English',
    value: (r) => r.english_grade,
    format: grade,
    sortBy: (r) => gradeRank(r.english_grade),
    width: '6.5rem',
    initially: false,
  },
  {
    key: 'maths_grade',
    label: 'Maths',
    value: (r) => r.maths_grade,
    format: grade,
    sortBy: (r) => gradeRank(r.maths_grade),
    width: '6.5rem',
    initially: false,
  },
  {
    key: 'cme_open',
    label: 'Missing education (CME)',
    value: (r) => r.flags.cme_open,
    format: () => 'CME open',
    ...FLAG,
    initially: false,
  },
  {
    key: 'needs_attention',
    label: 'Needs attention',
    width: '22.5rem',
    flag: true,
    initially: true,
    value: (r) => attention(r) || null,
    sortBy: (r) => FLAGS.reduce((n, f) => n + (r.flags[f.flag] ? 1 : 0), 0),
  },
  {
    key: 'ehe_open',
    label: 'Home educated (EHE)',
    value: (r) => r.ehe_open,
    format: yesNo,
    width: '7rem',
    initially: false,
  },
];

/** The columns searched by the search box: the child, and the school by name or reference. */
export const SEARCHED = PUPIL_COLUMNS.filter((c) => c.key === 'child_id' || c.key === 'school_ref');
