import { AREAS, HEADLINES } from '../../lib/measures/areas';
import type { MeasureId } from '../../lib/measures/index';
import type { Batch } from '../../lib/state/coordinator';
import { trendMeasures } from './panel-link';

/** What the Overview loads: its headlines' series, and every area's trends for what stands out, whole. */
export const OVERVIEW_IDS: readonly MeasureId[] = [...new Set([...HEADLINES, ...trendMeasures(AREAS)])];

/** One batch, so that a filter change re-runs one query (with the cohort size the filter bar asks for in the same tick). */
export const OVERVIEW_BATCH: Batch = { ids: OVERVIEW_IDS, dimension: null };
