import { FILTERS, PUBLIC_FILTERS, validateFilter, type Filter, type FilterKey } from '../measures/filter';

export interface ViewState {
  filter: Filter;
  /** first and last academic year shown, e.g. '2021/22'; null = all */
  from: string | null;
  to: string | null;
}

const PERIOD = /^\d{4}\/\d{2}$/;

/** `?sex=F&key_stage=KS3,KS4&from=2021/22`: invalid keys or values in a pasted link are dropped, not fatal; a group's children are never read from a link. */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filter: Filter = {};
  for (const def of PUBLIC_FILTERS) {
    const raw = params.get(def.key);
    if (!raw) continue;
    try {
      Object.assign(filter, validateFilter({ [def.key]: raw.split(',').filter(Boolean) }));
    } catch {
      // a link edited by hand: ignore what the contract does not know
    }
  }
  const period = (key: string) => (PERIOD.test(params.get(key) ?? '') ? params.get(key) : null);
  return { filter, from: period('from'), to: period('to') };
}

/** The search string of a view state, keys in the contract's order so equal states give equal links. */
export function writeViewState(state: ViewState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams();
  for (const [k, v] of keep) if (!FILTERS.some((f) => f.key === k) && k !== 'from' && k !== 'to') params.set(k, v);
  for (const def of PUBLIC_FILTERS) {
    const values = state.filter[def.key as FilterKey];
    if (values?.length) params.set(def.key, values.join(','));
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  const s = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return s ? `?${s}` : '';
}
