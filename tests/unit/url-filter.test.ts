import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState } from '../../src/lib/state/url-filter';

describe('readViewState(search) and writeViewState(state)', () => {
  it('reads filters and years from a link, upper-casing codes and dropping what the contract does not know', () => {
    expect(readViewState('?sex=f&key_stage=KS3,KS4&colour=red&uasc=true&from=2021/22&to=bad&nc_year=99')).toEqual({
      filter: { sex: ['F'], key_stage: ['KS3', 'KS4'], uasc: ['1'] }, from: '2021/22', to: null,
    });
  });
  it('writes keys in the contract order, keeping other parameters', () => {
    const search = writeViewState({ filter: { key_stage: ['KS4'], sex: ['F'] }, from: null, to: '2024/25' }, new URLSearchParams('demo&sex=M'));
    expect(search).toBe('?demo=&sex=F&key_stage=KS4&to=2024/25');
    expect(readViewState(search).filter).toEqual({ sex: ['F'], key_stage: ['KS4'] });
  });
  it('writes nothing for an empty state', () => {
    expect(writeViewState({ filter: {}, from: null, to: null })).toBe('');
  });
});
