import { normaliseHeader } from '../contract';

const squash = (s: string): string => normaliseHeader(s).replace(/_/g, '');

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

/** How well a file's header could be meant for a contract column: 0 not at all, up to 4 (the same letters). */
export function likeness(header: string, column: string): number {
  const h = squash(header);
  const c = column.replace(/_/g, '');
  if (h.length < 2) return 0;
  if (h === c) return 4;
  const words = column.split('_').filter((w) => w.length >= 4);
  if (words.includes(h)) return 3;
  if (h.length >= 4 && (c.includes(h) || h.includes(c) || words.some((w) => h.includes(w)))) return 2;
  return distance(h, c) <= Math.max(1, Math.floor(c.length / 5)) ? 1 : 0;
}

/** "`startdate` could be start_date": the file's own columns most like each missing one. */
export function suggestColumns(missing: readonly string[], headers: readonly string[]): string[] {
  const out: string[] = [];
  for (const col of missing) {
    const scored = headers.filter((h) => h.trim() !== '').map((h) => ({ h, score: likeness(h, col) }));
    const best = Math.max(0, ...scored.map((s) => s.score));
    const candidates = scored.filter((s) => best > 0 && s.score === best).map((s) => s.h);
    if (candidates.length) out.push(`${candidates.map((h) => `"${h}"`).join(' or ')} could be ${col}`);
  }
  return out;
}
