/**
 * Sorting strings as `localeCompare('en-GB', { numeric: true })` does, fast.
 *
 * A collator compare costs about a quarter of a microsecond, and sorting 80,000 distinct ids takes
 * over a million of them. For the common case of plain ids and names (ASCII letters, digits and
 * spaces) a string key compared by code unit gives the collator's order exactly: a primary part
 * (space < digits < letters, letters without case, a run of digits by its value) and a tertiary
 * part (lower case before upper case, only when the primary parts are equal). Anything else falls
 * back to the collator. A property test checks the two agree.
 */

export const collator = new Intl.Collator('en-GB', { numeric: true });

/** A key whose code-unit order is the collator's order, or null when `s` is not plain ASCII letters, digits and spaces. */
export function collationKey(s: string): string | null {
  let primary = '';
  let tertiary = '';
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      primary += '\x01';
      i++;
    } else if (c >= 48 && c <= 57) {
      // a run of digits, by its value: its length without leading zeros, then its digits
      let start = i;
      while (start < n && s.charCodeAt(start) === 48) start++;
      let end = start;
      while (end < n && s.charCodeAt(end) >= 48 && s.charCodeAt(end) <= 57) end++;
      primary += '\x02' + String.fromCharCode(0x20 + end - start) + s.slice(start, end);
      i = end;
    } else if (c >= 97 && c <= 122) {
      primary += s[i];
      tertiary += '0';
      i++;
    } else if (c >= 65 && c <= 90) {
      primary += String.fromCharCode(c + 32);
      tertiary += '1';
      i++;
    } else {
      return null;
    }
  }
  return primary + '\x00' + tertiary;
}

/**
 * The rank of each string in collation order, aligned with `texts`: equal ranks for strings that
 * compare equal (numeric collation: "01" and "1"), so a sort on the ranks can break ties itself.
 */
export function collationRanks(texts: readonly string[]): Uint32Array {
  const n = texts.length;
  // Each distinct string keyed once pays when values repeat (school names), and costs a map
  // entry per row when they do not (ids): look at the first rows to choose.
  const probe = Math.min(n, 1024);
  const seen = new Set<string>();
  for (let i = 0; i < probe; i++) seen.add(texts[i]);
  if (seen.size > 0.9 * probe) {
    const keys = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const k = collationKey(texts[i]);
      if (k === null) return collatorRanks(texts);
      keys[i] = k;
    }
    return ranksOfKeys(keys);
  }
  const idOf = new Map<string, number>();
  const which = new Uint32Array(n);
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = texts[i];
    let id = idOf.get(s);
    if (id === undefined) {
      const k = collationKey(s);
      if (k === null) return collatorRanks(texts);
      id = keys.length;
      idOf.set(s, id);
      keys.push(k);
    }
    which[i] = id;
  }
  const rankOf = ranksOfKeys(keys);
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) ranks[i] = rankOf[which[i]];
  return ranks;
}

/** Dense ranks of keys in code-unit order. */
function ranksOfKeys(keys: readonly string[]): Uint32Array {
  const n = keys.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  const ranks = new Uint32Array(n);
  let rank = 0;
  for (let j = 1; j < n; j++) {
    if (keys[order[j]] !== keys[order[j - 1]]) rank++;
    ranks[order[j]] = rank;
  }
  return ranks;
}

/** The collator's ranks, for strings outside the fast key: each distinct string compared once in a sort. */
function collatorRanks(texts: readonly string[]): Uint32Array {
  const distinct = [...new Set(texts)].sort(collator.compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  distinct.forEach((s, j) => {
    if (j > 0 && collator.compare(distinct[j - 1], s) !== 0) rank++;
    rankOf.set(s, rank);
  });
  return Uint32Array.from(texts, (s) => rankOf.get(s)!);
}
