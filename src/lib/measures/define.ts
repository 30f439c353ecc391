import type { BaseId } from './bases';
import type { RowSet } from './row-sets';

/** How a figure is read and shown. */
export type Unit = 'count' | 'percent' | 'per100' | 'mean' | 'median' | 'days' | 'ratio' | 'gbp';

/** Periods a measure is reported for: those in which its source table holds a row. */
export type PeriodSet =
  'roll' | 'exclusions' | 'ks2' | 'ks4' | 'post16' | 'attendance' | 'pep' | 'targets' | 'destinations' | 'cme' | 'ehe';

/** The group of national figures (national-benchmarks.csv) a local figure is read against. */
export type NationalGroup = 'CLA_12M' | 'CARE_LEAVERS_17_18' | 'CARE_LEAVERS_19_21';

export interface MeasureBase<Id extends string = string> {
  /** `count`: value is the aggregate; `ratio`: scale × numerator ÷ denominator; `average`: value is the aggregate over `denominator` values */
  kind: 'count' | 'ratio' | 'average';
  id: Id;
  title: string;
  unit: Unit;
  /** one sentence, for the interface */
  definition: string;
  /** which way the figure is better: higher (Attainment 8, PEPs on time), lower (absence, suspensions), or neither (a count such as EHE at census) */
  better: 'higher' | 'lower' | null;
  /** the national-benchmarks.csv measure it compares with */
  benchmark: string | null;
  /** the benchmark's group it is compared with: children in care nationally, or care leavers of its ages */
  national: NationalGroup;
  /** decimal places on screen */
  precision: number;
  /** the base whose rows it aggregates */
  base: BaseId;
  periods: PeriodSet;
  /**
   * Rule 7 of the disclosure rules, for a figure that counts events, sessions, PEPs, targets, episodes or pounds
   * rather than children: SQL conditions on the base's rows picking the rows whose children stand behind the
   * value (or numerator), and behind the complement of a ratio. Absent when the figure counts children itself.
   */
  behind?: { value: string; complement?: string };
}

export interface CountMeasure<Id extends string = string> extends MeasureBase<Id> {
  kind: 'count';
  /** SQL aggregate over the base's rows */
  value: string;
}

export interface RatioMeasure<Id extends string = string> extends MeasureBase<Id> {
  kind: 'ratio';
  numerator: string;
  denominator: string;
  /** the denominator is aggregated over this base instead (e.g. the roll, for rates per pupil) */
  denominatorBase?: BaseId;
  scale: number;
}

export interface AverageMeasure<Id extends string = string> extends MeasureBase<Id> {
  kind: 'average';
  /** SQL aggregate, e.g. `avg(att8)` or `median(days)` */
  value: string;
  /** number of values it rests on */
  count: string;
}

export type Measure<Id extends string = string> = CountMeasure<Id> | RatioMeasure<Id> | AverageMeasure<Id>;

/** A base: rows a measure aggregates, with the dimensions it can be broken down by. */
export interface Base<Id extends string = string> {
  id: Id;
  /** pupil-year bases: the rows, joined to `pupil_years` once when the data is loaded (table `base_<id>`) */
  materialize?: string;
  /** the filtered row sets its rows read: a query defines exactly those of the bases it aggregates */
  reads: readonly RowSet[];
  /** SQL of the rows, with a `period` column, over the row sets it reads */
  rows: (dimension: string | null) => string;
  /** dimension name → SQL expression over the rows */
  dimensions: Readonly<Record<string, string>>;
  /** which filters narrow it: pupil filters, pupil and year filters, or the register's social_care_status */
  filteredBy: 'pupil' | 'pupil-year' | 'register';
}
