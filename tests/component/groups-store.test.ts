import { beforeEach, describe, expect, it } from 'vitest';
import { groupJson, makeGroup } from '../../src/lib/groups/group';
import { GroupError, Groups } from '../../src/lib/groups/groups.svelte';

const KEY = 'vsd-groups';

describe('Groups, saved in local storage', () => {
  beforeEach(() => localStorage.clear());

  it('starts empty, with no notice', () => {
    const groups = new Groups();
    expect(groups.list).toEqual([]);
    expect(groups.notice).toBeNull();
  });

  it('saves a group that a new instance (a reload) reads back', () => {
    const saved = new Groups().save('Year 10 at Oak', { key_stage: ['ks4'] }, ['C1', 'C2', 'C1']);
    expect(saved).toMatchObject({
      schema: 'vsd-group/1',
      name: 'Year 10 at Oak',
      filter: { key_stage: ['KS4'] },
      child_ids: ['C1', 'C2'],
    });
    const reloaded = new Groups();
    expect(reloaded.list).toEqual([saved]);
    expect(reloaded.notice).toBeNull();
    expect(reloaded.has('year 10  AT oak')).toBe(true);
    expect(reloaded.get('Year 10 at Oak')?.child_ids).toEqual(['C1', 'C2']);
  });

  it('stores only the name, filter, ids and save date', () => {
    new Groups().save('Mine', { sex: ['F'] }, ['C1']);
    const stored = JSON.parse(localStorage.getItem(KEY)!);
    expect(stored.schema).toBe('vsd-groups/1');
    expect(stored.groups).toHaveLength(1);
    expect(Object.keys(stored.groups[0]).sort()).toEqual(['child_ids', 'created', 'filter', 'name']);
  });

  it('keeps groups in name order', () => {
    const groups = new Groups();
    groups.save('Year 11', {});
    groups.save('year 7', {});
    groups.save('Year 10', {});
    expect(groups.list.map((g) => g.name)).toEqual(['year 7', 'Year 10', 'Year 11']);
  });

  it('replaces a group saved under a name already used', () => {
    const groups = new Groups();
    groups.save('Caseload', { sex: ['F'] }, ['C1']);
    groups.save('Other', {});
    expect(groups.has('caseload')).toBe(true);
    groups.save('CASELOAD', { sex: ['M'] }, ['C2', 'C3']);
    expect(groups.list.map((g) => g.name)).toEqual(['CASELOAD', 'Other']);
    expect(new Groups().get('Caseload')).toMatchObject({ filter: { sex: ['M'] }, child_ids: ['C2', 'C3'] });
  });

  it('refuses to save a malformed group, keeping what was there', () => {
    const groups = new Groups();
    groups.save('Mine', {});
    expect(() => groups.save('', {})).toThrow(/name is empty/);
    expect(() => groups.save('Bad', { key_stage: ['KS9'] })).toThrow(GroupError);
    expect(() => groups.save('Bad', {}, ['not an id'])).toThrow(/child_ids\[0\]/);
    expect(new Groups().list.map((g) => g.name)).toEqual(['Mine']);
  });

  it('removes a group, and the last one clears the stored value', () => {
    const groups = new Groups();
    groups.save('A', {});
    groups.save('B', {});
    expect(groups.remove('a')).toBe(true);
    expect(groups.remove('nope')).toBe(false);
    expect(new Groups().list.map((g) => g.name)).toEqual(['B']);
    groups.remove('B');
    expect(groups.list).toEqual([]);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('drops a stored value that is not JSON, with a notice, and works on', () => {
    localStorage.setItem(KEY, '{"schema": "vsd-gro');
    const groups = new Groups();
    expect(groups.list).toEqual([]);
    expect(groups.notice).toMatch(/saved pupil groups could not be read \(not JSON\) and were removed/);
    expect(localStorage.getItem(KEY)).toBeNull();
    groups.save('Fresh', {});
    expect(new Groups().list.map((g) => g.name)).toEqual(['Fresh']);
  });

  it('drops a stored value of another shape, with a notice', () => {
    localStorage.setItem(KEY, JSON.stringify([{ name: 'x' }]));
    const groups = new Groups();
    expect(groups.list).toEqual([]);
    expect(groups.notice).toMatch(/not a vsd-groups\/1 value/);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('drops only the stored groups that cannot be read, saying how many', () => {
    const good = { name: 'Good', filter: { sex: ['F'] }, child_ids: ['C1'], created: '2025-01-31T09:30:00.000Z' };
    const bad = { ...good, name: 'Bad', filter: { colour: ['red'] } };
    localStorage.setItem(
      KEY,
      JSON.stringify({ schema: 'vsd-groups/1', groups: [good, bad, { ...good, name: 'Worse', rows: [] }] }),
    );
    const groups = new Groups();
    expect(groups.list.map((g) => g.name)).toEqual(['Good']);
    expect(groups.notice).toMatch(
      /^2 saved pupil groups could not be read \(filter has an unknown key "colour".*\) and were removed from this browser\.$/,
    );
    const reloaded = new Groups();
    expect(reloaded.list.map((g) => g.name)).toEqual(['Good']);
    expect(reloaded.notice).toBeNull();
  });

  it('imports a vsd-group/1 file with its own save date, and a reload keeps it', () => {
    const file = groupJson(
      makeGroup('Shared by Sam', { school_in_la: ['N'] }, ['C9', 'C8'], new Date('2024-09-01T08:00:00Z')),
    );
    const groups = new Groups();
    const g = groups.import(file);
    expect(g).toEqual({
      schema: 'vsd-group/1',
      name: 'Shared by Sam',
      filter: { school_in_la: ['0'] },
      child_ids: ['C9', 'C8'],
      created: '2024-09-01T08:00:00.000Z',
    });
    expect(new Groups().list).toEqual([g]);
  });

  it('refuses a malformed file with the reason, changing nothing', () => {
    const groups = new Groups();
    groups.save('Mine', {});
    expect(() => groups.import('not json')).toThrow(/not JSON/);
    expect(() => groups.import(JSON.stringify({ schema: 'vsd-group/2' }))).toThrow(/schema must be "vsd-group\/1"/);
    expect(new Groups().list.map((g) => g.name)).toEqual(['Mine']);
  });

  it("says when the browser's storage is full, keeping the groups as they were", () => {
    const full: Storage = Object.assign(Object.create(localStorage), {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    });
    const groups = new Groups(full);
    expect(() => groups.save('Big', {}, ['C1'])).toThrow(/storage for the dashboard is full/);
    expect(groups.list).toEqual([]);
  });

  it('works without storage, for the tab only', () => {
    const groups = new Groups(null);
    groups.save('Tab only', {});
    expect(groups.list.map((g) => g.name)).toEqual(['Tab only']);
  });
});
