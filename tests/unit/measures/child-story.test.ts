import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { loadChildStory, type ChildStory } from '../../../src/lib/measures/child-story';
import { csv, dbWith, HEADERS } from './harness';

/**
 * A child's page on a hand-made fixture of two children. Rows are written out of order in the files:
 * the story gives them in date order. Roll years: 2022/23 and 2023/24 (attendance, PEPs, enrolments,
 * exclusions, KS4), so "now" is 2023/24.
 */

// nc_year in 2023/24 = 2023 − birth year − (1 if birth month ≥ 9) − 4: C1 2011-01 → 8 (KS3); C2 2008-05 → 11 (KS4)
const PUPILS = csv(HEADERS.pupils, 'C1,F,2011-01,WBRI,K,0', 'C2,M,2008-05,BAFR,E,1');

const CARE = csv(
  HEADERS.care_periods,
  // C1: two rows that touch: one continuous period from 2021-01-04, still open
  'C1,2023-06-30,,C1,U4,OUT_LA_GT20MI',
  'C1,2021-01-04,2023-06-30,C2,U1,IN_LA',
  // C2: left care on 2022-08-31, came back on 2023-01-09 and left again on 2024-04-30: the latest period is the second
  'C2,2023-01-09,2024-04-30,V2,K2,UNKNOWN',
  'C2,2019-05-01,2022-08-31,C2,U3,IN_LA',
);

const ENROLMENTS = csv(
  HEADERS.school_enrolments,
  // C1 moved school in 2023/24: SCH_B (entered 2024-01-08, outside the authority) is the latest
  'C1,2023/24,SCH_B,SECONDARY,0,2024-01-08',
  'C1,2023/24,SCH_A,SECONDARY,1,2022-09-05',
  'C1,2022/23,SCH_A,SECONDARY,1,2022-09-05',
  'C2,2023/24,SCH_C,SPECIAL,1,',
);

const PEPS = csv(
  HEADERS.pep_reviews,
  'P2,C1,2023/24,SPRING,REVIEW,2024-02-09,,,,',
  'P3,C1,2023/24,AUTUMN,REVIEW,2023-10-13,2023-10-20,AMBER,0,',
  'P1,C1,2022/23,AUTUMN,REVIEW,2022-10-14,2022-10-10,GREEN,1,500',
  'P4,C2,2023/24,AUTUMN,INITIAL,2023-09-30,2023-09-28,GOLD,1,1250.50',
);

const TARGETS = csv(
  HEADERS.pep_targets,
  'T2,P1,MATHS,1,0,1,1,0,PARTIAL,',
  'T1,P1,ENGLISH,1,1,1,1,1,ACHIEVED,"Read a book a week with <b>her</b> carer, & talk about it"',
  'T3,P3,ATTENDANCE,,,,,,NOT_REVIEWED,Attend every day',
  'T4,P4,POST16,1,1,1,1,1,,Visit two colleges',
);

const ATTENDANCE = csv(
  HEADERS.attendance,
  'C1,2023/24,SPRING,120,8,4',
  'C1,2023/24,AUTUMN,150,10,5',
  // a second row of C1's autumn 2023/24 (an export may split a term): added to the first, 160 possible, 11 and 5 absent
  'C1,2023/24,AUTUMN,10,1,0',
  'C1,2022/23,SUMMER,110,2,0',
  'C2,2023/24,AUTUMN,140,3,4',
);

const EXCLUSIONS = csv(
  'exclusion_id,child_id,start_date,category,sessions,reason,reason2,school_ref',
  'E2,C1,2024-03-05,SUSPENSION,2,VA,,SCH_B',
  'E1,C1,2023-11-20,SUSPENSION,1,DB,VP,SCH_A',
  'E3,C2,2023-12-01,PERMANENT,,PA,,SCH_C',
);

const KS4 = csv(HEADERS.ks4_results, 'C2,2023/24,38.5,-0.42,4,3,7');

const CME = csv(
  HEADERS.cme_episodes,
  // C1 was in care on 2021-05-03: counted as CLA whatever the register says
  'R1,C1,2021-05-03,2021-06-14,RETURNED_TO_SCHOOL,NONE',
  // Z9 is on the register only, not a pupil
  'R2,Z9,2023-01-01,,,NONE',
);

const EHE = csv(
  HEADERS.ehe_episodes,
  // C2 was not in care on 2022-09-01 (the first period ceased on 2022-08-31): its CIN stands
  'H1,C2,2022-09-01,2022-12-16,PHILOSOPHICAL,CIN,10,2022-09-08,RETURNED_TO_SCHOOL,O1',
);

const DESTINATIONS = csv(HEADERS.destinations, 'C2,2025,16,OTHER_EDUCATION,YES');

const EMPTY_LISTS = {
  care: [],
  schools: [],
  peps: [],
  attendance: [],
  exclusions: [],
  ks4: [],
  cme: [],
  ehe: [],
  destinations: [],
};

const FILES = {
  'pupils.csv': PUPILS,
  'care_periods.csv': CARE,
  'school_enrolments.csv': ENROLMENTS,
  'pep_reviews.csv': PEPS,
  'pep_targets.csv': TARGETS,
  'attendance.csv': ATTENDANCE,
  'exclusions.csv': EXCLUSIONS,
  'ks4_results.csv': KS4,
  'cme_episodes.csv': CME,
  'ehe_episodes.csv': EHE,
  'destinations.csv': DESTINATIONS,
};

describe('loadChildStory(db, childId) on two hand-made children', () => {
  let db: Db;
  beforeAll(async () => {
    // no schools.csv: every school_name is null
    db = await dbWith(FILES);
  }, 30_000);

  it('gives every part of C1 in date order, targets with their PEP, text as loaded and counts as numbers', async () => {
    const expected: ChildStory = {
      pupil: {
        child_id: 'C1',
        sex: 'F',
        ethnicity: 'WBRI',
        sen_provision: 'K',
        uasc: false,
        period: '2023/24',
        nc_year: 8,
        key_stage: 'KS3',
        on_roll: true,
        care_since: '2021-01-04',
        care_ended: null,
        school_ref: 'SCH_B',
        school_name: null,
        school_year: '2023/24',
        school_in_la: false,
      },
      care: [
        {
          start_date: '2021-01-04',
          end_date: '2023-06-30',
          legal_status: 'C2',
          placement_type: 'U1',
          placement_location: 'IN_LA',
        },
        {
          start_date: '2023-06-30',
          end_date: null,
          legal_status: 'C1',
          placement_type: 'U4',
          placement_location: 'OUT_LA_GT20MI',
        },
      ],
      schools: [
        {
          academic_year: '2022/23',
          school_ref: 'SCH_A',
          school_name: null,
          school_phase: 'SECONDARY',
          school_in_la: true,
          entry_date: '2022-09-05',
        },
        {
          academic_year: '2023/24',
          school_ref: 'SCH_A',
          school_name: null,
          school_phase: 'SECONDARY',
          school_in_la: true,
          entry_date: '2022-09-05',
        },
        {
          academic_year: '2023/24',
          school_ref: 'SCH_B',
          school_name: null,
          school_phase: 'SECONDARY',
          school_in_la: false,
          entry_date: '2024-01-08',
        },
      ],
      peps: [
        {
          pep_id: 'P1',
          academic_year: '2022/23',
          term: 'AUTUMN',
          pep_type: 'REVIEW',
          due_date: '2022-10-14',
          completed_date: '2022-10-10',
          qa_rating: 'GREEN',
          child_voice: true,
          pp_plus_gbp: 500,
          targets: [
            {
              target_id: 'T1',
              area: 'ENGLISH',
              specific: true,
              measurable: true,
              achievable: true,
              relevant: true,
              time_bound: true,
              outcome: 'ACHIEVED',
              target_text: 'Read a book a week with <b>her</b> carer, & talk about it',
            },
            {
              target_id: 'T2',
              area: 'MATHS',
              specific: true,
              measurable: false,
              achievable: true,
              relevant: true,
              time_bound: false,
              outcome: 'PARTIAL',
              target_text: null,
            },
          ],
        },
        {
          pep_id: 'P3',
          academic_year: '2023/24',
          term: 'AUTUMN',
          pep_type: 'REVIEW',
          due_date: '2023-10-13',
          completed_date: '2023-10-20',
          qa_rating: 'AMBER',
          child_voice: false,
          pp_plus_gbp: null,
          targets: [
            {
              target_id: 'T3',
              area: 'ATTENDANCE',
              specific: null,
              measurable: null,
              achievable: null,
              relevant: null,
              time_bound: null,
              outcome: 'NOT_REVIEWED',
              target_text: 'Attend every day',
            },
          ],
        },
        // empty pep_type is REVIEW (the contract); not completed, not rated
        {
          pep_id: 'P2',
          academic_year: '2023/24',
          term: 'SPRING',
          pep_type: 'REVIEW',
          due_date: '2024-02-09',
          completed_date: null,
          qa_rating: null,
          child_voice: null,
          pp_plus_gbp: null,
          targets: [],
        },
      ],
      attendance: [
        {
          academic_year: '2022/23',
          term: 'SUMMER',
          sessions_possible: 110,
          sessions_authorised: 2,
          sessions_unauthorised: 0,
        },
        {
          academic_year: '2023/24',
          term: 'AUTUMN',
          sessions_possible: 160,
          sessions_authorised: 11,
          sessions_unauthorised: 5,
        },
        {
          academic_year: '2023/24',
          term: 'SPRING',
          sessions_possible: 120,
          sessions_authorised: 8,
          sessions_unauthorised: 4,
        },
      ],
      exclusions: [
        {
          exclusion_id: 'E1',
          start_date: '2023-11-20',
          category: 'SUSPENSION',
          sessions: 1,
          reason: 'DB',
          reason2: 'VP',
          reason3: null,
          school_ref: 'SCH_A',
          school_name: null,
        },
        {
          exclusion_id: 'E2',
          start_date: '2024-03-05',
          category: 'SUSPENSION',
          sessions: 2,
          reason: 'VA',
          reason2: null,
          reason3: null,
          school_ref: 'SCH_B',
          school_name: null,
        },
      ],
      ks4: [],
      cme: [
        {
          record_id: 'R1',
          start_date: '2021-05-03',
          end_date: '2021-06-14',
          end_reason: 'RETURNED_TO_SCHOOL',
          social_care_status: 'CLA',
        },
      ],
      ehe: [],
      destinations: [],
    };
    expect(await loadChildStory(db, 'C1')).toEqual(expected);
  });

  it('gives C2 its latest period of care, KS4 results, home education and destination, and none of C1', async () => {
    const story = await loadChildStory(db, 'C2');
    expect(story?.pupil).toEqual({
      child_id: 'C2',
      sex: 'M',
      ethnicity: 'BAFR',
      sen_provision: 'E',
      uasc: true,
      period: '2023/24',
      nc_year: 11,
      key_stage: 'KS4',
      on_roll: true,
      care_since: '2023-01-09',
      care_ended: '2024-04-30',
      school_ref: 'SCH_C',
      school_name: null,
      school_year: '2023/24',
      school_in_la: true,
    });
    expect(story?.care.map((c) => c.start_date)).toEqual(['2019-05-01', '2023-01-09']);
    expect(story?.peps.map((p) => [p.pep_id, p.pep_type, p.pp_plus_gbp, p.targets.map((t) => t.target_text)])).toEqual([
      ['P4', 'INITIAL', 1250.5, ['Visit two colleges']],
    ]);
    expect(story?.exclusions).toEqual([
      {
        exclusion_id: 'E3',
        start_date: '2023-12-01',
        category: 'PERMANENT',
        sessions: null,
        reason: 'PA',
        reason2: null,
        reason3: null,
        school_ref: 'SCH_C',
        school_name: null,
      },
    ]);
    expect(story?.ks4).toEqual([
      { academic_year: '2023/24', att8: 38.5, p8: -0.42, english_grade: '4', maths_grade: '3', qualifications: 7 },
    ]);
    expect(story?.ehe).toEqual([
      {
        record_id: 'H1',
        start_date: '2022-09-01',
        end_date: '2022-12-16',
        primary_reason: 'PHILOSOPHICAL',
        social_care_status: 'CIN',
        nc_year: 10,
        first_contact_date: '2022-09-08',
        end_reason: 'RETURNED_TO_SCHOOL',
      },
    ]);
    expect(story?.destinations).toEqual([
      { reporting_year: 2025, age: 16, activity: 'OTHER_EDUCATION', in_touch: 'YES' },
    ]);
    expect(story?.cme).toEqual([]);
    expect(story?.attendance).toEqual([
      {
        academic_year: '2023/24',
        term: 'AUTUMN',
        sessions_possible: 140,
        sessions_authorised: 3,
        sessions_unauthorised: 4,
      },
    ]);
  });

  it('returns null for an id that is not in pupils, even one the CME register holds', async () => {
    expect(await loadChildStory(db, 'Z9')).toBeNull();
    expect(await loadChildStory(db, 'NOPE')).toBeNull();
    // bound, never spliced: a quote in the id is only an unknown id
    expect(await loadChildStory(db, "C1' OR '1'='1")).toBeNull();
  });
});

describe('loadChildStory(db, childId) with the schools lookup', () => {
  // The lookup names SCH_B only (C1's latest school), and SCH_Z, a school no enrolment names
  const SCHOOLS = csv(
    'school_ref,school_name,phase,school_in_la',
    'SCH_B,Riverside Academy,SECONDARY,0',
    'SCH_Z,Oakfield Primary School,PRIMARY,1',
  );
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({ ...FILES, 'schools.csv': SCHOOLS });
  }, 30_000);

  it('names the school where the lookup names it, in the facts and the enrolments, and nowhere else', async () => {
    const c1 = await loadChildStory(db, 'C1');
    expect(c1 && [c1.pupil.school_ref, c1.pupil.school_name]).toEqual(['SCH_B', 'Riverside Academy']);
    // the same three enrolments, in the same order: only SCH_B's is named
    expect(c1?.schools.map((e) => [e.academic_year, e.school_ref, e.school_name])).toEqual([
      ['2022/23', 'SCH_A', null],
      ['2023/24', 'SCH_A', null],
      ['2023/24', 'SCH_B', 'Riverside Academy'],
    ]);
    // C1's suspension at SCH_B is named too, the one at SCH_A not
    expect(c1?.exclusions.map((x) => [x.school_ref, x.school_name])).toEqual([
      ['SCH_A', null],
      ['SCH_B', 'Riverside Academy'],
    ]);
    // C2's SCH_C is not in the lookup
    const c2 = await loadChildStory(db, 'C2');
    expect(c2 && [c2.pupil.school_ref, c2.pupil.school_name, c2.schools.map((e) => e.school_name)]).toEqual([
      'SCH_C',
      null,
      [null],
    ]);
  });
});

describe('loadChildStory(db, childId) with only the two required files', () => {
  it('gives the facts it can and empty lists for the tables not loaded', async () => {
    const db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, 'C1,F,2011-01,,,'),
      'care_periods.csv': csv(HEADERS.care_periods, 'C1,2021-01-04,,,,'),
    });
    // no roll year without attendance, PEPs, KS4, exclusions or enrolments: no year group "now"
    expect(await loadChildStory(db, 'C1')).toEqual({
      pupil: {
        child_id: 'C1',
        sex: 'F',
        ethnicity: null,
        sen_provision: null,
        uasc: null,
        period: null,
        nc_year: null,
        key_stage: null,
        on_roll: null,
        care_since: '2021-01-04',
        care_ended: null,
        school_ref: null,
        school_name: null,
        school_year: null,
        school_in_la: null,
      },
      ...EMPTY_LISTS,
      care: [
        {
          start_date: '2021-01-04',
          end_date: null,
          legal_status: null,
          placement_type: null,
          placement_location: null,
        },
      ],
    });
  }, 30_000);
});
