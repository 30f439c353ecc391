import type { RowKey, SortState } from '../table/types';

/** What a person chose in the Pupils view, kept while they open a child and come back. */
export class PupilViewSettings {
  /** null: the latest year of the roll */
  year = $state<string | null>(null);
  search = $state('');
  needsOnly = $state(false);
  sort = $state<SortState | null>(null);
  /** the keys of the shown columns, in the table's order */
  columns = $state<string[]>([]);
  /** the children ticked by hand */
  picked = $state.raw<Set<RowKey>>(new Set());

  constructor(initialColumns: readonly string[]) {
    this.columns = [...initialColumns];
  }
}
