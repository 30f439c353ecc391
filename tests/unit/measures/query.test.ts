import { describe, expect, it } from 'vitest';
import { validateFilter } from '../../../src/lib/measures/filter';
import { MEASURES } from '../../../src/lib/measures/index';
import { partsSql } from '../../../src/lib/measures/query';
import type { Filter } from '../../../src/lib/measures/filter';

/** One part, a set of measures, whole or by a dimension, under a filter. */
const reportSql = ({
  measures,
  filter,
  dimension = null,
}: {
  measures: typeof MEASURES;
  filter: Filter;
  dimension?: string | null;
}) => partsSql([{ measures, dimension }], filter);

describe('partsSql([{ measures, dimension }], filter)', () => {
  it('binds school references (text from a file) as parameters, never in the SQL text', () => {
    const filter = validateFilter({
      school_ref: ['SCH_ZZ9'],
      sex: ['F'],
      social_care_status: ['NONE'],
      nc_year: ['7'],
    });
    const { sql, params } = reportSql({ measures: MEASURES, filter });
    expect(sql).not.toContain('SCH_ZZ9');
    // Each of the 10 pupil-year bases (roll, ks2, ks4, post-16, attendance terms, attendance years, suspensions,
    // permanent exclusions, PEPs, targets) is filtered on its own rows; the care leavers' pupils and the registers
    // take no school filter.
    expect(params).toEqual(Array(10).fill('SCH_ZZ9'));
    expect(sql).toContain("py.sex IN ('F')");
    expect(sql).toContain('py.nc_year IN (7)');
    expect(sql).toContain("r.social_care_status IN ('NONE')");
  });
  it("writes only the contract's own constants for code values, and refuses anything else even unvalidated", () => {
    expect(reportSql({ measures: MEASURES, filter: { uasc: ['1'], cla12m: ['0'] } }).sql).toContain(
      'py.uasc IN (true) AND py.in_cla12m IN (false)',
    );
    expect(() => reportSql({ measures: MEASURES, filter: { sex: ["F') OR true --"] } })).toThrow(
      /filter sex has no value/,
    );
    expect(() => reportSql({ measures: MEASURES, filter: { sex: ['f'] } })).toThrow(/filter sex has no value "f"/);
    expect(() => reportSql({ measures: MEASURES, filter: { uasc: ['true'] } })).toThrow(/filter uasc has no value/);
    expect(() => reportSql({ measures: MEASURES, filter: { social_care_status: ["CLA' --"] } })).toThrow(
      /social_care_status has no value/,
    );
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
