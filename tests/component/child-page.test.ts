import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { codes } from '../../src/lib/contract';
import type { Db } from '../../src/lib/db/types';
import type { ChildStory } from '../../src/lib/measures/child-story';
import { codeLabel } from '../../src/lib/contract/labels';
import ChildPage from '../../src/views/pupils/child/ChildPage.svelte';
import ChildStoryView from '../../src/views/pupils/child/ChildStoryView.svelte';
import { easter, termSpan } from '../../src/views/pupils/child/dates';
import { summaryOf } from '../../src/views/pupils/child/summary';
import { timelineOf } from '../../src/views/pupils/child/timeline';
import { altOf } from '../../src/views/pupils/child/timeline-alt';
import { careWords, exclusionWords, said } from '../../src/views/pupils/child/words';
import { csv, dbWith, HEADERS } from '../unit/measures/harness';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const NO_SMART = { specific: null, measurable: null, achievable: null, relevant: null, time_bound: null };

/** A child's story as loadChildStory gives it, built by hand; the schools lookup names SCH_B only. */
const STORY: ChildStory = {
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
    school_name: 'Riverside Academy',
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
      school_name: 'Riverside Academy',
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
          target_text: 'Read a book a week with <b>her</b> carer',
        },
        {
          target_id: 'T2',
          area: 'MATHS',
          specific: true,
          measurable: false,
          achievable: true,
          relevant: null,
          time_bound: false,
          outcome: 'NOT_ACHIEVED',
          target_text: null,
        },
      ],
    },
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
    // absent 11 + 5 = 16 of 160: exactly a tenth, so low; attended 144 = 90.0%
    {
      academic_year: '2023/24',
      term: 'AUTUMN',
      sessions_possible: 160,
      sessions_authorised: 11,
      sessions_unauthorised: 5,
    },
    // absent 5 + 1 = 6 of 120 = 5%; attended 114 = 95.0%
    {
      academic_year: '2023/24',
      term: 'SPRING',
      sessions_possible: 120,
      sessions_authorised: 5,
      sessions_unauthorised: 1,
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

describe('termSpan(year, term) and easter(year)', () => {
  it('runs autumn to 31 December, spring to Easter Sunday, summer from Easter Monday to 31 August', () => {
    // Easter Sunday: 31 March 2024, 20 April 2025
    expect([easter(2024), easter(2025)]).toEqual([day('2024-03-31'), day('2025-04-20')]);
    expect(termSpan('2023/24', 'AUTUMN')).toEqual([day('2023-09-01'), day('2024-01-01')]);
    expect(termSpan('2023/24', 'SPRING')).toEqual([day('2024-01-01'), day('2024-04-01')]);
    expect(termSpan('2023/24', 'SUMMER')).toEqual([day('2024-04-01'), day('2024-09-01')]);
  });
});

describe('timelineOf(story)', () => {
  const t = timelineOf(STORY);

  it('keeps the lanes that hold something, in their order, and spans whole academic years', () => {
    expect(t.lanes.map((l) => l.label)).toEqual([
      'Care',
      'School',
      'PEPs',
      'Attendance',
      'Exclusions',
      'Missing education',
    ]);
    // earliest day 4 Jan 2021 is in 2020/21; the latest, 31 Aug 2024 (SCH_B to the end of 2023/24), in 2023/24
    expect(t.domain).toEqual([day('2020-09-01'), day('2024-09-01')]);
    expect(t.ticks.map((k) => k.label)).toEqual(['Sep 2020', 'Sep 2021', 'Sep 2022', 'Sep 2023', 'Sep 2024']);
  });

  it('draws periods as bands to the day they ceased (open ones unended) and events as marks', () => {
    expect(t.bands.map((b) => [b.lane, b.from, b.to, b.variant])).toEqual([
      ['care', day('2021-01-04'), day('2023-06-30'), 'plain'],
      ['cme', day('2021-05-03'), day('2021-06-14'), 'plain'],
      // SCH_A from its entry on 5 Sep 2022, through 2023/24 (same school, touching), to SCH_B's entry
      ['school', day('2022-09-05'), day('2024-01-08'), 'plain'],
      ['care', day('2023-06-30'), null, 'plain'],
      ['attendance', day('2023-09-01'), day('2024-01-01'), 'low'],
      ['attendance', day('2024-01-01'), day('2024-04-01'), 'plain'],
      ['school', day('2024-01-08'), day('2024-09-01'), 'plain'],
    ]);
    expect(t.marks.map((m) => [m.lane, m.at, m.shape])).toEqual([
      ['pep', day('2022-10-10'), 'done'],
      ['exclusions', day('2023-11-20'), 'suspension'],
      // not completed: at its due date, hollow
      ['pep', day('2024-02-09'), 'not-done'],
    ]);
  });

  it('lists every band and mark in words, in date order, for the table twin', () => {
    expect(t.events).toEqual([
      {
        when: '4 Jan 2021 to 30 Jun 2023',
        kind: 'Care',
        what: 'full care order (C2); foster placement with relative or friend, long-term fostering (U1); in the authority',
      },
      { when: '3 May 2021 to 14 Jun 2021', kind: 'Missing education', what: 'returned to school; child looked after' },
      { when: '2022/23 to 2023/24', kind: 'School', what: 'SCH_A: secondary, in the authority; joined 5 Sep 2022' },
      {
        when: '10 Oct 2022',
        kind: 'PEP',
        what: "PEP review, autumn 2022/23: completed 10 Oct 2022, due 14 Oct 2022; rated green; child's views recorded; 2 targets; PP+ £500",
      },
      {
        when: 'from 30 Jun 2023',
        kind: 'Care',
        what: 'interim care order (C1); foster placement with other foster carer, long-term fostering (U4); out of the authority, over 20 miles; still open',
      },
      {
        when: 'Autumn 2023/24',
        kind: 'Attendance',
        what: 'attended 90.0% (144 of 160 sessions); absent 11 authorised, 5 unauthorised',
      },
      {
        when: '20 Nov 2023',
        kind: 'Suspension',
        what: '1 session; reason persistent or general disruptive behaviour; also verbal abuse or threatening behaviour against a pupil; school SCH_A',
      },
      {
        when: 'Spring 2023/24',
        kind: 'Attendance',
        what: 'attended 95.0% (114 of 120 sessions); absent 5 authorised, 1 unauthorised',
      },
      {
        when: '2023/24',
        kind: 'School',
        what: 'Riverside Academy (SCH_B): secondary, outside the authority; joined 8 Jan 2024',
      },
      {
        when: '9 Feb 2024',
        kind: 'PEP',
        what: 'PEP review, spring 2023/24: not completed (due 9 Feb 2024); not rated; 0 targets',
      },
    ]);
  });

  it('says in its alt text what it spans and how many of each kind it draws', () => {
    expect(altOf(t, 'C1')).toBe(
      'Timeline of child C1, Sep 2020 to Aug 2024: 2 periods of care, 2 schools, 2 PEPs, 2 terms of attendance, ' +
        '1 suspension or exclusion, 1 episode missing education. The table lists every one.',
    );
  });

  it('has no lanes, no domain and no events for a story with nothing dated', () => {
    const empty = timelineOf({ ...STORY, care: [], schools: [], peps: [], attendance: [], exclusions: [], cme: [] });
    expect([empty.lanes, empty.domain, empty.ticks, empty.events]).toEqual([[], null, [], []]);
  });
});

describe('summaryOf(facts)', () => {
  it('says the year group, SEN, care, latest school, sex and UASC in words', () => {
    expect(summaryOf(STORY.pupil)).toEqual([
      { term: 'Year group', value: 'Year 8 (key stage 3) in 2023/24' },
      { term: 'SEN provision', value: 'SEN support' },
      { term: 'In care', value: 'since 4 Jan 2021' },
      { term: 'Latest school', value: 'Riverside Academy (SCH_B) in 2023/24, outside the authority' },
      { term: 'Sex', value: 'female' },
      { term: 'Unaccompanied asylum-seeking child', value: 'no' },
    ]);
  });
});

describe('summaryOf(facts) where the schools lookup does not name the latest school', () => {
  it('gives its reference alone, or says no enrolment is loaded', () => {
    const school = (p: Partial<ChildStory['pupil']>) =>
      summaryOf({ ...STORY.pupil, ...p }).find((f) => f.term === 'Latest school')?.value;
    expect(school({ school_name: null })).toBe('SCH_B (2023/24), outside the authority');
    expect(school({ school_ref: null, school_name: null, school_year: null, school_in_la: null })).toBe(
      'no enrolment loaded',
    );
  });
});

describe('codeLabel(list, code) and said(list, code): the one label lookup', () => {
  it('gives the label in sentence case, in a sentence in lower case, and a code the list does not hold as it is', () => {
    expect(codeLabel(codes.LEGAL_STATUS, 'E1')).toBe('Placement order granted');
    expect(said(codes.LEGAL_STATUS, 'E1')).toBe('placement order granted');
    expect(codeLabel(codes.PLACEMENT_LOCATION, 'UNKNOWN')).toBe('Unknown');
    expect(said(codes.PLACEMENT_LOCATION, 'UNKNOWN')).toBe('unknown');
    expect(said(codes.PLACEMENT_TYPE, 'Z11')).toBe('other placement');
    // an acronym keeps its capitals mid-sentence
    expect(said(codes.SEN_PROVISION, 'E')).toBe('EHC plan');
    expect(said(codes.PLACEMENT_TYPE, 'Z99')).toBe('Z99');
    expect(codeLabel(codes.PLACEMENT_TYPE, 'Z99')).toBe('Z99');
  });

  it('names a period of care whose codes the contract does not hold, or not recorded, by what they are', () => {
    const care = (c: Partial<ChildStory['care'][number]>) => careWords({ ...STORY.care[0], ...c });
    expect(care({ placement_type: 'Z11', placement_location: 'UNKNOWN' })).toBe(
      'full care order (C2); other placement (Z11); location not known',
    );
    expect(care({ placement_type: 'Z99' })).toBe('full care order (C2); placement Z99; in the authority');
    expect(care({ legal_status: null, placement_type: null, placement_location: null, end_date: null })).toBe(
      'legal status not recorded; placement type not recorded; location not known; still open',
    );
  });

  it('names the school of a suspension from the schools lookup when it names it', () => {
    const x = STORY.exclusions[0];
    expect(exclusionWords({ ...x, school_ref: 'SCH_B', school_name: 'Riverside Academy' })).toBe(
      '1 session; reason persistent or general disruptive behaviour; also verbal abuse or threatening behaviour against a pupil; school Riverside Academy (SCH_B)',
    );
    expect(exclusionWords({ ...x, school_ref: null, school_name: null })).not.toContain('school');
  });
});

describe('ChildStoryView', () => {
  it('shows the summary, the timeline as an image with a table twin a button away, and the targets as plain text', async () => {
    const { container } = render(ChildStoryView, { story: STORY });
    expect(screen.getByText('Latest school').nextElementSibling?.textContent).toBe(
      'Riverside Academy (SCH_B) in 2023/24, outside the authority',
    );
    expect(screen.getByRole('img', { name: 'Timeline of child C1' })).toBeTruthy();
    // the twin waits behind the button (hidden from everyone until pressed)
    expect(screen.queryByRole('table')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: 'Every event of child C1, in date order' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual(['When', 'What', 'Details']);
    expect(rows[7]).toEqual([
      '20 Nov 2023',
      'Suspension',
      '1 session; reason persistent or general disruptive behaviour; also verbal abuse or threatening behaviour against a pupil; school SCH_A',
    ]);
    expect(screen.getByRole('button', { name: 'Show chart' }).getAttribute('aria-pressed')).toBe('true');

    const targets = screen.getByRole('region', { name: 'PEP targets' });
    expect(within(targets).getByRole('heading', { level: 3 }).textContent).toBe(
      'PEP, Autumn 2022/23 (completed 10 Oct 2022)',
    );
    expect(within(targets).getByText('Read a book a week with <b>her</b> carer')).toBeTruthy();
    expect(container.querySelector('.pep-targets b')).toBeNull();
    const items = within(targets)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'English: achieved; SMART: all five Read a book a week with <b>her</b> carer',
      'Maths: not achieved; SMART: 2 of 5 (not measurable, not time-bound, relevant not judged) No target text loaded.',
    ]);
  });
});

describe('ChildPage on a real DuckDB', () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, 'C1,F,2011-01,WBRI,K,0', 'C2,M,2008-05,BAFR,E,1'),
      'care_periods.csv': csv(
        HEADERS.care_periods,
        'C1,2021-01-04,,C2,U1,IN_LA',
        'C2,2023-01-09,2024-04-30,V2,K2,UNKNOWN',
      ),
      'attendance.csv': csv(HEADERS.attendance, 'C1,2023/24,AUTUMN,150,10,5'),
    });
  }, 30_000);
  const props = (childId: string, get: () => Promise<Db> = async () => db) => ({
    db: get,
    version: 1,
    childId,
    filterText: 'Key stage: KS3',
    asAt: '31 Aug 2024',
  });

  it('loads the child, heads the page with the id and repeats the print frame on every page', async () => {
    const { container } = render(ChildPage, props('C1'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Child C1');
    await screen.findByRole('button', { name: 'Print' });
    // 2023/24: 2023 − 2011 − 4 = Year 8
    expect(screen.getByText('Year group').nextElementSibling?.textContent).toBe('Year 8 (key stage 3) in 2023/24');
    const running = [...container.querySelectorAll('.print-running')].map((p) => p.textContent);
    expect(running).toEqual([
      'Key stage: KS3 · as at 31 Aug 2024 · Pupil-level data: handle accordingly',
      'Child C1 · Key stage: KS3 · as at 31 Aug 2024 · Pupil-level data: handle accordingly',
    ]);
  });

  it('says so for an id not in the data, and offers the list', async () => {
    render(ChildPage, props('NOPE'));
    expect((await screen.findByText('No child with this id is in the loaded data.')).tagName).toBe('P');
    expect(screen.getByRole('link', { name: 'Back to the list of pupils' }).getAttribute('href')).toBe('#/pupils');
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
  });

  it('never lets a slower answer for the previous child overwrite the newer one', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // the first request waits until the second has been answered
    const slow = async () => {
      await held;
      return db;
    };
    const view = render(ChildPage, props('C1', slow));
    await view.rerender(props('C2'));
    await screen.findByText('9 Jan 2023 to 30 Apr 2024 (left care)');
    release();
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Child C2');
    expect(screen.getByText('In care').nextElementSibling?.textContent).toBe('9 Jan 2023 to 30 Apr 2024 (left care)');
  });
});
