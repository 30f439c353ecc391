import type { Db } from '../db/types';
import {
  ATTENDANCE_SQL,
  CARE_SQL,
  CME_SQL,
  DESTINATIONS_SQL,
  EHE_SQL,
  ENROLMENTS_SQL,
  EXCLUSIONS_SQL,
  KS4_SQL,
  PEPS_SQL,
  PUPIL_SQL,
  TARGETS_SQL,
} from './child-story-sql';

/** Codes as loaded (upper case, see the contract); dates as 'YYYY-MM-DD'; null where the data lacks it. */
export interface ChildFacts {
  child_id: string;
  sex: string;
  ethnicity: string | null;
  sen_provision: string | null;
  uasc: boolean | null;
  /** the latest academic year of the roll ('2023/24'), and the child's year group and key stage in it */
  period: string | null;
  nc_year: number | null;
  key_stage: string | null;
  /** in Roll of that year */
  on_roll: boolean | null;
  /** start of the latest continuous period of care, and its end (null while it is open) */
  care_since: string | null;
  care_ended: string | null;
  /** the latest enrolment: its school, academic year and whether the school is in the authority */
  school_ref: string | null;
  /** that school's name in the optional `schools` lookup: null without the lookup, or when it does not name it. Local, never published */
  school_name: string | null;
  school_year: string | null;
  school_in_la: boolean | null;
}

export interface CarePeriod {
  start_date: string;
  end_date: string | null;
  legal_status: string | null;
  placement_type: string | null;
  placement_location: string | null;
}

export interface Enrolment {
  academic_year: string;
  school_ref: string;
  /** the school's name in the optional `schools` lookup, as ChildFacts.school_name */
  school_name: string | null;
  school_phase: string | null;
  school_in_la: boolean | null;
  entry_date: string | null;
}

export interface PepTarget {
  target_id: string;
  area: string | null;
  specific: boolean | null;
  measurable: boolean | null;
  achievable: boolean | null;
  relevant: boolean | null;
  time_bound: boolean | null;
  outcome: string | null;
  /** free text as loaded (the door has replaced any UPN or postcode with [removed]): plain text, never markup */
  target_text: string | null;
}

export interface Pep {
  pep_id: string;
  academic_year: string;
  term: string;
  pep_type: string | null;
  due_date: string | null;
  completed_date: string | null;
  qa_rating: string | null;
  child_voice: boolean | null;
  pp_plus_gbp: number | null;
  targets: PepTarget[];
}

export interface AttendanceTerm {
  academic_year: string;
  term: string;
  sessions_possible: number;
  sessions_authorised: number;
  sessions_unauthorised: number;
}

export interface Exclusion {
  exclusion_id: string;
  start_date: string;
  /** SUSPENSION or PERMANENT */
  category: string;
  sessions: number | null;
  reason: string | null;
  reason2: string | null;
  reason3: string | null;
  school_ref: string | null;
  /** from the optional schools lookup */
  school_name: string | null;
}

export interface Ks4Result {
  academic_year: string;
  att8: number | null;
  p8: number | null;
  english_grade: string | null;
  maths_grade: string | null;
  qualifications: number | null;
}

export interface CmeEpisode {
  record_id: string;
  start_date: string;
  end_date: string | null;
  end_reason: string | null;
  /** CLA whenever the child was in care on the start date, as the measures count it */
  social_care_status: string | null;
}

export interface EheEpisode extends CmeEpisode {
  primary_reason: string | null;
  nc_year: number | null;
  first_contact_date: string | null;
}

export interface Destination {
  /** the year ending 31 March of it */
  reporting_year: number;
  age: number;
  activity: string;
  in_touch: string | null;
}

/** Everything the loaded data holds about one child, each list in date order. */
export interface ChildStory {
  pupil: ChildFacts;
  care: CarePeriod[];
  schools: Enrolment[];
  peps: Pep[];
  attendance: AttendanceTerm[];
  exclusions: Exclusion[];
  ks4: Ks4Result[];
  cme: CmeEpisode[];
  ehe: EheEpisode[];
  destinations: Destination[];
}

/** The story of the child with this id, or null when pupils.csv has no such child. Needs the model built. */
export async function loadChildStory(db: Db, childId: string): Promise<ChildStory | null> {
  const ask = <T>(sql: string) => db.query<T>(sql, [childId]);
  const [pupil] = await ask<ChildFacts>(PUPIL_SQL);
  if (!pupil) return null;
  const [care, schools, peps, targets, attendance, exclusions, ks4, cme, ehe, destinations] = await Promise.all([
    ask<CarePeriod>(CARE_SQL),
    ask<Enrolment>(ENROLMENTS_SQL),
    ask<Omit<Pep, 'targets'>>(PEPS_SQL),
    ask<PepTarget & { pep_id: string }>(TARGETS_SQL),
    ask<AttendanceTerm>(ATTENDANCE_SQL),
    ask<Exclusion>(EXCLUSIONS_SQL),
    ask<Ks4Result>(KS4_SQL),
    ask<CmeEpisode>(CME_SQL),
    ask<EheEpisode>(EHE_SQL),
    ask<Destination>(DESTINATIONS_SQL),
  ]);
  const byPep = new Map<string, PepTarget[]>();
  for (const { pep_id, ...t } of targets) byPep.set(pep_id, [...(byPep.get(pep_id) ?? []), t]);
  return {
    pupil,
    care,
    schools,
    attendance,
    exclusions,
    ks4,
    cme,
    ehe,
    destinations,
    peps: peps.map((p) => ({ ...p, targets: byPep.get(p.pep_id) ?? [] })),
  };
}
