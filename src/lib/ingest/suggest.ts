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

/** Whether a file's header could be meant for a contract column: same letters, one inside the other, or a typo away. */
function couldBe(header: string, column: string): boolean {
  const h = squash(header);
  const c = column.replace(/_/g, '');
  if (h.length < 2) return false;
  if (h === c || (h.length >= 4 && (c.includes(h) || h.includes(c)))) return true;
  if (distance(h, c) <= Math.max(1, Math.floor(c.length / 5))) return true;
  const words = column.split('_').filter((w) => w.length >= 4);
  return words.some((w) => h.includes(w));
}

/** "`startdate` could be start_date": the file's own columns that could be the missing ones. */
export function suggestColumns(missing: readonly string[], headers: readonly string[]): string[] {
  const out: string[] = [];
  for (const col of missing) {
    const candidates = headers.filter((h) => h.trim() !== '' && couldBe(h, col));
    if (candidates.length) out.push(`${candidates.map((h) => `"${h}"`).join(' or ')} could be ${col}`);
  }
  return out;
}
