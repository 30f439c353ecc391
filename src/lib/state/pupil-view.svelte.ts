import type { RowKey, SortState } from '../table/types';

const COLUMNS_KEY = 'vsd-pupil-columns';

/**
 * What a person chose in the Pupils view, kept while they open a child and come back. The choice of columns is
 * also kept in this browser (local storage `vsd-pupil-columns`: column names only), for the next visit.
 */
export class PupilViewSettings {
  /** null: the latest year of the roll */
  year = $state<string | null>(null);
  search = $state('');
  needsOnly = $state(false);
  sort = $state<SortState | null>(null);
  /** the children ticked by hand */
  picked = $state.raw<Set<RowKey>>(new Set());
  #columns = $state<string[]>([]);

  /** `known`: every column's key, in the table's order; `initial`: those shown until the person chooses */
  constructor(
    known: readonly string[],
    readonly initial: readonly string[],
    private readonly storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage,
  ) {
    let saved: unknown = null;
    try {
      saved = JSON.parse(this.storage?.getItem(COLUMNS_KEY) ?? 'null');
    } catch {
      saved = null; // unreadable: the initial choice
    }
    const chosen = Array.isArray(saved) ? known.filter((k) => saved.includes(k)) : [];
    this.#columns = chosen.length ? chosen : [...initial];
  }

  /** the keys of the shown columns, in the table's order */
  get columns(): string[] {
    return this.#columns;
  }

  set columns(keys: string[]) {
    this.#columns = keys;
    try {
      this.storage?.setItem(COLUMNS_KEY, JSON.stringify(keys));
    } catch {
      // storage refused or full: the choice lasts until the tab closes
    }
  }
}
