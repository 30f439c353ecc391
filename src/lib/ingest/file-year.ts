/**
 * The reporting year (ending 31 March) a file name gives: `2025` as a lone four-digit group 2000–2099; `2024-25`,
 * `2024/25` or `202425` give their second year. Two different candidates: 'ambiguous' (the app asks). None: null.
 */
export function yearFromFileName(name: string): number | 'ambiguous' | null {
  const stem = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const found = new Set<number>();
  for (const m of stem.matchAll(/(?<!\d)(20\d\d)[-/_]?(\d\d)(?!\d)/g)) {
    const first = Number(m[1]);
    if ((first + 1) % 100 === Number(m[2])) found.add(first + 1);
  }
  for (const m of stem.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)) {
    const rest = stem.slice(m.index + 4);
    if (!/^[-/_]?\d\d(?!\d)/.test(rest) || !found.has(Number(m[1]) + 1)) found.add(Number(m[1]));
  }
  if (found.size === 0) return null;
  return found.size === 1 ? [...found][0] : 'ambiguous';
}
