import { describe, expect, it } from 'vitest';
import { measure, type MeasureId } from '../../src/lib/measures/index';
import type { Measure } from '../../src/lib/measures/define';
import { areaOfSeries, buildFigures } from '../../src/lib/snapshot/figures';
import { AREAS } from '../../src/lib/measures/areas';
import { tInterval } from '../../src/lib/stats/intervals';
import type { Row } from '../../src/lib/state/coordinator';
import {
  candidates,
  headline as headlineOf,
  salience,
  sentence,
  standsOut,
} from '../../src/views/dashboard/stands-out';

const areaOf = areaOfSeries(AREAS);
/** A row of a measure named here, not read from data. */
type MeasureRow = Row & { measure: MeasureId };

/** Figures of the rows, as the dashboard builds them (k = 6): what is shown, and c where numbers are small. */
const figuresOf = (rows: MeasureRow[]) =>
  buildFigures(
    { series: rows, byDimension: new Map(), bins: new Map() },
    [],
    6,
    { from: null, to: null },
    new Map(rows.map((r) => [r.measure, areaOf.get(r.measure) ?? 'x'])),
  );

/** The headline of a measure's rows, through those figures. */
const headline = (m: Measure<MeasureId>, rows: MeasureRow[]) => headlineOf(m, figuresOf(rows).series[0] ?? null);

const row = (
  m: MeasureId,
  period: string,
  value: number | null,
  numerator: number | null,
  denominator: number | null,
  benchmarks = {},
): MeasureRow => ({ measure: m, period, value, numerator, denominator, benchmarks });
/** A percentage of 100 (or `of`) children, so that neither it nor its complement is small. */
const pct = (m: MeasureId, period: string, value: number, national?: Record<string, number>, of = 100): MeasureRow =>
  row(m, period, value, (value * of) / 100, of, national ?? {});

describe('What stands out: the sentence', () => {
  it('writes from the latest shown figure, the year before and the national figure, saying better or worse', () => {
    // as the dashboard's rows give them, with 95% intervals: sd 1 over 40 and 41 values
    // (±2.0227/√40 = 0.3198 and ±2.0211/√41 = 0.3157); Welch: 1.38 apart, SE √(1/41 + 1/40) = 0.2222, df 79 → ±0.442
    const rows = [
      { ...row('ks4_att8_avg', '2022/23', 18.04, null, 40), ...tInterval(18.04, 1, 40)! },
      {
        ...row('ks4_att8_avg', '2023/24', 16.66, null, 41, { CLA_12M: 18.2, ALL_PUPILS: 45.9 }),
        ...tInterval(16.66, 1, 41)!,
      },
    ];
    expect(sentence(headline(measure('ks4_att8_avg'), rows)!)).toBe(
      'Attainment 8: 16.7 in 2023/24, down from 18.0 in 2022/23 (worse than last year), and worse than children in care nationally (18.2).',
    );
  });

  it('does not judge a mean whose interval is not at hand (a published snapshot carries no spread)', () => {
    const rows = [
      row('ks4_att8_avg', '2022/23', 18.04, null, 40),
      row('ks4_att8_avg', '2023/24', 16.66, null, 41, { CLA_12M: 18.2, ALL_PUPILS: 45.9 }),
    ];
    expect(sentence(headline(measure('ks4_att8_avg'), rows)!)).toBe(
      'Attainment 8: 16.7 in 2023/24, down from 18.0 in 2022/23, and below children in care nationally (18.2).',
    );
  });

  it('never writes from a suppressed figure', () => {
    // 3 of 10 pupils: the numerator lies in 1..5, so the latest figure is c and there is no sentence.
    const rows = [row('ks4_em_grade4plus_pct', '2023/24', 30, 3, 10, { CLA_12M: 18 })];
    expect(headline(measure('ks4_em_grade4plus_pct'), rows)).toBeNull();
    // The year before is c (2 of 20): the sentence leaves out the change.
    const two = [
      row('ks4_em_grade4plus_pct', '2022/23', 10, 2, 20),
      row('ks4_em_grade4plus_pct', '2023/24', 30, 9, 30, { CLA_12M: 18 }),
    ];
    // 9 of 30: Wilson 16.66 to 47.88, which holds 18.0
    expect(sentence(headline(measure('ks4_em_grade4plus_pct'), two)!)).toBe(
      'Grade 4 or above in English and maths: 30.0% in 2023/24, within normal variation of children in care nationally (18.0%).',
    );
  });

  it('calls figures that show the same the same, and says above or below for a measure neither better nor worse', () => {
    // 27.24 and 27.21 both show as 27.2
    const same = [
      pct('abs_persistent_10_pct', '2023/24', 27.24, {}, 10000),
      pct('abs_persistent_10_pct', '2024/25', 27.21, { CLA_12M: 27.2 }, 10000),
    ];
    expect(sentence(headline(measure('abs_persistent_10_pct'), same)!)).toBe(
      'Persistent absence: 27.2% in 2024/25, the same as 27.2% in 2023/24, and the same as children in care nationally (27.2%).',
    );
    const ehe = [
      row('ehe_open_census_n', '2023/24', 100, null, null),
      row('ehe_open_census_n', '2024/25', 120, null, null, { CLA_12M: 90 }),
    ];
    expect(sentence(headline(measure('ehe_open_census_n'), ehe)!)).toBe(
      'Home educated at census: 120 in 2024/25, up from 100 in 2023/24, and above children in care nationally (90).',
    );
  });
});

describe('What stands out: the ranking across areas', () => {
  // Each measure's salience, worked by hand: the larger of |latest − national| / national and |latest − last year| / last year.
  const rows: MeasureRow[] = [
    // leavers: |55 − 40| / 40 = 0.375; |55 − 50| / 50 = 0.1 → 0.375
    pct('cl19_21_eet_pct', '2023/24', 50),
    pct('cl19_21_eet_pct', '2024/25', 55, { CARE_LEAVERS_19_21: 40 }),
    // exclusions: |8 − 12| / 12 = 0.333; |8 − 10| / 10 = 0.2 → 0.333
    pct('susp_oneplus_pct', '2023/24', 10),
    pct('susp_oneplus_pct', '2024/25', 8, { CLA_12M: 12 }),
    // PEPs, no national figure: |60 − 80| / 80 → 0.25
    pct('pep_on_time_pct', '2023/24', 80),
    pct('pep_on_time_pct', '2024/25', 60),
    // attendance: |31 − 25.2| / 25.2 = 0.230; |31 − 27.2| / 27.2 = 0.140 → 0.230
    pct('abs_persistent_10_pct', '2023/24', 27.2, {}, 1000),
    pct('abs_persistent_10_pct', '2024/25', 31, { CLA_12M: 25.2 }, 1000),
    // missing education: |63 − 70| / 70 → 0.1
    pct('cme_returned_30d_pct', '2023/24', 70),
    pct('cme_returned_30d_pct', '2024/25', 63),
    // key stage 4: |16.7 − 17.3| / 17.3 = 0.035; |16.7 − 18| / 18 = 0.072 → 0.072
    row('ks4_att8_avg', '2023/24', 18, null, 40),
    row('ks4_att8_avg', '2024/25', 16.7, null, 40, { CLA_12M: 17.3 }),
    // PEPs: |51 − 50| / 50 → 0.02, seventh: left out
    pct('pep_good_pct', '2023/24', 50),
    pct('pep_good_pct', '2024/25', 51),
    // leavers: no change and level with national → 0: nothing stands out
    pct('cl17_18_neet_pct', '2023/24', 20),
    pct('cl17_18_neet_pct', '2024/25', 20, { CARE_LEAVERS_17_18: 20 }),
    // key stage 4, 3 of 10 pupils in 2024/25 is c: would be |30 − 10| / 10 = 2 if shown, the largest
    pct('ks4_em_grade4plus_pct', '2023/24', 20),
    row('ks4_em_grade4plus_pct', '2024/25', 30, 3, 10, { CLA_12M: 10 }),
    // home education is neither better nor worse: |200 − 90| / 90 = 1.2 and |200 − 100| / 100 = 1, yet never chosen
    row('ehe_open_census_n', '2023/24', 100, null, null),
    row('ehe_open_census_n', '2024/25', 200, null, null, { CLA_12M: 90 }),
  ];
  const figures = figuresOf(rows);

  it('takes candidates from every area with a shown latest figure and a way to be better', () => {
    const ids = candidates(figures).map((h) => h.measure.id);
    expect(new Set(ids)).toEqual(
      new Set([
        'cl19_21_eet_pct',
        'susp_oneplus_pct',
        'pep_on_time_pct',
        'abs_persistent_10_pct',
        'cme_returned_30d_pct',
        'ks4_att8_avg',
        'pep_good_pct',
        'cl17_18_neet_pct',
      ]),
    );
    expect(candidates(figures).find((h) => h.measure.id === 'cl19_21_eet_pct')!.national).toBe(40);
    expect(salience(candidates(figures).find((h) => h.measure.id === 'susp_oneplus_pct')!)).toBeCloseTo(1 / 3, 6);
  });

  it('shows the six that differ most, those beyond chance first, each saying better or worse only beyond chance, and linking to its panel', () => {
    // Beyond chance, worked by hand (Wilson intervals of the counts; no interval is at hand for the PEP and CME
    // figures, which are clustered in children, nor for Attainment 8, whose rows carry no spread):
    // - leavers: 55 of 100 (Wilson 45.24 to 64.39) against 40 nationally: better; against 50 of 100 last year,
    //   Newcombe's interval of the difference (−0.087 to 0.184) holds 0: within normal variation;
    // - persistent absence: 310 of 1,000 (28.21 to 33.93) against 25.2: worse; against 272 of 1,000, Newcombe
    //   −0.0018 to 0.0777: within normal variation.
    // Both rank first (one real difference each), then the rest by salience.
    const out = standsOut(candidates(figures));
    expect(out.map((s) => s.measure)).toEqual([
      'cl19_21_eet_pct',
      'abs_persistent_10_pct',
      'susp_oneplus_pct',
      'pep_on_time_pct',
      'cme_returned_30d_pct',
      'ks4_att8_avg',
    ]);
    expect(out[0]).toEqual({
      measure: 'cl19_21_eet_pct',
      sentence:
        'In education, employment or training, aged 19 to 21: 55.0% in 2024/25, up from 50.0% in 2023/24 (within normal variation: with 100 children, a change of 5.0 points can be chance), and better than care leavers nationally (40.0%).',
      verdicts: ['within normal variation of last year', 'better than care leavers nationally'],
      href: '#/leavers/cl19_21_eet_pct',
    });
    expect(out[1].sentence).toBe(
      'Persistent absence: 31.0% in 2024/25, up from 27.2% in 2023/24 (within normal variation: with 1,000 children, a change of 3.8 points can be chance), and worse than children in care nationally (25.2%).',
    );
    // 8 of 100 (4.11 to 15.00) holds 12; against 10 of 100 last year, within normal variation
    expect(out[2].verdicts).toEqual([
      'within normal variation of last year',
      'within normal variation of children in care nationally',
    ]);
    expect(out[3]).toMatchObject({
      sentence: 'PEPs on time: 60.0% in 2024/25, down from 80.0% in 2023/24.',
      verdicts: [],
      href: '#/peps/pep_completed_pct-pep_on_time_pct',
    });
    expect(out[4]).toMatchObject({
      sentence: 'Back in school within 30 days: 63.0% in 2024/25, down from 70.0% in 2023/24.',
      href: '#/cme/cme_returned_30d_pct',
    });
  });

  it('never chooses a suppressed latest figure, nor a measure that is neither better nor worse', () => {
    const all = standsOut(candidates(figures), 20);
    expect(all.map((s) => s.measure)).not.toContain('ks4_em_grade4plus_pct');
    expect(all.map((s) => s.measure)).not.toContain('ehe_open_census_n');
    // given it directly, still not chosen; and nothing it would say judges it
    const ehe = headlineOf(
      measure('ehe_open_census_n'),
      figures.series.find((s) => s.measure === 'ehe_open_census_n')!,
    )!;
    expect(standsOut([ehe])).toEqual([]);
    expect(sentence(ehe)).not.toMatch(/better|worse/);
  });

  it('leaves out what does not differ, and says nothing stands out when nothing does', () => {
    expect(standsOut(candidates(figures), 20).map((s) => s.measure)).toEqual([
      'cl19_21_eet_pct',
      'abs_persistent_10_pct',
      'susp_oneplus_pct',
      'pep_on_time_pct',
      'cme_returned_30d_pct',
      'ks4_att8_avg',
      'pep_good_pct',
    ]);
    expect(
      standsOut(candidates(figuresOf([pct('cl17_18_neet_pct', '2024/25', 20, { CARE_LEAVERS_17_18: 20 })]))),
    ).toEqual([]);
  });
});
