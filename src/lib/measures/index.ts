import type { Measure } from './define';
import { LEAVER_MEASURES } from './leaver-measures';
import { PEP_MEASURES } from './pep-measures';
import { PUPIL_MEASURES } from './pupil-measures';
import { REGISTER_MEASURES } from './register-measures';
import { RESULT_MEASURES } from './result-measures';

export type { Measure } from './define';

const DEFINED = [
  ...PUPIL_MEASURES,
  ...RESULT_MEASURES,
  ...PEP_MEASURES,
  ...LEAVER_MEASURES,
  ...REGISTER_MEASURES,
] as const;

export type MeasureId = (typeof DEFINED)[number]['id'];

export const MEASURES: readonly Measure<MeasureId>[] = DEFINED;

const BY_ID: ReadonlyMap<string, Measure<MeasureId>> = new Map(MEASURES.map((m) => [m.id, m]));

export const isMeasureId = (id: string): id is MeasureId => BY_ID.has(id);

export function measure(id: MeasureId): Measure<MeasureId> {
  const m = BY_ID.get(id);
  if (!m) throw new Error(`unknown measure ${id}`);
  return m;
}
