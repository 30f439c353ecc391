import type { Db } from '../db/types';
import { groupFilter, type Group } from '../groups/group';
import { loadedChildren } from '../groups/loaded';
import { HEADLINES } from '../measures/areas';
import type { MeasureRunner, Row } from './measure-runner';

/** The Overview's own batch, so that the whole roll's figures come from the runner's cache when the Overview ran them. */
const BATCH = { ids: HEADLINES, dimension: null };

export interface GroupResult {
  group: Pick<Group, 'filter' | 'child_ids'>;
  /** the headline rows under the group's filter, and under none */
  own: readonly Row[];
  roll: readonly Row[];
  /** which of the group's hand-picked children are in the loaded data */
  loaded: ReadonlySet<string>;
}

/** A group's headline rows beside the whole roll's, and which of its children are loaded; a newer request always wins. */
export class GroupData {
  result = $state.raw<GroupResult | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  private latest = 0;

  constructor(
    private readonly runner: MeasureRunner,
    private readonly db: () => Promise<Db>,
  ) {}

  async load(version: number, group: Pick<Group, 'filter' | 'child_ids'>): Promise<void> {
    const ticket = ++this.latest;
    // another group's figures never show under this one's name; the same group's stay until the new ones come
    if (this.result && this.result.group !== group) this.result = null;
    this.loading = true;
    try {
      const [[own], [roll], loaded] = await Promise.all([
        this.runner.run(version, groupFilter(group), [BATCH]),
        this.runner.run(version, {}, [BATCH]),
        this.db().then((db) => loadedChildren(db, group.child_ids)),
      ]);
      if (ticket !== this.latest) return;
      this.result = { group, own, roll, loaded };
      this.error = null;
    } catch (e) {
      if (ticket === this.latest) this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (ticket === this.latest) this.loading = false;
    }
  }
}
