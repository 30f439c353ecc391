import type { Filter } from '../measures/filter';
import { readViewState, writeViewState, type ViewState } from './url-filter';

/** The cohort filter and year range, kept in the URL so that a link reproduces the view and back/forward work. */
export class ViewStateStore {
  filter = $state.raw<Filter>({});
  from = $state<string | null>(null);
  to = $state<string | null>(null);

  constructor() {
    this.read();
  }

  read(): void {
    const s = readViewState(location.search);
    this.filter = s.filter;
    this.from = s.from;
    this.to = s.to;
  }

  /** Change the state and add a history entry. */
  set(next: Partial<ViewState>): void {
    const state: ViewState = {
      filter: next.filter ?? this.filter,
      from: next.from !== undefined ? next.from : this.from,
      to: next.to !== undefined ? next.to : this.to,
    };
    const search = writeViewState(state, new URLSearchParams(location.search));
    if (search === location.search || (search === '' && location.search === '')) return;
    history.pushState(null, '', `${location.pathname}${search}${location.hash}`);
    this.read();
  }

  setValues(key: keyof Filter, values: string[]): void {
    const filter = { ...this.filter };
    if (values.length) filter[key] = values;
    else delete filter[key];
    this.set({ filter });
  }

  clear(): void {
    this.set({ filter: {}, from: null, to: null });
  }

  listen(): () => void {
    const onPop = () => this.read();
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }
}
