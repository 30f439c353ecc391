import { describe, expect, it } from 'vitest';
import { TABLE_BY_NAME } from '../../src/lib/contract';
import { guess, offered, targets } from '../../src/lib/state/map-preview';

const attendance = TABLE_BY_NAME.get('attendance')!;
const HEADERS = ['Pupil Ref', 'Surname', 'Possible', 'Authorised', 'Unauthorised', 'Pupil UPN', 'DOB'];

describe('the column mapper', () => {
  it('guesses each column by name, then by the most alike of the rest, never a door column', () => {
    expect(guess(attendance, HEADERS)).toEqual({
      sessions_possible: 'Possible',
      sessions_authorised: 'Authorised',
      sessions_unauthorised: 'Unauthorised',
      upn: 'Pupil UPN',
    });
  });
  it('offers a name or postcode nowhere, a DOB only for the birth month and a UPN only for the link key', () => {
    const by = Object.fromEntries(targets(attendance).map((t) => [t.name, offered(t, HEADERS, attendance)]));
    expect(by.child_id).toEqual(['Pupil Ref', 'Possible', 'Authorised', 'Unauthorised']);
    expect(by.upn).toEqual(['Pupil UPN']);
    const pupilsTable = TABLE_BY_NAME.get('pupils')!;
    const pupils = Object.fromEntries(targets(pupilsTable).map((t) => [t.name, offered(t, HEADERS, pupilsTable)]));
    expect(pupils.birth_year_month).toEqual(['Pupil Ref', 'Possible', 'Authorised', 'Unauthorised', 'DOB']);
    expect(pupils.sex).not.toContain('DOB');
    expect(pupils.upn).toBeUndefined();
  });
});
