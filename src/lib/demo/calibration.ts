/**
 * What the synthetic authority is calibrated to. Figures from data/national-benchmarks.csv
 * (England; group CLA_12M unless stated), read from the file, not guessed:
 *
 *  year     att8  em4+%  em5+%   p8    abs%  PA10%  SA50%  susp1+%  perm%
 *  2019/20  21.3  24.3   10.8    –     5.1*  12.1*  2.3*    9.35    0.05
 *  2020/21  23.2  28.8   12.6    –     9.1   30.3   3.0     9.80    0.03
 *  2021/22  20.3  22.1   11.0  -1.29   7.8   19.1   3.9    12.17    –
 *  2022/23  19.3  19.8    9.4  -1.26   8.3   20.0   4.9    13.70    –
 *  2023/24  18.2  18.0    8.9  -1.31   8.8   20.8   5.7    14.55    –
 *  2024/25  17.3  17.4    7.9    –     9.0   20.3   6.4     –       –
 *  * 2019/20 absence was collected for the autumn only: the 2018/19 figures are used.
 *  No P8 in 2019/20, 2020/21, 2024/25 (SOURCES.md). Missing CLA figures (–) are carried forward.
 *  Permanent exclusions: a flat 0.10% of the roll (CLA_12M ranges 0.03–0.11%), so that the demo
 *  shows a handful over six years. Suspensions: the national figure is the share with one or more
 *  (susp1+); repeats (about 64% of those suspended, mean about 2.8 each) put the rate per 100 at
 *  roughly 2.8× that, against an all-pupil rate per 100 of 3.8–11.3 (ALL_PUPILS).
 *
 *  Care leavers (reporting year ending 31 March; CARE_LEAVERS_17_18 / _19_21), % of the band:
 *  band   year  HE   other-ed  appr  train/emp  NEET  not-known
 *  17–18  2021   4     48       2      11        30      5      (2021 has no appr/TE split)
 *  17–18  2025   3     48       2      11        30      6
 *  19–21  2021   6     22       2      24        41      7
 *  19–21  2025   6     21       2      25        40      6
 *  Not in touch (19–21): 4–5% from 2021 (7% before).
 *
 *  From the brief (no national file figure): ~56% male, ~7% UASC, SEN ~28% EHC plan, ~30% SEN
 *  support; about 40% of KS4 rows with a P8 score in P8 years; 10–15% with no qualifications;
 *  placements about 60% in the authority, 25% outside within 20 miles, 15% beyond (the national
 *  cla_placed_20mi_outside_la_pct is 16–18%); ~65–70% of those in care at 31 March in care 12+ months.
 */

export interface YearTargets {
  att8: number;
  em4: number;
  em5: number;
  /** null = no Progress 8 published for that year */
  p8: number | null;
  absOverall: number;
  persistent: number;
  severe: number;
  suspOnePlus: number;
  permanent: number;
  /** PEP practice: improves year on year */
  pepOnTime: number;
  pepNotDone: number;
  /** QA mix GOLD, GREEN, AMBER, RED (%) */
  qa: readonly [number, number, number, number];
  /** probability that a target is judged measurable / time-bound */
  measurable: number;
  timeBound: number;
}

const T = (
  att8: number,
  em4: number,
  em5: number,
  p8: number | null,
  absOverall: number,
  persistent: number,
  severe: number,
  suspOnePlus: number,
  pepOnTime: number,
  pepNotDone: number,
  qa: readonly [number, number, number, number],
  measurable: number,
  timeBound: number,
): YearTargets => ({
  att8,
  em4,
  em5,
  p8,
  absOverall,
  persistent,
  severe,
  suspOnePlus,
  permanent: 0.1,
  pepOnTime,
  pepNotDone,
  qa,
  measurable,
  timeBound,
});

/** By academic year (its first calendar year). Percentages as numbers of 100. */
export const YEAR_TARGETS: Readonly<Record<number, YearTargets>> = {
  2019: T(21.3, 24.3, 10.8, null, 5.1, 12.1, 2.3, 9.35, 0.78, 0.05, [6, 44, 36, 14], 0.42, 0.38),
  2020: T(23.2, 28.8, 12.6, null, 9.1, 30.3, 3.0, 9.8, 0.8, 0.05, [8, 46, 34, 12], 0.45, 0.41),
  2021: T(20.3, 22.1, 11.0, -1.29, 7.8, 19.1, 3.9, 12.17, 0.83, 0.04, [9, 50, 31, 10], 0.5, 0.45),
  2022: T(19.3, 19.8, 9.4, -1.26, 8.3, 20.0, 4.9, 13.7, 0.85, 0.04, [11, 53, 28, 8], 0.55, 0.5),
  2023: T(18.2, 18.0, 8.9, -1.31, 8.8, 20.8, 5.7, 14.55, 0.88, 0.03, [13, 56, 25, 6], 0.6, 0.55),
  2024: T(17.3, 17.4, 7.9, null, 9.0, 20.3, 6.4, 14.55, 0.9, 0.03, [15, 58, 22, 5], 0.64, 0.6),
};

export interface LeaverTargets {
  he: number;
  otherEd: number;
  apprenticeship: number;
  trainingEmployment: number;
  neet: number;
  notKnown: number;
}

const L = (
  he: number,
  otherEd: number,
  apprenticeship: number,
  trainingEmployment: number,
  neet: number,
  notKnown: number,
): LeaverTargets => ({ he, otherEd, apprenticeship, trainingEmployment, neet, notKnown });

/** Care leavers' activity by reporting year and band (2020 and 2021 use the 2022 splits). */
export const LEAVER_TARGETS: Readonly<
  Record<number, { young: LeaverTargets; older: LeaverTargets; notInTouch: number }>
> = {
  2020: { young: L(4, 48, 2, 12, 29, 5), older: L(6, 22, 2, 24, 39, 7), notInTouch: 7 },
  2021: { young: L(4, 48, 2, 11, 30, 5), older: L(6, 22, 2, 22, 41, 7), notInTouch: 5 },
  2022: { young: L(4, 48, 2, 13, 28, 5), older: L(7, 23, 2, 23, 38, 7), notInTouch: 5 },
  2023: { young: L(3, 48, 2, 13, 28, 6), older: L(6, 21, 2, 27, 38, 6), notInTouch: 4 },
  2024: { young: L(3, 48, 2, 11, 30, 6), older: L(6, 21, 2, 25, 39, 7), notInTouch: 5 },
  2025: { young: L(3, 48, 2, 11, 30, 6), older: L(6, 21, 2, 25, 40, 6), notInTouch: 4 },
};
