import { describe, expect, it } from 'vitest';
import { validateFilter } from '../../../src/lib/measures/filter';
import { MEASURES } from '../../../src/lib/measures/index';
import { reportSql } from '../../../src/lib/measures/query';

describe('reportSql({ measures, filter, dimension })', () => {
  it('binds every filter value as a parameter, never in the SQL text', () => {
    const filter = validateFilter({ school_ref: ['SCH_ZZ9'], sex: ['F'], social_care_status: ['NONE'], nc_year: ['7'] });
    const { sql, params } = reportSql({ measures: MEASURES, filter });
    expect(sql).not.toContain('SCH_ZZ9');
    expect(sql).not.toContain("'NONE'");
    // Each of the 8 pupil-year bases (roll, ks4, attendance terms, attendance years, suspensions, permanent exclusions,
    // PEPs, targets) is filtered on its own rows; then the pupils of the care leaver measures, then the two registers.
    const pupilYear = ['F', 7, 'SCH_ZZ9'];
    expect(params).toEqual([...Array(8).fill(pupilYear).flat(), 'F', 'NONE', 'NONE']);
  });
  it('keeps only the measures whose rows have the dimension, and never takes a dimension that is not declared', () => {
    const byReason = reportSql({ measures: MEASURES, filter: {}, dimension: 'reason' }).sql;
    expect(byReason).toContain("'susp_n'");
    expect(byReason).toContain("'ehe_started_n'");
    expect(byReason).not.toContain("'ks4_att8_avg'");
    const bogus = reportSql({ measures: MEASURES, filter: {}, dimension: 'constructor' }).sql;
    expect(bogus).not.toContain("'roll_n'");
  });
  it('refuses filter values outside the contract, naming the valid ones', () => {
    expect(() => validateFilter({ school_ref: ["S1' OR 1=1 --"] })).toThrow(/filter school_ref has no value/);
    expect(() => validateFilter({ sex: ['X'] })).toThrow('filter sex has no value "X": use M, F, U');
    expect(() => validateFilter({ colour: ['red'] })).toThrow(/unknown filter "colour": use one of sex, ethnicity/);
  });
});
