import type { Measure } from '../../lib/measures/define';
import type { SnapshotSeries } from '../../lib/snapshot/document';

/** The DfE release of a measure's national figures (data/SOURCES.md), or null when it has none. */
export function nationalRelease(m: Measure): string | null {
  if (!m.benchmark) return null;
  if (m.benchmark.startsWith('cl')) return 'DfE, Children looked after in England including adoptions';
  if (m.benchmark.startsWith('cme') || m.benchmark.startsWith('ehe'))
    return 'DfE, Elective home education and Children missing education';
  return 'DfE, Outcomes for children in need, including children looked after';
}

/**
 * A panel's source line: the local data's date, then the national release and the latest year it gives
 * for these measures, e.g. "Source: local data loaded 12 Nov 2026; national: DfE, Outcomes for …, 2023/24".
 */
export function sourceLine(
  local: string,
  measures: readonly Measure[],
  series: readonly (SnapshotSeries | null)[],
): string {
  const national = measures.flatMap((m, i) => {
    const release = nationalRelease(m);
    const latest = (series[i]?.points ?? [])
      .filter((p) => p.national && Object.keys(p.national).length > 0)
      .map((p) => p.period)
      .sort()
      .at(-1);
    return release && latest ? [`${release}, ${latest}`] : [];
  });
  return [`Source: ${local}`, ...[...new Set(national)].map((n) => `national: ${n}`)].join('; ') + '.';
}
