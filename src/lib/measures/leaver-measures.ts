import type { BaseId } from './bases';
import type { Measure, NationalGroup } from './define';

const EET = "('HIGHER_EDUCATION', 'OTHER_EDUCATION', 'APPRENTICESHIP', 'TRAINING_EMPLOYMENT')";

function band<P extends string>(prefix: P, base: BaseId, national: NationalGroup, ages: string) {
  const m = <I extends string>(id: I, title: string, condition: string, definition: string) =>
    ({
      kind: 'ratio',
      unit: 'percent',
      precision: 1,
      scale: 100,
      id: `${prefix}_${id}` as const,
      better: id === 'neet_pct' ? 'lower' : 'higher',
      title: `${title}, aged ${ages}`,
      base,
      periods: 'destinations',
      benchmark: `${prefix}_${id}`,
      national,
      numerator: `count_if(${condition})`,
      denominator: 'count(*)',
      definition: `${definition} (care leavers aged ${ages}, year ending 31 March).`,
    }) satisfies Measure;
  return [
    m(
      'eet_pct',
      'In education, employment or training',
      `activity IN ${EET}`,
      'Share in education, employment or training',
    ),
    m('he_pct', 'In higher education', "activity = 'HIGHER_EDUCATION'", 'Share in higher education'),
    m('apprenticeship_pct', 'In an apprenticeship', "activity = 'APPRENTICESHIP'", 'Share in an apprenticeship'),
    m(
      'neet_pct',
      'Not in education, employment or training',
      "activity = 'NEET'",
      'Share not in education, employment or training',
    ),
  ] as const;
}

/** Care leavers by reporting year; only the pupil filters (sex, ethnicity, SEN, UASC) apply. */
export const LEAVER_MEASURES = [
  ...band('cl17_18', 'care_leavers_17_18', 'CARE_LEAVERS_17_18', '17 to 18'),
  ...band('cl19_21', 'care_leavers_19_21', 'CARE_LEAVERS_19_21', '19 to 21'),
] as const;
