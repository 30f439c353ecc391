import { pupilFilterSql, registerFilterSql, type BoundSql, type Filter } from './filter';

/** A set of filtered rows a base reads: a CTE named `name`, the rows of `source` (alias `alias`) that pass the filter. */
export interface RowSet {
  name: string;
  source: string;
  alias: 'py' | 'r';
  /** the filter's condition on those rows */
  where: (filter: Filter) => BoundSql;
  /** filtered once and held, for the several aggregates that read it */
  materialized?: true;
}

/** The children of pupils, narrowed by the filters that do not change with the year. */
export const PUPILS: RowSet = {
  name: 'fp',
  source: 'pupil_facts',
  alias: 'py',
  where: (f) => pupilFilterSql(f, ['pupil']),
};

/** Each register, narrowed by social care status. */
export const REGISTERS = {
  cme: { name: 'fcme', source: 'cme', alias: 'r', where: registerFilterSql },
  ehe: { name: 'fehe', source: 'ehe', alias: 'r', where: registerFilterSql },
} as const satisfies Record<string, RowSet>;

/** A pupil-year base's rows: the table `base_<id>` the model materialises, narrowed by pupil and year as `f_<id>`. */
export const pupilYearRows = (baseId: string): RowSet => ({
  name: `f_${baseId}`,
  source: `base_${baseId}`,
  alias: 'py',
  where: (f) => pupilFilterSql(f),
  materialized: true,
});
