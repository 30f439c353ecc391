import { describe, expect, it } from 'vitest';
import { doorColumns } from '../../src/lib/ingest/door';
import { identify } from '../../src/lib/ingest/identify';

const id = (headers: string[], file = 'x.csv', supplied: string[] = []) =>
  identify(headers, file, doorColumns(headers), supplied);

describe('identify(headers, fileName, door)', () => {
  it('recognises a table by its header, with aliases and any case or spacing', () => {
    const r = id(['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC', 'URN'], 'episodes.csv');
    expect(r.ok && r.map.table.name).toBe('care_periods');
    expect(r.ok && r.map.ignored).toEqual(['URN']);
    expect(r.ok && r.map.known?.label).toBe('SSDA903 Episodes');
    const p = id(['Child ID', 'SEX', 'birth-year-month'], 'export.csv');
    expect(p.ok && p.map.table.name).toBe('pupils');
  });
  it('matches headers written without separators when nothing else matches', () => {
    const r = id([
      'child_id',
      'academicyear',
      'term',
      'sessionspossible',
      'SessionsAuthorised',
      'sessions unauthorised',
    ]);
    expect(r.ok && r.map.table.name).toBe('attendance');
    expect(r.ok && [...r.map.positions]).toEqual([
      ['child_id', 0],
      ['academic_year', 1],
      ['term', 2],
      ['sessions_possible', 3],
      ['sessions_authorised', 4],
      ['sessions_unauthorised', 5],
    ]);
  });
  it('breaks a tie by the share of the table present, then by file name', () => {
    // child_id + academic_year + term: attendance (3 of 6) beats pep_reviews (3 of 10)... both lack required columns,
    // so the refusal names the closest table: attendance.
    const r = id(['child_id', 'academic_year', 'term']);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.table?.name).toBe('attendance');
  });
  it('refuses a file whose required column is missing, naming the table and the columns', () => {
    const r = id(['child_id', 'sex'], 'pupils.csv');
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toBe(
      "Looks like pupils.csv, but the required column birth_year_month is missing. Add it to the export (header on line 1), or map the file's columns. A DOB column gives the birth month: it is used for that, then dropped.",
    );
  });
  it("says which of the file's own columns could be the missing one", () => {
    const r = id(['child_id', 'startdt', 'category', 'exclusion_id'], 'ex.csv');
    expect(!r.ok && r.reason).toContain('"startdt" could be start_date');
    const a = id(['child_id', 'year', 'term', 'possible', 'authorised', 'unauthorised']);
    expect(!r.ok && !a.ok && a.reason).toContain(
      '"year" could be academic_year; "possible" could be sessions_possible; "authorised" could be sessions_authorised; "unauthorised" could be sessions_unauthorised',
    );
  });
  it('lets a date of birth stand in for the birth month, and a UPN for child_id in a school file', () => {
    const p = id(['CHILD', 'SEX', 'DOB']);
    expect(p.ok && p.map.dob).toBe(2);
    const a = id(['UPN', 'academic_year', 'term', 'sessions_possible', 'sessions_authorised', 'sessions_unauthorised']);
    expect(a.ok && [a.map.table.name, a.map.upn, a.map.positions.has('child_id')]).toEqual(['attendance', 0, false]);
    // pupils are keyed by their own child_id: a UPN never stands in for it
    expect(id(['UPN', 'SEX', 'DOB']).ok).toBe(false);
  });
  it('asks for the reporting year of an SSDA903 OC3 without one, and takes a YEAR column', () => {
    const r = id(['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'], 'oc3.csv');
    expect(r.ok && [r.map.table.name, r.map.needs]).toEqual(['destinations', ['reporting_year']]);
    const y = id(['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM', 'YEAR'], 'oc3.csv');
    expect(y.ok && y.map.needs).toEqual([]);
  });
  it('says that a DOB gives the birth month or the age, when neither is there', () => {
    const oc3 = id(['CHILD', 'IN_TOUCH', 'ACTIV', 'YEAR'], 'oc3.csv');
    expect(!oc3.ok && oc3.reason).toContain('A DOB column gives the age: it is used for that, then dropped.');
    const header = id(['CHILD', 'SEX', 'ETHNIC', 'UPN'], 'header.csv');
    expect(!header.ok && header.reason).toContain(
      'A DOB column gives the birth month: it is used for that, then dropped.',
    );
  });
  it('recognises the SSDA903 files the dashboard does not use, and never takes them for another table', () => {
    const m = id(['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'], 'missing.csv');
    expect(m).toMatchObject({ ok: false, unused: true, reason: 'SSDA903 Missing: not used by the dashboard.' });
    const u = id(['CHILD', 'SEX', 'DOB', 'DUC']);
    expect(u.ok && u.map.table.name).toBe('uasc');
  });
  it("recognises the virtual school's schools lookup by its header, and still sends an enrolment file with a school name to school_enrolments", () => {
    const s = id(['School Ref', 'School Name', 'Phase', 'School in LA'], 'lookup.csv');
    expect(s.ok && [s.map.table.name, [...s.map.positions], s.map.ignored]).toEqual([
      'schools',
      [
        ['school_ref', 0],
        ['school_name', 1],
        ['phase', 2],
        ['school_in_la', 3],
      ],
      [],
    ]);
    // school_ref and school_name are the lookup's, but the enrolment's own columns are more
    const e = id(['child_id', 'academic_year', 'school_ref', 'school_name', 'school_phase'], 'enrolments.csv');
    expect(e.ok && [e.map.table.name, e.map.ignored]).toEqual(['school_enrolments', ['school_name']]);
    // a lookup without its key is refused, naming it
    const r = id(['school_name', 'phase'], 'schools.csv');
    expect(!r.ok && [r.table?.name, r.reason]).toEqual([
      'schools',
      expect.stringContaining('the required column school_ref is missing'),
    ]);
  });
  it('refuses two columns that mean the same field', () => {
    const r = id(['child_id', 'CHILD', 'DECOM'], 'care.csv');
    expect(!r.ok && r.reason).toContain('both mean care_periods.child_id');
  });
  it('refuses a file that matches no table', () => {
    const r = id(['foo', 'bar'], 'foo.csv');
    expect(r).toMatchObject({ ok: false, table: null });
  });
});
