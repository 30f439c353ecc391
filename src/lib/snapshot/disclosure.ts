/**
 * Disclosure control for published snapshots (spec/snapshots.md, rules 1–7; rule 4 with a total in
 * `secondary.ts`, rule 9 in `linked.ts`). Pure: report rows in, cells out.
 *
 * Readings of the points the rules leave open:
 * - Rules are applied to the numbers a row gives, whatever they count, and, where the row says how many
 *   children are behind it (`children`), rule 1 to those children too: a figure that counts sessions
 *   (`abs_overall_pct`, `susp_sessions_lost`), events (`susp_n`) or PEPs (`pep_n`) is c when it rests on 1
 *   to k−1 children, however large its own numbers.
 * - Rates whose numerator counts events (`susp_rate_per100`: suspensions ÷ pupils) or non-children
 *   (`ehe_cases_per_officer`: cases ÷ officers) get rule 2 as written: denominator ≥ k, numerator not in
 *   1..k−1, complement (d − n) not in 1..k−1. A negative complement (more events than pupils) is not in
 *   1..k−1, so it never suppresses; cases per officer is c whenever fewer than k officers hold cases.
 * - "In 1..k−1" is read as 0 < n < k, so a non-integer sum (half sessions) between k−1 and k is c too.
 * - Rule 7: a row of a measure with `behind` carries the children behind its value or numerator
 *   (`children`) and behind a ratio's complement (`complement_children`); either in 1..k−1 makes it c.
 *   Suspensions per 100 pupils has no complement children (pupils minus suspensions counts nothing), so
 *   only its numerator's children are checked beside rule 2. Cases per officer gets rule 2 as written
 *   (c while fewer than k officers hold cases: its cell publishes the officers as its denominator) and
 *   rule 7 on the children behind the open episodes.
 * - Symbols (rule 5): `z` (not applicable) for a ratio over a zero denominator; `x` (not available) for
 *   an average or median of no values (the source holds rows but no values, as Progress 8 in 2019/20),
 *   a null count, or a null value over a non-zero base. A figure whose base is unknown (null numerator
 *   or denominator beside a value) cannot be checked against the rules, so it is c.
 * - Rule 4 (secondary suppression) applies within one measure and period of a breakdown, always, whether
 *   or not its total is shown: suppressing one more cell is the safe side. The
 *   quantity that adds up, and by which "next smallest" is ranked, is the value of a count, the
 *   numerator of a ratio (whatever made it c: a complement-suppressed 7/10 is recovered from the total
 *   numerator just as well), and the number of values of an average (total mean × n = Σ group mean ×
 *   group n, and group sizes are published as their own measures). Ties go to the first row given.
 * - Zeros are skipped as secondary cells. Suppressing a 0 next to a lone c adds nothing: the two cells
 *   then sum to the primary count itself (3, 0, 12 of 15 → "c, c, 12" tells that the two groups hold
 *   exactly 3, and that one of them is 0). The next smallest non-zero cell is suppressed instead (→ "c, 0,
 *   c"); it is ≥ k, so the pair sums to more than k. Only when every other cell is 0 (then the total
 *   is the c itself, and is c too) is a zero suppressed, so that no lone c is ever left.
 * - Two or more primary c cells already satisfy rule 4 as written; nothing more is suppressed.
 * - A total that is c (its series point, hidden by rules 1–3, 7 or 9) with no group c: the smallest non-zero
 *   group is hidden, so that the groups do not add up to it. For a ratio both the numerators and the
 *   denominators add up: when every shown group's numerator is 0 (0/18, 0/20 under a total 0/38 hidden by
 *   rule 9 beside a roll of 40), the group of the smallest non-zero denominator is hidden instead.
 */
import type { Measure, Unit } from '../measures/define';
import type { ReportRow } from '../measures/report';

/** A displayed figure. A suppressed or missing figure carries no number (rule 6). */
export type Cell = { value: number | null; symbol: null } | { value: null; symbol: 'c' | 'x' | 'z' };

export type Kind = 'count' | 'ratio' | 'average';

/** What the rules need to know of a measure. */
export type Rules = Kind | { kind: Kind };
const kindOf = (r: Rules): Kind => (typeof r === 'string' ? r : r.kind);

const C: Cell = { value: null, symbol: 'c' };
const X: Cell = { value: null, symbol: 'x' };
const Z: Cell = { value: null, symbol: 'z' };

/** The threshold the dashboard marks small cells by, and a snapshot's default. */
export const DEFAULT_K = 6;

/** The threshold k: an integer from 6 to 20, else a RangeError. */
export function validK(k: number): number {
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 6 || k > 20) {
    throw new RangeError(`Disclosure threshold k must be a whole number from 6 to 20, not ${String(k)}`);
  }
  return k;
}

/** 1..k−1 (read as 0 < n < k). */
const small = (n: number, k: number) => n > 0 && n < k;

/** Rules 1–3 on one row, and rule 7 on the children behind it when the row gives them. */
export function suppressRow(row: ReportRow, rules: Rules, k = 6): Cell {
  validK(k);
  const cell = byRules(row, kindOf(rules), k);
  if (cell.symbol !== null) return cell;
  return (row.children !== undefined && small(row.children, k)) ||
    (row.complement_children !== undefined && small(row.complement_children, k))
    ? C
    : cell;
}

function byRules(row: ReportRow, kind: Kind, k: number): Cell {
  const { value: v, numerator: n, denominator: d } = row;
  if (kind === 'count') {
    if (v === null) return X;
    return small(v, k) ? C : { value: v, symbol: null };
  }
  if (kind === 'ratio') {
    if (d === 0) return Z;
    if (n === null || d === null) return v === null ? X : C;
    if (d < k || small(n, k) || small(d - n, k)) return C;
  } else {
    if (d === 0) return X;
    if (d === null) return v === null ? X : C;
    if (d < k) return C;
  }
  return v === null ? X : { value: v, symbol: null };
}

/** The quantity that adds up across the groups of a breakdown (see the readings above). */
function additive(row: ReportRow, kind: Kind): number {
  const q = kind === 'count' ? row.value : kind === 'ratio' ? row.numerator : row.denominator;
  return q ?? 0;
}

/**
 * Rules 1–4 and 7 on the rows of a breakdown (any number of measures and periods, each of the given kind).
 * `total` gives the cell of a measure and period's total where it is known (its series point): when that is c,
 * rule 4 is met by the total itself, and one group is suppressed only if no group is c, so that the groups
 * cannot be added up to the suppressed total.
 */
export function suppressBreakdown(
  rows: readonly ReportRow[],
  rules: Rules,
  k = 6,
  total?: (measure: string, period: string) => Cell | undefined,
): Map<ReportRow, Cell> {
  validK(k);
  const kind = kindOf(rules);
  const out = new Map<ReportRow, Cell>();
  const series = new Map<string, ReportRow[]>();
  for (const row of rows) {
    out.set(row, suppressRow(row, rules, k));
    const key = JSON.stringify([row.measure, row.period]);
    const list = series.get(key);
    if (list) list.push(row);
    else series.set(key, [row]);
  }
  for (const group of series.values()) {
    const suppressed = group.filter((r) => out.get(r)!.symbol === 'c').length;
    const hiddenTotal = total?.(group[0].measure, group[0].period)?.symbol === 'c';
    if (hiddenTotal ? suppressed > 0 : suppressed !== 1) continue;
    const shown = group.filter((r) => out.get(r)!.symbol === null && out.get(r)!.value !== null);
    const pick = (cands: ReportRow[], q: (r: ReportRow) => number = (r) => additive(r, kind)) =>
      cands.reduce<ReportRow | null>((best, r) => (best === null || q(r) < q(best) ? r : best), null);
    const base = (r: ReportRow) => (kind === 'ratio' ? (r.denominator ?? 0) : 0);
    const next =
      pick(shown.filter((r) => additive(r, kind) > 0)) ??
      (hiddenTotal
        ? pick(
            shown.filter((r) => base(r) > 0),
            base,
          )
        : pick(shown));
    if (next) out.set(next, C);
  }
  return out;
}

const SUFFIX: Record<Unit, string> = {
  count: '',
  percent: '%',
  per100: '',
  mean: '',
  median: '',
  days: '',
  ratio: '',
  gbp: '',
};

const formats = new Map<number, Intl.NumberFormat>();
const formatOf = (p: number) => {
  let f = formats.get(p);
  if (!f) formats.set(p, (f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: p, maximumFractionDigits: p })));
  return f;
};

/** A cell as text: en-GB digits rounded to `precision` places, `%` for percentages, `£` before pounds, or the symbol. */
export function formatCell(cell: Cell, precision: number, unit: Unit): string {
  if (cell.symbol !== null) return cell.symbol;
  if (cell.value === null || !Number.isFinite(cell.value)) return 'x';
  const p = Math.max(0, Math.min(20, Math.trunc(precision)));
  let text = formatOf(p).format(cell.value);
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  if (unit === 'gbp') return text.startsWith('-') ? `-£${text.slice(1)}` : `£${text}`;
  return text + SUFFIX[unit];
}
