import type { Group } from '../groups/group';

/**
 * The saved group the Pupils view lists, if any: its filter goes into the URL like any filter, its hand-picked
 * children stay here, in memory only.
 */
export class ChosenGroup {
  group = $state.raw<Group | null>(null);
  /** "12 of 14 children are in the loaded data", once known */
  presence = $state<string | null>(null);

  use(group: Group, presence: string | null = null): void {
    this.group = group;
    this.presence = presence;
  }

  clear(): void {
    this.group = null;
    this.presence = null;
  }
}
