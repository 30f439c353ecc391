import { AREAS, HEADLINES } from '../../../lib/measures/areas';
import { base } from '../../../lib/measures/bases';
import { isMeasureId, measure, type MeasureId } from '../../../lib/measures/index';
import { DEFAULT_K } from '../../../lib/snapshot/disclosure';
import type { Figures } from '../../../lib/snapshot/document';
import { areaOfSeries, buildFigures, type Row } from '../../../lib/snapshot/figures';
import { seriesOf } from '../../../lib/snapshot/lookup';
import { inRange, type Range } from '../../../lib/snapshot/periods';
import { display, formatValue, nationalOf } from '../../dashboard/present';

/** Missing education and home education count register records: a pupil group does not narrow them. */
const isRegister = (id: MeasureId) => base(measure(id).base).filteredBy === 'register';

/** The Overview's headline measures that a group narrows, in the Overview's order. */
export const GROUP_HEADLINES: readonly MeasureId[] = HEADLINES.filter((id) => !isRegister(id));

const areaOf = areaOfSeries(AREAS);
const extra = new Map(GROUP_HEADLINES.map((id) => [id, areaOf.get(id) ?? 'overview']));

/** The headline figures of some measure rows, built as the Overview builds its tiles' (k = 6, same rules). */
export function headlineFigures(rows: readonly Row[], range: Range): Figures {
  return buildFigures({ series: rows, byDimension: new Map(), bins: new Map() }, [], DEFAULT_K, range, extra);
}

export interface HeadlineLine {
  id: string;
  title: string;
  period: string;
  group: string;
  roll: string;
  /** children in care nationally, or care leavers of the same age for a care-leaver measure */
  national: string;
}

/**
 * One line per headline measure with a figure for the whole roll: its latest year in range, the group's figure
 * and the roll's that year, as the dashboard shows them (c for a small number), and the national figure.
 */
export function groupHeadlines(group: Figures, roll: Figures): HeadlineLine[] {
  return GROUP_HEADLINES.flatMap((id) => {
    const latest = seriesOf(roll, id)?.points.at(-1);
    if (!latest) return [];
    const m = measure(id);
    const own = seriesOf(group, id)?.points.find((p) => p.period === latest.period);
    const national = nationalOf(m, latest);
    return [
      {
        id,
        title: m.title,
        period: latest.period,
        group: own ? display(own, m) : 'x',
        roll: display(latest, m),
        national: national === null ? 'x' : formatValue(m, national),
      },
    ];
  });
}

/** Whether any child of the group stands behind a headline figure in range: a group with none has nothing to show. */
export function hasRecords(rows: readonly Row[], range: Range): boolean {
  return rows.some(
    (r) =>
      isMeasureId(r.measure) &&
      GROUP_HEADLINES.includes(r.measure) &&
      inRange(r.period, range) &&
      ((r.denominator ?? 0) > 0 || (measure(r.measure).kind === 'count' && (r.value ?? 0) > 0)),
  );
}

export type Symbol = 'c' | 'x' | 'z';

/** The data symbols the lines show, to explain each as the dashboard's panels do. */
export function symbolsIn(lines: readonly HeadlineLine[]): Set<Symbol> {
  const all = lines.flatMap((l) => [l.group, l.roll, l.national]);
  return new Set((['c', 'x', 'z'] as const).filter((s) => all.includes(s)));
}
