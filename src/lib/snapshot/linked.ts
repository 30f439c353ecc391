/**
 * Rule 9: linked counts of children of the same period are one table. Two shown counts of children in nested
 * groups never differ by 1 to k−1; where they would, the smaller is suppressed. Each family is a cohort count
 * and the figures that count part of its children: their value (a count) or their denominator (a ratio or
 * average over children).
 *
 * Reading: a figure is compared with its cohort, not with the other parts of it (Attainment 8 over 37 pupils
 * beside Progress 8 over 35 tells that 2 have one score and not the other, but not who).
 */
import { MEASURES, type Measure } from '../measures/index';
import type { Cell } from './disclosure';

interface Family {
  cohort: string;
  /** measures over the cohort's children: counts by id, ratios and averages of children by base */
  counts: readonly string[];
  bases: readonly string[];
}

const FAMILIES: readonly Family[] = [
  { cohort: 'roll_n', counts: ['cla12m_n'], bases: ['roll', 'attendance'] },
  { cohort: 'ks4_cohort_n', counts: [], bases: ['ks4'] },
];

/** The children a shown figure counts, for rule 9, or null when it counts something else. */
function childrenOf(m: Measure, cell: Cell, row: { denominator: number | null }): number | null {
  if (cell.symbol !== null || m.behind) return null;
  if (m.kind === 'count') return cell.value;
  if (m.kind === 'ratio' && m.denominatorBase && m.denominatorBase !== 'roll') return null;
  return row.denominator;
}

/** The figures that count part of a cohort's children. */
export function linkedTo(cohort: string): readonly Measure[] {
  const family = FAMILIES.find((f) => f.cohort === cohort);
  if (!family) return [];
  return MEASURES.filter((m) => m.id !== cohort && (family.counts.includes(m.id) || (m.kind !== 'count' && !m.behind && family.bases.includes((m.kind === 'ratio' && m.denominatorBase) || m.base))));
}

export interface LinkedPoint {
  measure: string;
  period: string;
  denominator: number | null;
  cell: Cell;
}

/** Rule 9 on the series points given (changed in place): returns the points it suppressed. */
export function suppressLinked(points: readonly LinkedPoint[], k: number): LinkedPoint[] {
  const byMeasure = new Map(MEASURES.map((m) => [m.id, m]));
  const changed: LinkedPoint[] = [];
  for (const family of FAMILIES) {
    const members = new Set(linkedTo(family.cohort).map((m) => m.id));
    for (const root of points.filter((p) => p.measure === family.cohort && p.cell.symbol === null)) {
      const whole = root.cell.value!;
      for (const p of points) {
        if (p.period !== root.period || !members.has(p.measure)) continue;
        const part = childrenOf(byMeasure.get(p.measure)!, p.cell, p);
        if (part === null || !(whole - part > 0 && whole - part < k)) continue;
        p.cell = { value: null, symbol: 'c' };
        changed.push(p);
      }
    }
  }
  return changed;
}
