import { describe, expect, it } from 'vitest';
import { filterWords, valueWord } from '../../src/views/filter-words';

describe('filter words', () => {
  it('says each value as a person reads it', () => {
    expect(['F', 'M', 'U'].map((v) => valueWord('sex', v))).toEqual(['Female', 'Male', 'Not known']);
    expect(['E', 'K', 'N'].map((v) => valueWord('sen_provision', v))).toEqual(['EHC plan', 'SEN support', 'No SEN']);
    // year -2 is two years below reception, whose children are 4 on 1 September: aged 2
    expect(['-2', '0', '7'].map((v) => valueWord('nc_year', v))).toEqual([
      'Early years, aged 2',
      'Reception',
      'Year 7',
    ]);
    expect(['1', '0'].map((v) => valueWord('school_in_la', v))).toEqual(['yes', 'no']);
    expect(valueWord('placement_location', 'OUT_LA_GT20MI')).toBe('Out of the authority, over 20 miles');
    expect(valueWord('key_stage', 'KS4')).toBe('Key stage 4');
    expect(valueWord('ethnicity', 'WIRT')).toBe('Traveller of Irish heritage');
    expect(valueWord('social_care_status', 'CPP')).toBe('Child protection plan');
  });

  it("names a group's children by their number only, never their ids", () => {
    expect(filterWords({ sex: ['F'], child_id: ['C1', 'C2'] })).toBe('Sex: Female; Children of a group: 2 picked');
  });

  it('says the whole roll, and the years when limited', () => {
    expect(filterWords({})).toBe('All children');
    expect(filterWords({ key_stage: ['KS3', 'KS4'] }, '2021/22', null)).toBe(
      'Key stage 3 or Key stage 4; years 2021/22 to latest',
    );
  });
});
