import { presentIn, type Group, type Presence } from '../../../lib/groups/group';
import { AREAS } from '../../../lib/measures/areas';

/** What the page says instead of a table when the group has no figures to show, or null when it has some. */
export function emptySentence(presence: Presence, records: boolean): string | null {
  if (presence.total > 0 && presence.present === 0)
    return `${presence.sentence}, so the group has no figures to show. Its children are kept: load the exports that hold them.`;
  if (!records)
    return 'No child of this group has a record behind the headline measures in the years loaded, so the group has no figures to show.';
  return null;
}

export const captionOf = (name: string): string =>
  `${name}: headline measures in the latest year of each, beside the whole roll and the national figure`;

/** Why the Overview's register measures are missing from a group's page. */
export function registerNote(): string {
  const [first, ...rest] = AREAS.filter((a) => a.registers).map((a) => a.label);
  const list = rest.length ? `${[first, ...rest.slice(0, -1)].join(', ')} and ${rest.at(-1)!.toLowerCase()}` : first;
  return `${list} are not shown for a group: they count register records, which a pupil group does not narrow.`;
}

/** Who is in the group, as a sentence: how many of its hand-picked children are loaded, once that is known. */
export function childrenWords(group: Pick<Group, 'child_ids'>, loaded: ReadonlySet<string> | null): string {
  const total = group.child_ids.length;
  if (total > 0 && !loaded)
    return `${total.toLocaleString('en-GB')} ${total === 1 ? 'child' : 'children'} picked by hand.`;
  return `${presentIn(group, loaded ?? new Set()).sentence}.`;
}
