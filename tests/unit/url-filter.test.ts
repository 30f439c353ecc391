import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState } from '../../src/lib/state/url-filter';

describe('readViewState(search) and writeViewState(state)', () => {
  it('reads filters and years from a link, upper-casing codes and dropping what the contract does not know', () => {
    expect(readViewState('?sex=f&key_stage=KS3,KS4&colour=red&uasc=true&from=2021/22&to=bad&nc_year=99')).toEqual({
      filter: { sex: ['F'], key_stage: ['KS3', 'KS4'], uasc: ['1'] },
      from: '2021/22',
      to: null,
    });
  });
  it('writes keys in the contract order, keeping other parameters', () => {
    const search = writeViewState(
      { filter: { key_stage: ['KS4'], sex: ['F'] }, from: null, to: '2024/25' },
      new URLSearchParams('demo&sex=M'),
    );
    expect(search).toBe('?demo=&sex=F&key_stage=KS4&to=2024/25');
    expect(readViewState(search).filter).toEqual({ sex: ['F'], key_stage: ['KS4'] });
  });
  it('never writes or reads the children of a pupil group (child_id)', () => {
    expect(
      writeViewState(
        { filter: { sex: ['F'], child_id: ['P1', 'P2'] }, from: null, to: null },
        new URLSearchParams('child_id=P9'),
      ),
    ).toBe('?sex=F');
    expect(readViewState('?child_id=P1,P2&sex=F').filter).toEqual({ sex: ['F'] });
  });
  it('writes nothing for an empty state', () => {
    expect(writeViewState({ filter: {}, from: null, to: null })).toBe('');
  });
});
