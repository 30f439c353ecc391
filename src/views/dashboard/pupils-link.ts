import { readViewState, writeViewState } from '../../lib/state/url-filter';

/** The link to the Pupils view of one school: the dashboard's filter and years, narrowed to the children enrolled there. */
export function pupilsAtSchool(search: string, ref: string): string {
  const state = readViewState(search);
  return `${writeViewState({ ...state, filter: { ...state.filter, school_ref: [ref] } }, new URLSearchParams(search))}#/pupils`;
}
