import { describe, expect, it } from 'vitest';
import { identifierHeader, identifierValue } from '../../src/lib/ingest/guard';

describe('identifierHeader(headers)', () => {
  it('finds a header that is or ends with a direct identifier, after normalising', () => {
    expect(identifierHeader(['child_id', 'Surname'])).toMatchObject({ position: 2, kind: 'surname' });
    expect(identifierHeader(['Date of Birth'])).toMatchObject({ position: 1, kind: 'date_of_birth' });
    expect(identifierHeader(['carer-email'])).toMatchObject({ kind: 'email' });
    expect(identifierHeader(['home postcode'])).toMatchObject({ kind: 'postcode' });
  });
  it('lets the contract columns through', () => {
    expect(identifierHeader(['child_id', 'birth_year_month', 'officer_ref', 'school_ref', 'target_text'])).toBeNull();
  });
});

describe('identifierValue(text, delimiter, headers)', () => {
  const headers = ['child_id', 'target_text'];
  it('finds a UPN as a whole cell or a word, with its line and column', () => {
    expect(identifierValue('child_id,target_text\nC1,ok\nH801200001001,x\n', ',', headers)).toMatchObject({ line: 3, position: 1, header: 'child_id' });
    expect(identifierValue('child_id,target_text\nC1,"pupil (H801200001001) to read"\n', ',', headers)).toMatchObject({ line: 2, position: 2 });
  });
  it('finds a full postcode written with its space', () => {
    expect(identifierValue('child_id,target_text\nC1,lives at DY1 1HF now\n', ',', headers)).toMatchObject({ line: 2, header: 'target_text', kind: 'a full postcode' });
  });
  it('does not mistake pseudonyms, codes or partial postcodes for identifiers', () => {
    const text = 'child_id,target_text\nNX41DAC1012,OUT_LA_GT20MI\nC-H801200001001,DY1\nH8012000010012,"DY1 1CF"\nX_H801200001001_Y,ok\n';
    expect(identifierValue(text, ',', headers)).toBeNull();
  });
});
