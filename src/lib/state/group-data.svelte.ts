import type { Db } from '../db/types';
import { groupFilter, type Group } from '../groups/group';
import { loadedChildren } from '../groups/loaded';
import { HEADLINES } from '../measures/areas';
import type { Client, Coordinator, Row } from './coordinator';

/** The Overview's own batch, so that the whole roll's figures come from the coordinator's cache when the Overview ran them. */
const BATCH = { ids: HEADLINES, dimension: null };

export interface GroupResult {
  group: Pick<Group, 'filter' | 'child_ids'>;
  /** the headline rows under the group's filter, and under none */
  own: readonly Row[];
  roll: readonly Row[];
  /** which of the group's hand-picked children are in the loaded data */
  loaded: ReadonlySet<string>;
}

/** A group's headline rows beside the whole roll's, and which of its children are loaded, for the newest group asked. */
export class GroupData implements Client<GroupResult> {
  result = $state.raw<GroupResult | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);

  constructor(
    private readonly coordinator: Coordinator,
    private readonly db: () => Promise<Db>,
  ) {}

  load(version: number, group: Pick<Group, 'filter' | 'child_ids'>): Promise<void> {
    // another group's figures never show under this one's name; the same group's stay until the new ones come
    if (this.result && this.result.group !== group) this.result = null;
    return this.coordinator.request(this, async () => {
      const [[own], [roll], loaded] = await Promise.all([
        this.coordinator.run(version, groupFilter(group), [BATCH]),
        this.coordinator.run(version, {}, [BATCH]),
        this.db().then((db) => loadedChildren(db, group.child_ids)),
      ]);
      return { group, own, roll, loaded };
    });
  }

  queryPending(): void {
    this.loading = true;
  }

  queryResult(result: GroupResult): void {
    this.result = result;
    this.error = null;
    this.loading = false;
  }

  queryError(message: string): void {
    this.error = message;
    this.loading = false;
  }
}
