import { describe, expect, it } from 'vitest';
import { identify } from '../../src/lib/ingest/identify';

describe('identify(headers, fileName)', () => {
  it('recognises a table by its header, with aliases and any case or spacing', () => {
    const r = identify(['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'], 'episodes.csv');
    expect(r.ok && r.map.table.name).toBe('care_periods');
    expect(r.ok && r.map.ignored).toEqual(['RNE', 'REC']);
    const p = identify(['Child ID', 'SEX', 'birth-year-month'], 'export.csv');
    expect(p.ok && p.map.table.name).toBe('pupils');
  });
  it('breaks a tie by the share of the table present, then by file name', () => {
    // child_id + academic_year + term: attendance (3 of 6) beats pep_reviews (3 of 10)... both lack required columns,
    // so the refusal names the closest table: attendance.
    const r = identify(['child_id', 'academic_year', 'term'], 'x.csv');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.table?.name).toBe('attendance');
  });
  it('refuses a file whose required column is missing, naming the table and the columns', () => {
    const r = identify(['child_id', 'sex'], 'pupils.csv');
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toBe('Looks like pupils.csv, but the required column birth_year_month is missing. Add it to the export (header on line 1).');
  });
  it('refuses two columns that mean the same field', () => {
    const r = identify(['child_id', 'CHILD', 'start_date'], 'care.csv');
    expect(!r.ok && r.reason).toContain('both mean care_periods.child_id');
  });
  it('refuses a file that matches no table', () => {
    const r = identify(['foo', 'bar'], 'foo.csv');
    expect(r).toMatchObject({ ok: false, table: null });
  });
});
