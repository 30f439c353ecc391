import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/lib/table/cell-text';
import { searchRows, sortKeyOf, sortRows } from '../../src/lib/table/sort';
import { attention, PUPIL_COLUMNS, SEARCHED, schoolText } from '../../src/views/pupils/columns';
import { child } from '../fixtures/pupil-row';

// Two children with a value in every column, the first lower than the second, and one with nothing recorded.
const LOW = child(
  'C1',
  {
    nc_year: 7,
    key_stage: 'KS3',
    sen_provision: 'N',
    school_ref: 'SCH01',
    school_in_la: false,
    placement_location: 'OUT_LA_LE20MI',
    months_in_care: 3,
    placement_moves: 0,
    school_moves: 0,
    attendance_pct: 81,
    persistent_absence: true,
    suspensions: 0,
    sessions_lost: 0,
    permanent_exclusion: false,
    pep_term: 'AUTUMN',
    pep_rating: 'RED',
    pep_on_time: false,
    next_pep_due: '2024-10-01',
    pep_overdue: true,
    smart_share: 0,
    att8: 20,
    english_grade: 'U',
    maths_grade: 'X',
    cme_open: false,
    ehe_open: false,
  },
  { pep_overdue_or_red: true },
);
const HIGH = child(
  'C2',
  {
    nc_year: 11,
    key_stage: 'KS4',
    sen_provision: 'E',
    school_ref: 'SCH02',
    school_in_la: true,
    placement_location: 'OUT_LA_GT20MI',
    months_in_care: 40,
    placement_moves: 2,
    school_moves: 1,
    attendance_pct: 97.5,
    persistent_absence: false,
    suspensions: 3,
    sessions_lost: 6,
    permanent_exclusion: true,
    pep_term: 'SPRING',
    pep_rating: 'GOLD',
    pep_on_time: true,
    next_pep_due: '2025-02-01',
    pep_overdue: false,
    smart_share: 0.5,
    att8: 51.5,
    english_grade: '9',
    maths_grade: '1',
    cme_open: true,
    ehe_open: true,
  },
  { persistent_absence: true, suspensions_2plus: true, no_smart_target: true, cme_open: true },
);
const NOTHING = child('C3', {
  nc_year: null,
  key_stage: null,
  sen_provision: null,
  suspensions: null,
  sessions_lost: null,
  permanent_exclusion: null,
});

describe('the Pupils view columns', () => {
  for (const column of PUPIL_COLUMNS.filter((c) => !c.flag && c.key !== 'child_id')) {
    it(`${column.label} sorts both ways with no value last`, () => {
      const key = sortKeyOf(column);
      expect(key(NOTHING), 'the child with nothing recorded has no value').toBeNull();
      const ids = (d: 'asc' | 'desc') => sortRows([NOTHING, HIGH, LOW], key, d).map((r) => r.child_id);
      // codes sort in their natural order (SEN: no SEN, SEN support, EHC plan), placements nearest first, PEP ratings worst first (red, amber,
      // green, gold), grades U and X below 1, booleans false first
      expect(ids('asc')).toEqual(['C1', 'C2', 'C3']);
      expect(ids('desc')).toEqual(['C2', 'C1', 'C3']);
    });
  }

  for (const column of PUPIL_COLUMNS.filter((c) => c.flag)) {
    it(`${column.label} puts flagged children first when sorted descending, as its heading does on the first click`, () => {
      const ids = sortRows([NOTHING, LOW, HIGH], sortKeyOf(column), 'desc').map((r) => r.child_id);
      // C1 raises only the PEP flag, C2 every other; unflagged children keep their order
      if (column.key === 'pep_overdue_or_red') expect(ids).toEqual(['C1', 'C3', 'C2']);
      else if (column.key === 'needs_attention') expect(ids).toEqual(['C2', 'C1', 'C3']);
      else expect(ids).toEqual(['C2', 'C3', 'C1']);
    });
  }

  it('shows a grade U or X in words', () => {
    const [english, maths] = ['english_grade', 'maths_grade'].map((k) => PUPIL_COLUMNS.find((c) => c.key === k)!);
    expect([cellText(english, LOW), cellText(maths, LOW)]).toEqual(['Ungraded', 'Not entered']);
    expect([cellText(english, HIGH), cellText(maths, HIGH)]).toEqual(['9', '1']);
  });

  it("shows the school's name with its reference when the schools lookup names it, else the reference", () => {
    const school = PUPIL_COLUMNS.find((c) => c.key === 'school_ref')!;
    const named = child('C4', { school_ref: 'SCH0014', school_name: 'Oakfield Primary School' });
    expect(cellText(school, named)).toBe('Oakfield Primary School (SCH0014)');
    expect(cellText(school, LOW)).toBe('SCH01');
    expect(cellText(school, NOTHING)).toBe('');
    // a name without a school (no enrolment) is never shown; an empty name is no name
    expect(schoolText(child('C5', { school_name: 'Oakfield Primary School' }))).toBeNull();
    expect(schoolText(child('C6', { school_ref: 'SCH03', school_name: '' }))).toBe('SCH03');
  });

  it('finds a child by id, school reference or school name, ignoring case', () => {
    const named = child('C4', { school_ref: 'SCH0014', school_name: 'Oakfield Primary School' });
    const rows = [LOW, HIGH, NOTHING, named];
    const found = (q: string) => searchRows(rows, q, SEARCHED).map((r) => r.child_id);
    expect(SEARCHED.map((c) => c.key)).toEqual(['child_id', 'school_ref']);
    expect(found('oakfield')).toEqual(['C4']);
    expect(found('SCH0014')).toEqual(['C4']);
    expect(found('sch0')).toEqual(['C1', 'C2', 'C4']);
    expect(found('c3')).toEqual(['C3']);
    expect(found('riverside')).toEqual([]);
  });

  it('names every raised flag in words, in a fixed order', () => {
    expect(attention(HIGH)).toBe('Persistent absence; 3 suspensions; no SMART target; missing education');
    expect(attention({ ...LOW, pep_overdue: false })).toBe('PEP rated red');
    expect(attention(LOW)).toBe('PEP overdue');
    expect(attention(NOTHING)).toBe('');
  });
});
