import type { Measure } from './define';
import { LEAVER_MEASURES } from './leaver-measures';
import { PEP_MEASURES } from './pep-measures';
import { PUPIL_MEASURES } from './pupil-measures';
import { REGISTER_MEASURES } from './register-measures';

export type { Measure } from './define';
export const MEASURES: readonly Measure[] = [...PUPIL_MEASURES, ...PEP_MEASURES, ...LEAVER_MEASURES, ...REGISTER_MEASURES];

export function measure(id: string): Measure {
  const m = MEASURES.find((x) => x.id === id);
  if (!m) throw new Error(`unknown measure ${id}`);
  return m;
}
