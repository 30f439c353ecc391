/**
 * A measure by school as the "schools to challenge" panel shows it: the schools with at least k children behind
 * their figure ranked worst first, by the way the measure is better; those whose figure is suppressed, and those with
 * fewer children, listed after them, not ranked (placing a suppressed figure would tell it).
 * Every figure carries the small-number marks the disclosure rules give (rules 1–3 and 7 on its own numbers).
 */
import type { Measure } from '../../lib/measures/define';
import { schoolOfGroup } from '../../lib/measures/dimensions';
import type { ReportRow } from '../../lib/measures/report';
import { formatCell, suppressRow, type Cell } from '../../lib/snapshot/disclosure';

export interface SchoolFigure {
  ref: string;
  /** the school's name from the schools lookup, else its reference; with the reference too when two schools read alike */
  label: string;
  /** the children behind the figure */
  children: number;
  cell: Cell;
  /** the figure as shown: the number, or its mark (c, x, z) */
  display: string;
}

export interface SchoolsToChallenge {
  /** with at least k children and a figure shown, worst first */
  ranked: SchoolFigure[];
  /** with at least k children but a figure without a number (c, x, z), by name */
  suppressed: SchoolFigure[];
  /** with fewer than k children, by name */
  unranked: SchoolFigure[];
}

const byLabel = (a: SchoolFigure, b: SchoolFigure) =>
  a.label.localeCompare(b.label, 'en-GB', { numeric: true }) || a.ref.localeCompare(b.ref);

/** Worst first: the lowest first where higher is better, else the highest first. */
function worstFirst(better: Measure['better']) {
  return (a: SchoolFigure, b: SchoolFigure): number =>
    (better === 'higher' ? a.cell.value! - b.cell.value! : b.cell.value! - a.cell.value!) || byLabel(a, b);
}

/**
 * The schools of one period: `rows` are the measure's rows by school, and the rows (by school) of the count measure
 * `childrenOf`, whose `children` are the children behind each school's figure.
 */
export function schoolsToChallenge(
  rows: readonly ReportRow[],
  m: Measure,
  childrenOf: string,
  period: string,
  k: number,
): SchoolsToChallenge {
  const inPeriod = rows.filter((r) => r.period === period && r.group != null);
  const children = new Map(inPeriod.filter((r) => r.measure === childrenOf).map((r) => [r.group!, r.children ?? 0]));
  const own = inPeriod.filter((r) => r.measure === m.id);
  const schools = own.map((r) => ({ row: r, ...schoolOfGroup(r.group!) }));
  const seen = new Map<string, number>();
  for (const s of schools) seen.set(s.name ?? s.ref, (seen.get(s.name ?? s.ref) ?? 0) + 1);
  const figures = schools.map(({ row, ref, name }): SchoolFigure => {
    const cell = suppressRow(row, m, k);
    const label = name === null ? ref : seen.get(name)! > 1 ? `${name} (${ref})` : name;
    return {
      ref,
      label,
      children: children.get(row.group!) ?? 0,
      cell,
      display: formatCell(cell, m.precision, m.unit),
    };
  });
  const enough = figures.filter((f) => f.children >= k);
  return {
    ranked: enough.filter((f) => f.cell.value !== null).sort(worstFirst(m.better)),
    suppressed: enough.filter((f) => f.cell.value === null).sort(byLabel),
    unranked: figures.filter((f) => f.children < k).sort(byLabel),
  };
}

/** "12 children", "1 child". */
export const childrenWords = (n: number): string => `${n.toLocaleString('en-GB')} ${n === 1 ? 'child' : 'children'}`;
