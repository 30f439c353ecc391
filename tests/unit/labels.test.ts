import { describe, expect, it } from 'vitest';
import * as codes from '../../src/lib/contract/codes';
import {
  CODE_LISTS,
  codeLabel,
  dimensionLabel,
  groupLabel,
  inSentence,
  orderGroups,
  rawCodes,
} from '../../src/lib/contract/labels';

describe('the words of every code', () => {
  for (const [name, list] of Object.entries(CODE_LISTS)) {
    it(`${name}: each code has a label in sentence case that is not the code, unless the code is a numeral`, () => {
      for (const c of list) {
        expect(c.label, `${name} ${c.code}`).toBeTruthy();
        if (!/^\d+$/.test(c.code)) expect(c.label, `${name} ${c.code}`).not.toBe(c.code);
        expect(c.label!.charAt(0), `${name} ${c.code} starts with a capital`).toBe(c.label!.charAt(0).toUpperCase());
      }
    });
  }

  it('reads the codes the issue names as a person says them', () => {
    expect(codeLabel(codes.PLACEMENT_LOCATION, 'OUT_LA_GT20MI')).toBe('Out of the authority, over 20 miles');
    expect(codeLabel(codes.EHE_REASON, 'DISSATISFIED_SEND')).toBe('Dissatisfied with SEND provision');
    expect(codeLabel(codes.EXCLUSION_REASON, 'DA')).toBe('Drug and alcohol related');
    expect(groupLabel('key_stage', 'KS4')).toBe('Key stage 4');
    expect(groupLabel('qa_rating', 'NOT_RATED')).toBe('Not rated');
  });

  it('labels the values the measures make of the codes, by dimension', () => {
    expect(['09', '01', '08'].map((m) => groupLabel('month', m))).toEqual(['September', 'January', 'August']);
    expect(['-1', '0', '7', '13'].map((y) => groupLabel('nc_year', y))).toEqual([
      'Early years',
      'Reception',
      'Year 7',
      'Year 13',
    ]);
    expect(['EY', 'POST16'].map((k) => groupLabel('key_stage', k))).toEqual(['Early years', 'Post-16']);
    expect(groupLabel('open_for', '2: 4 weeks to 3 months')).toBe('4 weeks to 3 months');
    expect(groupLabel('smart_criterion', 'TIME_BOUND')).toBe('Time-bound');
    // IN_LA means a school in the authority for one dimension and a placement in it for another: same words here
    expect([groupLabel('school_in_la', 'OUT_LA'), groupLabel('placement_location', 'OUT_LA_LE20MI')]).toEqual([
      'Out of the authority',
      'Out of the authority, 20 miles or less',
    ]);
    expect(['UASC', 'NOT_UASC', 'UNKNOWN'].map((u) => groupLabel('uasc', u))).toEqual(['UASC', 'Not UASC', 'Unknown']);
    // reason holds exclusion reasons on the exclusion measures and EHE reasons on the EHE ones
    expect([
      groupLabel('reason', 'TH'),
      groupLabel('reason', 'MENTAL_HEALTH'),
      groupLabel('reason', 'UNKNOWN'),
    ]).toEqual(['Theft', 'Mental health', 'Unknown']);
    expect(groupLabel('ethnicity_group', 'MIXED')).toBe('Mixed');
    expect(groupLabel('end_reason', 'CHILD_AGED_OUT')).toBe('Reached the end of compulsory school age');
  });

  it('names each dimension for a column header', () => {
    expect(['qa_rating', 'term', 'nc_year', 'reason', 'open_for', 'smart_criterion'].map(dimensionLabel)).toEqual([
      'Quality rating',
      'Term',
      'Year group',
      'Reason',
      'How long open',
      'SMART criterion',
    ]);
  });

  it('puts a label inside a sentence in lower case, acronyms and proper words kept', () => {
    expect(
      ['Full care order', 'EHC plan', 'SEN support', 'Post-16', 'English', 'Indian', 'NHS or health trust'].map(
        inSentence,
      ),
    ).toEqual(['full care order', 'EHC plan', 'SEN support', 'post-16', 'English', 'Indian', 'NHS or health trust']);
  });
});

describe('the natural order of each category', () => {
  const shuffled = (xs: string[]) => [...xs].reverse();
  const natural: Record<string, string[]> = {
    qa_rating: ['GOLD', 'GREEN', 'AMBER', 'RED', 'NOT_RATED'],
    term: ['AUTUMN', 'SPRING', 'SUMMER'],
    month: ['09', '10', '11', '12', '01', '02', '03', '04', '05', '06', '07', '08'],
    smart_criterion: ['SPECIFIC', 'MEASURABLE', 'ACHIEVABLE', 'RELEVANT', 'TIME_BOUND'],
    outcome: ['ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED', 'NOT_REVIEWED', 'UNKNOWN'],
    open_for: ['1: under 4 weeks', '2: 4 weeks to 3 months', '3: 3 to 6 months', '4: 6 months or more'],
    nc_year: ['-2', '-1', '0', '1', '2', '9', '10', '11'],
    key_stage: ['EY', 'KS1', 'KS2', 'KS3', 'KS4', 'POST16'],
    sen_provision: ['N', 'K', 'E', 'UNKNOWN'],
    placement_location: ['IN_LA', 'OUT_LA_LE20MI', 'OUT_LA_GT20MI', 'UNKNOWN'],
  };
  for (const [dimension, order] of Object.entries(natural)) {
    it(`${dimension}: ${order.map((g) => groupLabel(dimension, g)).join(', ')}, whatever the sizes`, () => {
      // sizes that would reverse the order if they were used
      const size = (g: string) => order.indexOf(g);
      expect(orderGroups(dimension, shuffled(order), size)).toEqual(order);
    });
  }

  it('orders reasons largest first, with Other, Unknown and Not given last whatever their size', () => {
    const sizes: Record<string, number> = {
      LIFESTYLE: 3,
      MENTAL_HEALTH: 12,
      OTHER: 40,
      NOT_GIVEN: 30,
      UNKNOWN: 25,
      RELIGIOUS: 7,
      PHILOSOPHICAL: 12,
    };
    // Mental health and Philosophical tie at 12: by their words
    expect(orderGroups('reason', Object.keys(sizes), (g) => sizes[g])).toEqual([
      'MENTAL_HEALTH',
      'PHILOSOPHICAL',
      'RELIGIOUS',
      'LIFESTYLE',
      'OTHER',
      'UNKNOWN',
      'NOT_GIVEN',
    ]);
  });

  it('puts a suppressed group (no size) after the sized ones, and the exclusion reason OT ("Other") last', () => {
    const sizes: Record<string, number | null> = { OT: 50, DB: 20, VP: null, PA: 8 };
    expect(orderGroups('reason', Object.keys(sizes), (g) => sizes[g])).toEqual(['DB', 'PA', 'VP', 'OT']);
  });

  it('orders target areas by size, Other subject with the rest and Other, Unknown after', () => {
    const sizes: Record<string, number> = { UNKNOWN: 9, OTHER: 8, OTHER_SUBJECT: 2, MATHS: 5, ENGLISH: 6 };
    expect(orderGroups('area', Object.keys(sizes), (g) => sizes[g])).toEqual([
      'ENGLISH',
      'MATHS',
      'OTHER_SUBJECT',
      'OTHER',
      'UNKNOWN',
    ]);
  });
});

describe('rawCodes(): the codes no page may show where their words belong', () => {
  const raw = rawCodes();
  it("holds the codes and the measures' values whose words differ from them", () => {
    for (const code of [
      'NOT_RATED',
      'OUT_LA_GT20MI',
      'DISSATISFIED_SEND',
      'DA',
      'KS4',
      'IN_LA',
      'NOT_UASC',
      'TIME_BOUND',
      'GOLD',
      'AUTUMN',
      'WBRI',
      '1: under 4 weeks',
    ]) {
      expect(raw, code).toContain(code);
    }
  });

  it('leaves out single letters, numerals, ordinary words, the SSDA903 episode codes and codes that are their own words', () => {
    for (const code of ['M', 'F', 'E', '9', '09', 'YES', 'NO', 'IN', 'EHE', 'C1', 'PR1', 'E4A', 'Z11', 'UASC'])
      expect(raw, code).not.toContain(code);
  });
});
