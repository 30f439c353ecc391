import type { Area } from '../../lib/measures/areas';
import type { Tally } from '../../lib/snapshot/figures';

/** The problems' fields, as the head reads them. */
export function fieldLabel(field: string, areas: readonly Area[]): string {
  const fixed: Record<string, string> = {
    title: 'the title',
    authority: 'the local authority',
    as_at: 'the as-at date',
    k: 'the threshold k',
    to: 'the years',
    'commentary.overview': 'the commentary on the overview',
  };
  if (fixed[field]) return fixed[field];
  const area = areas.find((a) => `commentary.${a.id}` === field);
  return area ? `the commentary on ${area.label}` : field;
}

/** Why the downloads are refused, or null when they are not. */
export function refusal(problems: Record<string, string>, areas: readonly Area[]): string | null {
  const fields = Object.keys(problems).map((f) => fieldLabel(f, areas));
  if (fields.length === 0) return null;
  return `Nothing can be downloaded while a problem stands: put right ${list(fields)}.`;
}

/** "12 cells suppressed: 7 small numbers (rules 1–3), 3 resting on fewer than 6 children (rule 7), 2 to protect another (rule 4), 0 linked counts (rule 9)". */
export function tallySentence(t: Tally, k: number): string {
  const total = t.small + t.children + t.secondary + t.linked;
  const n = (count: number, one: string, many = `${one}s`) =>
    `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
  return (
    `${n(total, 'cell')} suppressed: ${n(t.small, 'small number')} (rules 1–3), ${t.children.toLocaleString('en-GB')} resting on fewer than ${k} children (rule 7), ` +
    `${t.secondary.toLocaleString('en-GB')} to protect another (rule 4), ${n(t.linked, 'linked count')} (rule 9).`
  );
}

/** Describe an input by its hint and its problem, and mark it invalid while the problem stands. */
export function described(
  id: string,
  problem: string | undefined,
  hint = false,
): { 'aria-invalid': 'true' | undefined; 'aria-describedby': string | undefined } {
  const ids = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean);
  return { 'aria-invalid': problem ? 'true' : undefined, 'aria-describedby': ids.join(' ') || undefined };
}

const list = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
