import type { Filter } from '../measures/filter';
import { checkGroup, GROUP_SCHEMA, GroupError, makeGroup, parseGroup, type Group, type StoredGroup } from './group';

const KEY = 'vsd-groups';
const STORE_SCHEMA = 'vsd-groups/1';
const STORED_FIELDS = ['name', 'filter', 'child_ids', 'created'] as const;

/** The stored value: the groups' names, filters, ids and save dates, nothing else. */
interface Stored {
  schema: typeof STORE_SCHEMA;
  groups: StoredGroup[];
}

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
const byName = (a: Group, b: Group) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base', numeric: true });

/**
 * The pupil groups saved in this browser (local storage key `vsd-groups`): each its name, filter, hand-picked
 * `child_id`s and save date. Names are unique ignoring case and spacing. A stored value that cannot be read is
 * dropped, and `notice` says so, rather than breaking the app.
 */
export class Groups {
  /** the saved groups, by name; replaced, never mutated in place (a group may hold 100,000 ids) */
  list = $state.raw<readonly Group[]>([]);
  /** what happened to an unreadable stored value, for the view to show; null when nothing did */
  notice = $state<string | null>(null);

  constructor(private readonly storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage) {
    let saved: string | null = null;
    try {
      saved = this.storage?.getItem(KEY) ?? null;
    } catch {
      return; // storage refused (a privacy setting): groups last until the tab closes
    }
    if (!saved) return;
    const { groups, dropped, reason } = readStored(saved);
    this.list = groups.sort(byName);
    if (dropped === 'all') {
      this.notice = `The saved pupil groups could not be read (${reason}) and were removed from this browser.`;
      this.write(this.list, true);
    } else if (dropped > 0) {
      this.notice = `${dropped} saved pupil group${dropped === 1 ? '' : 's'} could not be read (${reason}) and ${dropped === 1 ? 'was' : 'were'} removed from this browser.`;
      this.write(this.list, true);
    }
  }

  /** Whether a group of this name is saved (ignoring case and spacing): saving under it replaces that group, so ask first. */
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  get(name: string): Group | undefined {
    const k = key(name);
    return this.list.find((g) => key(g.name) === k);
  }

  /**
   * Save the filter and the ticked children under this name, replacing a group of the same name (the caller asks
   * first, with `has`). Throws a GroupError naming what is wrong, or saying the browser's storage is full.
   */
  save(name: string, filter: Filter, ids: Iterable<string> = []): Group {
    return this.put(makeGroup(name, filter, ids));
  }

  /** Forget the group of this name; false when there was none. */
  remove(name: string): boolean {
    const k = key(name);
    const next = this.list.filter((g) => key(g.name) !== k);
    if (next.length === this.list.length) return false;
    this.write(next);
    return true;
  }

  /**
   * Take a `vsd-group/1` file: checked by parseGroup, then saved with its own save date, replacing a group of the
   * same name (check with `parseGroup` and `has` first to ask). Throws a GroupError with the reason.
   */
  import(text: string): Group {
    return this.put(parseGroup(text));
  }

  private put(group: Group): Group {
    const k = key(group.name);
    this.write([...this.list.filter((g) => key(g.name) !== k), group].sort(byName));
    return group;
  }

  /** Store then show; when the browser refuses (storage full), nothing changes and a GroupError says why. */
  private write(next: readonly Group[], quiet = false): void {
    const stored: Stored = {
      schema: STORE_SCHEMA,
      groups: next.map(({ name, filter, child_ids, created }) => ({ name, filter, child_ids, created })),
    };
    try {
      if (next.length) this.storage?.setItem(KEY, JSON.stringify(stored));
      else this.storage?.removeItem(KEY);
    } catch {
      if (!quiet)
        throw new GroupError(
          "The group was not saved: this browser's storage for the dashboard is full. Export and remove a group you no longer need, then save again.",
        );
    }
    this.list = next;
  }
}

function readStored(text: string): { groups: Group[]; dropped: number | 'all'; reason: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { groups: [], dropped: 'all', reason: 'not JSON' };
  }
  const d = doc as Partial<Stored> | null;
  if (typeof d !== 'object' || d === null || d.schema !== STORE_SCHEMA || !Array.isArray(d.groups)) {
    return { groups: [], dropped: 'all', reason: `not a ${STORE_SCHEMA} value` };
  }
  const groups = new Map<string, Group>();
  let dropped = 0;
  let reason = '';
  for (const raw of d.groups) {
    try {
      const g = checkGroup(raw, STORED_FIELDS);
      groups.set(key(g.name), { schema: GROUP_SCHEMA, ...g });
    } catch (e) {
      if (!(e instanceof GroupError)) throw e;
      dropped++;
      reason ||= e.message.replace(/\.$/, '');
    }
  }
  return { groups: [...groups.values()], dropped, reason };
}

export { GroupError };
