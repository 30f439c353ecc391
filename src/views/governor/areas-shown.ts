import { AREAS, type Area } from '../../lib/measures/areas';
import type { Figures } from '../../lib/snapshot/document';

/** The area views a snapshot holds figures for. */
export const areasIn = (f: Figures): Area[] =>
  AREAS.filter(
    (a) =>
      f.series.some((s) => s.area === a.id) ||
      f.breakdowns.some((b) => b.area === a.id) ||
      f.distributions.some((d) => d.area === a.id),
  );

/** "254 children on roll in 2024/25", when the roll is shown. */
export function rollLine(f: Figures): string | null {
  const latest = f.series.find((s) => s.measure === 'roll_n')?.points.at(-1);
  return latest && typeof latest.value === 'number'
    ? `${latest.value.toLocaleString('en-GB')} children on the virtual school roll in ${latest.period}`
    : null;
}
