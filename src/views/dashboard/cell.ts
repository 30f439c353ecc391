import type { Measure } from '../../lib/measures/define';
import type { ReportRow } from '../../lib/measures/report';
import { suppressRow, type Cell } from '../../lib/snapshot/disclosure';

/** A figure as the dashboard may show it: small numbers of children as c. */
export function cellFor(row: ReportRow, m: Measure): Cell {
  if (m.kind === 'ratio' && m.childrenIn === 'numerator') {
    // Only the numerator counts children (episodes per officer): rule 1 on it; the ratio itself reveals no child.
    const children = suppressRow({ ...row, value: row.numerator, numerator: null, denominator: null }, 'count');
    if (children.symbol) return children;
    return row.value === null ? { value: null, symbol: 'z' } : { value: row.value, symbol: null };
  }
  return suppressRow(row, m.kind);
}
