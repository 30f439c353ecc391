import { describe, expect, it } from 'vitest';
import { refusalOf } from './helpers';
import {
  GroupError,
  groupFileName,
  groupFilter,
  groupJson,
  makeGroup,
  MAX_CHILD_IDS,
  parseGroup,
  presentIn,
  type Group,
} from '../../src/lib/groups/group';

const VALID: Group = {
  schema: 'vsd-group/1',
  name: 'Year 10 at Oak Academy',
  filter: { key_stage: ['KS4'], school_ref: ['URN100001'], uasc: ['0'] },
  child_ids: ['C0001', 'C0002', 'C0003'],
  created: '2025-01-31T09:30:00.000Z',
};

const file = (over: Record<string, unknown> = {}, drop: string[] = []) => {
  const doc: Record<string, unknown> = { ...VALID, ...over };
  for (const k of drop) delete doc[k];
  return JSON.stringify(doc);
};

/** The GroupError message of a refused file. */
const refusal = (text: string) => refusalOf(() => parseGroup(text), GroupError);

describe('parseGroup(text) and groupJson(group)', () => {
  it('round-trips a valid file through groupJson', () => {
    const g = parseGroup(file());
    expect(g).toEqual(VALID);
    expect(parseGroup(groupJson(g))).toEqual(g);
    expect(groupJson(g)).toBe(JSON.stringify(VALID, null, 2) + '\n');
  });

  it('normalises the filter as validateFilter does, and the name', () => {
    const g = parseGroup(
      file({ name: '  Year 10   at Oak  ', filter: { sex: ['f'], uasc: ['true'], key_stage: ['ks4'] } }),
    );
    expect(g.name).toBe('Year 10 at Oak');
    expect(g.filter).toEqual({ sex: ['F'], uasc: ['1'], key_stage: ['KS4'] });
  });

  it('accepts an empty filter and no hand-picked children', () => {
    expect(parseGroup(file({ filter: {}, child_ids: [] }))).toMatchObject({ filter: {}, child_ids: [] });
  });

  it('removes repeated ids silently, keeping the first of each', () => {
    expect(parseGroup(file({ child_ids: ['C2', 'C1', 'C2', 'C1', 'C3'] })).child_ids).toEqual(['C2', 'C1', 'C3']);
  });

  it('accepts 100,000 ids', () => {
    const ids = Array.from({ length: MAX_CHILD_IDS }, (_, i) => `C${i}`);
    expect(parseGroup(file({ child_ids: ids })).child_ids).toHaveLength(MAX_CHILD_IDS);
  });

  it('refuses a file that is not JSON', () => {
    expect(refusal('{"schema": "vsd-group/1",')).toMatch(/not JSON/);
    expect(refusal('')).toMatch(/not JSON/);
  });

  it('refuses JSON that is not an object', () => {
    expect(refusal('[]')).toMatch(/the group file must be an object/);
    expect(refusal('"vsd-group/1"')).toMatch(/must be an object/);
  });

  it('refuses an unknown or missing schema', () => {
    expect(refusal(file({ schema: 'vsd-group/2' }))).toMatch(/^schema must be "vsd-group\/1" \(it is "vsd-group\/2"\)/);
    expect(refusal(file({ schema: 'vsd-column-map/1' }))).toMatch(/schema must be "vsd-group\/1"/);
    expect(refusal(file({}, ['schema']))).toMatch(/schema must be "vsd-group\/1" \(it has none\)/);
  });

  it('refuses a missing name', () => {
    expect(refusal(file({}, ['name']))).toMatch(/^name is missing: give the group a name of 1 to 100 characters/);
    expect(refusal(file({ name: 42 }))).toMatch(/^name is missing/);
  });

  it('refuses an empty name', () => {
    expect(refusal(file({ name: '   ' }))).toMatch(/^name is empty/);
  });

  it('refuses a name over 100 characters, without quoting it', () => {
    const m = refusal(file({ name: 'x'.repeat(101) }));
    expect(m).toMatch(/^name has 101 characters: shorten it to 100 at most/);
    expect(m).not.toContain('xxxxxxxxxx');
    expect(parseGroup(file({ name: 'x'.repeat(100) })).name).toHaveLength(100);
  });

  it('refuses a name holding a UPN or a postcode', () => {
    expect(refusal(file({ name: 'H801200001001 and friends' }))).toMatch(/^name holds a UPN/);
    expect(refusal(file({ name: 'Children at DY1 1HF' }))).toMatch(/^name holds a full postcode/);
  });

  it('refuses a filter that is not an object', () => {
    expect(refusal(file({ filter: ['KS4'] }))).toMatch(/^filter must be an object/);
    expect(refusal(file({ filter: null }))).toMatch(/^filter must be an object/);
    expect(refusal(file({}, ['filter']))).toMatch(/^filter must be an object/);
  });

  it('refuses an unknown filter key, pointing child_id to child_ids', () => {
    expect(refusal(file({ filter: { colour: ['red'] } }))).toMatch(
      /^filter has an unknown key "colour": use one of sex, /,
    );
    expect(refusal(file({ filter: { child_id: ['C1'] } }))).toMatch(/child_ids, beside the filter/);
  });

  it('refuses a filter key whose values are not a list of text', () => {
    expect(refusal(file({ filter: { sex: 'F' } }))).toMatch(/^filter.sex must be a list of at least one value/);
    expect(refusal(file({ filter: { sex: [] } }))).toMatch(/^filter.sex must be a list of at least one value/);
    expect(refusal(file({ filter: { sex: [1] } }))).toMatch(/^filter.sex\[0\] must be text of 1 to 64 characters/);
    expect(refusal(file({ filter: { school_ref: ['y'.repeat(65)] } }))).toMatch(
      /^filter.school_ref\[0\] must be text of 1 to 64/,
    );
  });

  it('refuses a filter value the contract does not know, wrapping validateFilter', () => {
    expect(refusal(file({ filter: { key_stage: ['KS9'] } }))).toBe(
      'filter: key_stage has no value "KS9": use EY, KS1, KS2, KS3, KS4, POST16.',
    );
  });

  it('never quotes a long refused filter value', () => {
    const long = 'NOT A SCHOOL REF WITH SPACES';
    const m = refusal(file({ filter: { school_ref: [long] } }));
    expect(m).toMatch(/^filter: school_ref has no value \(a value of 28 characters, not shown\)/);
    expect(m).not.toContain(long);
  });

  it('refuses a filter value holding a UPN', () => {
    const m = refusal(file({ filter: { school_ref: ['H801200001001'] } }));
    expect(m).toMatch(/^filter.school_ref\[0\] holds a UPN/);
    expect(m).not.toContain('H801200001001');
  });

  it('refuses child_ids that are not a list', () => {
    expect(refusal(file({ child_ids: 'C1' }))).toMatch(/^child_ids must be a list/);
    expect(refusal(file({}, ['child_ids']))).toMatch(/^child_ids must be a list/);
  });

  it('refuses a child_id that is not a non-empty string of up to 64 id characters, without quoting it', () => {
    expect(refusal(file({ child_ids: ['C1', ''] }))).toMatch(
      /^child_ids\[1\] is not a child_id: each must be 1 to 64 letters, digits, _ or -/,
    );
    expect(refusal(file({ child_ids: [7] }))).toMatch(/^child_ids\[0\] is not a child_id/);
    expect(refusal(file({ child_ids: ['C1', 'C2', 'z'.repeat(65)] }))).toMatch(/^child_ids\[2\] is not a child_id/);
    const m = refusal(file({ child_ids: ['Jane Smith'] }));
    expect(m).toMatch(/^child_ids\[0\] is not a child_id/);
    expect(m).not.toContain('Jane');
    expect(parseGroup(file({ child_ids: ['z'.repeat(64)] })).child_ids).toEqual(['z'.repeat(64)]);
  });

  it('refuses a UPN among the child_ids', () => {
    expect(refusal(file({ child_ids: ['C1', 'H801200001001'] }))).toMatch(/^child_ids\[1\] is a UPN/);
  });

  it('refuses more than 100,000 child_ids', () => {
    const ids = Array.from({ length: MAX_CHILD_IDS + 1 }, (_, i) => `C${i}`);
    expect(refusal(file({ child_ids: ids }))).toMatch(
      /^child_ids has 100,001 entries: a group holds 100,000 children at most/,
    );
  });

  it('refuses a missing or malformed created date', () => {
    expect(refusal(file({}, ['created']))).toMatch(/^created must be the date the group was saved, as ISO 8601/);
    expect(refusal(file({ created: 'last Tuesday' }))).toMatch(/^created must be/);
    expect(refusal(file({ created: '2025-13-45' }))).toMatch(/^created must be/);
    expect(parseGroup(file({ created: '2025-01-31' })).created).toBe('2025-01-31');
  });

  it('refuses unknown fields, quoting only short names', () => {
    expect(refusal(file({ rows: [] }))).toMatch(
      /^the group has unknown field "rows": a group holds only schema, name, filter, child_ids, created/,
    );
    expect(refusal(file({ a: 1, b: 2, c: 3, d: 4 }))).toMatch(/unknown fields "a", "b", "c" and 1 more/);
    const m = refusal(file({ ['k'.repeat(40)]: 1 }));
    expect(m).toMatch(/unknown field \(a value of 40 characters, not shown\)/);
  });
});

describe('makeGroup(name, filter, ids)', () => {
  it('checks what is saved as parseGroup checks a file', () => {
    const g = makeGroup(' Mine ', { sex: ['m'] }, new Set(['C1', 'C2']), new Date('2025-02-01T10:00:00Z'));
    expect(g).toEqual({
      schema: 'vsd-group/1',
      name: 'Mine',
      filter: { sex: ['M'] },
      child_ids: ['C1', 'C2'],
      created: '2025-02-01T10:00:00.000Z',
    });
    expect(() => makeGroup('', {}, [])).toThrow(GroupError);
  });
});

describe('groupFileName(name)', () => {
  it('is a slug of the name', () => {
    expect(groupFileName('Year 10 — Oak Académie!')).toBe('group-year-10-oak-academie.json');
    expect(groupFileName('???')).toBe('group-unnamed.json');
    expect(groupFileName('a'.repeat(100))).toBe(`group-${'a'.repeat(60)}.json`);
  });
});

describe('presentIn(group, loadedIds)', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `C${i + 1}`);
  const loaded = (n: number) => new Set(ids(n));

  it("counts the group's children in the loaded data", () => {
    expect(presentIn({ child_ids: ids(14) }, loaded(12))).toEqual({
      present: 12,
      total: 14,
      sentence: '12 of 14 children are in the loaded data',
    });
  });
  it('says all when every child is loaded', () => {
    expect(presentIn({ child_ids: ids(14) }, loaded(20)).sentence).toBe('All 14 children are in the loaded data');
  });
  it('says none when no child is loaded', () => {
    expect(presentIn({ child_ids: ids(3) }, new Set(['X']))).toEqual({
      present: 0,
      total: 3,
      sentence: 'None of the 3 children is in the loaded data',
    });
  });
  it('speaks of 1 child in the singular', () => {
    expect(presentIn({ child_ids: ids(1) }, loaded(1)).sentence).toBe('The 1 child is in the loaded data');
    expect(presentIn({ child_ids: ids(1) }, new Set()).sentence).toBe('The 1 child is not in the loaded data');
    expect(presentIn({ child_ids: ids(14) }, loaded(1)).sentence).toBe('1 of 14 children is in the loaded data');
  });
  it('groups thousands the en-GB way', () => {
    expect(presentIn({ child_ids: ids(80_000) }, loaded(79_812)).sentence).toBe(
      '79,812 of 80,000 children are in the loaded data',
    );
  });
  it('says when no child is picked by hand', () => {
    expect(presentIn({ child_ids: [] }, loaded(5))).toEqual({
      present: 0,
      total: 0,
      sentence: 'No children are picked by hand: the filter alone chooses them',
    });
  });
});

describe('groupFilter(group)', () => {
  it('adds the children picked by hand to the filter, as the child_id filter the measures know', () => {
    expect(groupFilter({ filter: { key_stage: ['KS4'] }, child_ids: ['C1', 'C2'] })).toEqual({
      key_stage: ['KS4'],
      child_id: ['C1', 'C2'],
    });
  });
  it('is the filter alone when no child was picked', () => {
    expect(groupFilter({ filter: { sex: ['F'] }, child_ids: [] })).toEqual({ sex: ['F'] });
  });
});
