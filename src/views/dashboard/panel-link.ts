import { AREAS, type Area } from '../../lib/measures/areas';
import type { MeasureId } from '../../lib/measures/index';

/** A trend panel's id, as TrendPanel gives its PanelFrame: its measures joined by hyphens. */
export const trendPanelId = (measures: readonly string[]): string => measures.join('-');

/** The first area and trend panel that draw a measure's series. */
function trendOf(id: string, areas: readonly Area[]): { area: string; panel: string } | null {
  for (const a of areas) {
    for (const p of a.panels)
      if (p.kind === 'trend' && p.measures.some((m) => m === id))
        return { area: a.id, panel: trendPanelId(p.measures) };
  }
  return null;
}

/**
 * Where a measure's trend is drawn, as a link: `#/<area>/<panel id>`, which the area view scrolls to and focuses.
 * A measure drawn only as a breakdown links to its area; one drawn nowhere, to the overview.
 */
export function panelHref(id: string, areas: readonly Area[] = AREAS): string {
  const trend = trendOf(id, areas);
  if (trend) return `#/${trend.area}/${encodeURIComponent(trend.panel)}`;
  const area = areas.find((a) => a.panels.some((p) => 'measure' in p && p.measure === id));
  return `#/${area?.id ?? 'overview'}`;
}

/** Every measure an area draws as a trend, each once, in the order of the areas: what the overview ranks. */
export const trendMeasures = (areas: readonly Area[] = AREAS): MeasureId[] => [
  ...new Set(areas.flatMap((a) => a.panels.flatMap((p) => (p.kind === 'trend' ? p.measures : [])))),
];
