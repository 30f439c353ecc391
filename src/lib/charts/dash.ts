import { NATIONAL_COLOUR, seriesColour } from './palette';
import type { Series } from './types';

/** Dashes tell the roles apart without colour: local solid, national dashed, comparison dotted. */
export const DASH: Record<Series['role'], string | undefined> = {
  local: undefined,
  national: '6 4',
  comparison: '1.5 3',
};

/** The colour of each series: local ones from the start of the palette, national grey. */
export function seriesColours(series: readonly Series[]): string[] {
  let next = 0;
  return series.map((s) => (s.role === 'national' ? NATIONAL_COLOUR : seriesColour(next++)));
}
