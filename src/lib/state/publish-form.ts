import type { Snapshot } from '../snapshot/document';
import { textProblems } from '../snapshot/texts';

export interface PublishForm {
  title: string;
  authority: string;
  as_at: string;
  k: number | null;
  from: string;
  to: string;
  /** by area id, the texts that will be published */
  commentary: Record<string, string>;
}

export const MIN_K = 6;
export const MAX_K = 20;

/** What stops a snapshot being published, by field: a missing value, a k outside 6 to 20, years the wrong way round, a text that could identify a child. */
export function formProblems(f: PublishForm): Record<string, string> {
  const out: Record<string, string> = {};
  if (!f.title.trim()) out.title = 'Give the snapshot a title.';
  if (!f.authority.trim()) out.authority = 'Name the local authority, or pick it from the list.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.as_at)) out.as_at = 'Give the date the figures are as at.';
  if (typeof f.k !== 'number' || !Number.isInteger(f.k) || f.k < MIN_K || f.k > MAX_K) {
    out.k = `The threshold must be a whole number from ${MIN_K} to ${MAX_K}.`;
  }
  if (f.from && f.to && f.from > f.to) out.to = 'The last year is before the first year.';
  const texts = {
    title: f.title,
    authority: f.authority,
    ...Object.fromEntries(Object.entries(f.commentary).map(([id, text]) => [`commentary.${id}`, text])),
  };
  return { ...out, ...textProblems(texts) };
}

/** `snapshot-dudley-2025-08-31`: the authority and the as-at date, nothing else. */
export function snapshotFileName(s: Pick<Snapshot, 'authority' | 'as_at'>): string {
  const slug = s.authority
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `snapshot-${slug || 'authority'}-${s.as_at}`;
}

/** Today in this computer's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
