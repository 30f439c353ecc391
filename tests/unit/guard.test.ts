import { describe, expect, it } from 'vitest';
import { dataInHeader, findIdentifiers, identifierIn } from '../../src/lib/ingest/guard';
import { doorKind } from '../../src/lib/ingest/door';

describe('doorKind(header)', () => {
  it('does not read names, contacts or postcodes, after normalising', () => {
    for (const h of [
      'Surname',
      'Forename',
      'Legal Surname',
      'MiddleNames',
      'PreferredSurname',
      'carer-email',
      'Telephone',
      'ULN',
      'NHS number',
      'home postcode',
      'HOME_POST',
      'PL_POST',
      'Address',
      'Forename(s)',
      'Surname.',
      'Post Code',
    ]) {
      expect(doorKind(h), h).toMatch(/^(name|postcode)$/);
    }
  });
  it('reads a date of birth and a UPN only for what the door uses them for', () => {
    expect(doorKind('DOB')).toBe('dob');
    expect(doorKind('Date of Birth')).toBe('dob');
    for (const h of ['Birth Date', 'BirthDate', 'D.O.B.', 'DOB (dd/mm/yyyy)']) expect(doorKind(h), h).toBe('dob');
    expect(doorKind('MC_DOB')).toBe('other_dob');
    expect(doorKind('UPN')).toBe('upn');
    expect(doorKind('Former UPN')).toBe('former_upn');
  });
  it('lets the contract columns, school and LA names and flags through', () => {
    for (const h of [
      'child_id',
      'birth_year_month',
      'officer_ref',
      'school_ref',
      'target_text',
      'school_name',
      'LA_name',
      'missingaddress',
      'CHILD',
      'DECOM',
    ]) {
      expect(doorKind(h), h).toBeNull();
    }
  });
});

describe('identifierIn(value)', () => {
  it('finds a UPN as a whole cell or a word', () => {
    expect(identifierIn('H801200001001')).toBe('a UPN (unique pupil number)');
    expect(identifierIn('pupil (h801200001001) to read')).toBe('a UPN (unique pupil number)');
  });
  it('finds a full postcode with one or more spaces, or none as a whole token, in any case', () => {
    for (const v of ['lives at DY1 1HF now', 'NE2  1AA', 'ne2 1aa', 'DY11HF', 'sw1a 1aa'])
      expect(identifierIn(v), v).toBe('a full postcode');
  });
  it('does not mistake pseudonyms, codes or partial postcodes for identifiers', () => {
    for (const v of [
      'NX41DAC1012',
      'OUT_LA_GT20MI',
      'C-H801200001001',
      'DY1',
      'H8012000010012',
      'DY1 1CF',
      'X_H801200001001_Y',
      'C000123',
      'PEP0000001',
    ]) {
      expect(identifierIn(v), v).toBeNull();
    }
  });
});

describe('dataInHeader(headers)', () => {
  it('finds a first line that is data, not names', () => {
    expect(dataInHeader(['C1', 'M', '2010-01'])).toBe(3);
    expect(dataInHeader(['566910', '2', '27/03/2008', 'WROM', 'D051910639385'])).toBe(3);
    expect(dataInHeader(['C1', 'DY1 1HF'])).toBe(2);
    expect(dataInHeader(['child_id', 'sex', 'birth_year_month'])).toBeNull();
    // an academic year is a fair column name in a wide export
    expect(dataInHeader(['child_id', '2023-24', '2024/25'])).toBeNull();
  });
});

describe('findIdentifiers(rows, text)', () => {
  it('places each hit by row and field, quotes and all, skipping the header row', () => {
    const rows = [
      '__line,child_id,target_text',
      '2,C1,"a, b, DY1 1HF"',
      '3,H801200001001,ok',
      '4,C2,"x ""H801200001001"""',
    ];
    const hits = findIdentifiers(rows, rows.join('\n'));
    expect(hits.map((h) => [h.row, h.field, rows[h.row].slice(h.start, h.end), h.kind])).toEqual([
      [1, 2, 'DY1 1HF', 'a full postcode'],
      [2, 1, 'H801200001001', 'a UPN (unique pupil number)'],
      [3, 2, 'H801200001001', 'a UPN (unique pupil number)'],
    ]);
  });
});
