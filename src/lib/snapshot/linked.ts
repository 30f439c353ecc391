/**
 * Rule 9: linked counts of children of the same period are one table. Two shown counts of children in nested
 * groups never differ by 1 to k−1; where they would, the smaller is suppressed. Each family is a cohort count
 * and the figures that count part of its children: their value (a count) or their denominator (a ratio or
 * average over children).
 *
 * Reading: a figure is compared with its cohort, and with a part of it only where the groups nest by
 * definition (a pupil with a Progress 8 score has an Attainment 8 score): parts that merely overlap, such
 * as the pupils with attendance records and those in care for 12 months, are not nested groups.
 */
import type { BaseId } from '../measures/bases';
import { MEASURES, type Measure, type MeasureId } from '../measures/index';
import type { Cell } from './disclosure';

interface Family {
  cohort: MeasureId;
  /** measures over the cohort's children: counts by id, ratios and averages of children by base */
  counts: readonly MeasureId[];
  bases: readonly BaseId[];
}

const FAMILIES: readonly Family[] = [
  { cohort: 'roll_n', counts: ['cla12m_n'], bases: ['roll', 'attendance'] },
  { cohort: 'ks2_cohort_n', counts: [], bases: ['ks2'] },
  { cohort: 'ks4_cohort_n', counts: [], bases: ['ks4'] },
  { cohort: 'post16_n', counts: [], bases: ['post16'] },
];

/** Parts of a cohort nested in one another by definition: [outer, inner]. */
const NESTED: readonly (readonly [MeasureId, MeasureId])[] = [['ks4_att8_avg', 'ks4_p8_avg']];

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
  return MEASURES.filter(
    (m) =>
      m.id !== cohort &&
      (family.counts.includes(m.id) ||
        (m.kind !== 'count' &&
          !m.behind &&
          family.bases.includes((m.kind === 'ratio' && m.denominatorBase) || m.base))),
  );
}

export interface LinkedPoint {
  measure: string;
  period: string;
  denominator: number | null;
  cell: Cell;
}

/** Rule 9 on the series points given (changed in place): returns the points it suppressed. */
export function suppressLinked(points: readonly LinkedPoint[], k: number): LinkedPoint[] {
  const byMeasure = new Map<string, Measure>(MEASURES.map((m) => [m.id, m]));
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
  for (const [outerId, innerId] of NESTED) {
    for (const outer of points.filter((p) => p.measure === outerId)) {
      const inner = points.find((p) => p.measure === innerId && p.period === outer.period);
      if (!inner) continue;
      const whole = childrenOf(byMeasure.get(outerId)!, outer.cell, outer);
      const part = childrenOf(byMeasure.get(innerId)!, inner.cell, inner);
      if (whole === null || part === null || !(whole - part > 0 && whole - part < k)) continue;
      inner.cell = { value: null, symbol: 'c' };
      changed.push(inner);
    }
  }
  return changed;
}
