import { ID_MAX_LENGTH, isContractId } from '../contract';
import { identifierIn } from '../ingest/guard';
import { objectOf, readJson } from '../ingest/json-file';
import { FilterError, PUBLIC_FILTERS, validateFilter, type Filter } from '../measures/filter';

export const GROUP_SCHEMA = 'vsd-group/1';
export const NAME_MAX_LENGTH = 100;
/** More than the largest authority's roll, and still a file of about 1.5 MB. */
export const MAX_CHILD_IDS = 100_000;

/**
 * A saved pupil group, and its `vsd-group/1` file: a name, the cohort filter in force when it was saved and the
 * children ticked by hand. `child_ids` sits beside the filter, not inside it: `Filter` (measures/filter.ts) has no
 * `child_id` key yet, and the filter part is exactly what the URL and a report may show, the ids never are.
 * An empty `child_ids` means "every child passing the filter".
 */
export interface Group {
  schema: typeof GROUP_SCHEMA;
  name: string;
  filter: Filter;
  /** distinct, in the order first given */
  child_ids: string[];
  /** when the group was saved, ISO 8601 */
  created: string;
}

/** What a saved group holds in this browser: the file without its schema. */
export type StoredGroup = Omit<Group, 'schema'>;

export class GroupError extends Error {}

const FIELDS = ['schema', 'name', 'filter', 'child_ids', 'created'] as const;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Values longer than this are never quoted in a message. */
const QUOTE_MAX = 24;

const quoted = (v: string) =>
  v.length <= QUOTE_MAX && !CONTROL.test(v) && !identifierIn(v)
    ? `"${v}"`
    : `(a value of ${v.length} characters, not shown)`;

const record = (v: unknown, where: string) => objectOf(v, where, GroupError);

/** The name as kept: trimmed, inner runs of spaces as one. */
export function groupName(raw: unknown): string {
  if (typeof raw !== 'string')
    throw new GroupError(`name is missing: give the group a name of 1 to ${NAME_MAX_LENGTH} characters.`);
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) throw new GroupError(`name is empty: give the group a name of 1 to ${NAME_MAX_LENGTH} characters.`);
  if (name.length > NAME_MAX_LENGTH)
    throw new GroupError(`name has ${name.length} characters: shorten it to ${NAME_MAX_LENGTH} at most.`);
  if (CONTROL.test(name))
    throw new GroupError('name holds a control character: use letters, digits, spaces and punctuation only.');
  const kind = identifierIn(name);
  if (kind) throw new GroupError(`name holds ${kind}: a group name must not identify a child; rename it.`);
  return name;
}

/** The filter, checked against the contract's code lists by `validateFilter`; its FilterError becomes a GroupError. */
function groupFilterPart(raw: unknown): Filter {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new GroupError('filter must be an object of filter keys and their values ({} for the whole roll).');
  const f = raw as Record<string, unknown>;
  const known = PUBLIC_FILTERS.map((d) => d.key as string);
  const checked: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(f)) {
    if (!known.includes(key)) {
      const hint =
        key === 'child_id'
          ? ': the children picked by hand go in child_ids, beside the filter'
          : `: use one of ${known.join(', ')}`;
      throw new GroupError(`filter has an unknown key ${quoted(key)}${hint}.`);
    }
    if (!Array.isArray(values) || values.length === 0)
      throw new GroupError(
        `filter.${key} must be a list of at least one value, such as ["KS4"] for key_stage; leave the key out to keep every value.`,
      );
    values.forEach((v, i) => {
      if (typeof v !== 'string' || v.trim() === '' || v.length > ID_MAX_LENGTH)
        throw new GroupError(`filter.${key}[${i}] must be text of 1 to ${ID_MAX_LENGTH} characters.`);
      const kind = identifierIn(v);
      if (kind)
        throw new GroupError(`filter.${key}[${i}] holds ${kind}: no filter value may identify a child; remove it.`);
    });
    checked[key] = values as string[];
  }
  try {
    return validateFilter(checked);
  } catch (e) {
    if (!(e instanceof FilterError)) throw e;
    // validateFilter quotes the value it refuses: show it only when short
    let message = e.message;
    for (const values of Object.values(checked)) {
      for (const v of values)
        if (quoted(v) !== `"${v}"` && message.includes(`"${v}"`)) message = message.replace(`"${v}"`, quoted(v));
    }
    throw new GroupError(`filter: ${message.replace(/^filter /, '')}.`);
  }
}

/** The ids, checked as `child_id` pseudonyms of the contract; a repeated id is dropped silently (first kept). */
function childIds(raw: unknown): string[] {
  if (!Array.isArray(raw))
    throw new GroupError('child_ids must be a list of child_id values ([] for a group chosen by its filter alone).');
  if (raw.length > MAX_CHILD_IDS)
    throw new GroupError(
      `child_ids has ${raw.length.toLocaleString('en-GB')} entries: a group holds ${MAX_CHILD_IDS.toLocaleString('en-GB')} children at most; split it or use a filter.`,
    );
  const seen = new Set<string>();
  raw.forEach((v, i) => {
    // an id is a child's pseudonym: never quoted
    if (typeof v !== 'string' || !isContractId(v))
      throw new GroupError(
        `child_ids[${i}] is not a child_id: each must be 1 to ${ID_MAX_LENGTH} letters, digits, _ or -.`,
      );
    if (identifierIn(v)) throw new GroupError(`child_ids[${i}] is a UPN, not a child_id pseudonym: remove it.`);
    seen.add(v);
  });
  return [...seen];
}

function created(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 40 || !ISO.test(raw) || Number.isNaN(Date.parse(raw))) {
    throw new GroupError(
      'created must be the date the group was saved, as ISO 8601 (2025-01-31 or 2025-01-31T09:30:00Z).',
    );
  }
  return raw;
}

/** The fields of a group (a file or a stored group), checked; throws a GroupError naming the field and the fix. */
export function checkGroup(raw: unknown, fields: readonly string[] = FIELDS): StoredGroup {
  const d = record(raw, 'the group');
  const unknown = Object.keys(d).filter((k) => !fields.includes(k));
  if (unknown.length) {
    const shown =
      unknown.slice(0, 3).map(quoted).join(', ') + (unknown.length > 3 ? ` and ${unknown.length - 3} more` : '');
    throw new GroupError(
      `the group has unknown field${unknown.length === 1 ? '' : 's'} ${shown}: a group holds only ${fields.join(', ')}.`,
    );
  }
  return {
    name: groupName(d.name),
    filter: groupFilterPart(d.filter ?? null),
    child_ids: childIds(d.child_ids),
    created: created(d.created),
  };
}

/** A `vsd-group/1` document, checked; throws a GroupError naming the field and the fix. */
export function parseGroup(text: string): Group {
  const d = record(
    readJson(
      text,
      'Not a group: the file is not JSON. Choose a vsd-group/1 file exported from the Pupils view.',
      GroupError,
    ),
    'the group file',
  );
  if (d.schema !== GROUP_SCHEMA) {
    const was =
      typeof d.schema === 'string' ? ` (it is ${quoted(d.schema)})` : d.schema === undefined ? ' (it has none)' : '';
    throw new GroupError(`schema must be "${GROUP_SCHEMA}"${was}: choose a group file exported from the Pupils view.`);
  }
  return { schema: GROUP_SCHEMA, ...checkGroup(d) };
}

/** A group as it is saved: name normalised, filter checked, ids distinct. Throws a GroupError as parseGroup does. */
export function makeGroup(name: string, filter: Filter, ids: Iterable<string>, at: Date = new Date()): Group {
  return { schema: GROUP_SCHEMA, ...checkGroup({ name, filter, child_ids: [...ids], created: at.toISOString() }) };
}

/** The `vsd-group/1` file: fields in a fixed order, two-space indent, a final newline. */
export function groupJson(group: Group | StoredGroup): string {
  const doc: Group = {
    schema: GROUP_SCHEMA,
    name: group.name,
    filter: group.filter,
    child_ids: group.child_ids,
    created: group.created,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** `Year 10 — Oak Academy` → `group-year-10-oak-academy.json`. */
export function groupFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `group-${slug || 'unnamed'}.json`;
}

export interface Presence {
  present: number;
  total: number;
  sentence: string;
}

const n = (v: number) => v.toLocaleString('en-GB');
const children = (v: number) => `${n(v)} ${v === 1 ? 'child' : 'children'}`;

/**
 * How many of the group's children are in the loaded data. The group keeps every id whatever the answer: a child
 * not loaded today may be in next term's exports. The sentence has no final full stop.
 */
export function presentIn(group: Pick<Group, 'child_ids'>, loadedIds: ReadonlySet<string>): Presence {
  const total = group.child_ids.length;
  const present = group.child_ids.reduce((k, id) => k + (loadedIds.has(id) ? 1 : 0), 0);
  let sentence: string;
  if (total === 0) sentence = 'No children are picked by hand: the filter alone chooses them';
  else if (total === 1)
    sentence = present ? 'The 1 child is in the loaded data' : 'The 1 child is not in the loaded data';
  else if (present === total) sentence = `All ${children(total)} are in the loaded data`;
  else if (present === 0) sentence = `None of the ${children(total)} is in the loaded data`;
  else sentence = `${n(present)} of ${children(total)} ${present === 1 ? 'is' : 'are'} in the loaded data`;
  return { present, total, sentence };
}

/** The filter the measures run a group under: its filter and, when children were picked by hand, those children. */
export function groupFilter(group: Pick<Group, 'filter' | 'child_ids'>): Filter {
  return group.child_ids.length ? { ...group.filter, child_id: [...group.child_ids] } : { ...group.filter };
}
