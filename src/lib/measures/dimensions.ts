/** Pupil dimensions available wherever a row is joined to `pupil_years` as `py`. */
export const PUPIL_YEAR_DIMENSIONS = {
  sex: 'py.sex',
  key_stage: 'py.key_stage',
  nc_year: 'CAST(py.nc_year AS VARCHAR)',
  sen_provision: "coalesce(py.sen_provision, 'UNKNOWN')",
  ethnicity_group: 'py.ethnicity_group',
  placement_location: "coalesce(py.placement_location, 'UNKNOWN')",
  uasc: "CASE WHEN py.uasc THEN 'UASC' WHEN NOT py.uasc THEN 'NOT_UASC' ELSE 'UNKNOWN' END",
  school_in_la: 'py.school_in_la_group',
  school_phase: 'py.school_phase',
} as const;

/** Pupil dimensions that do not change with the year. */
export const PUPIL_DIMENSIONS = {
  sex: 'py.sex',
  sen_provision: "coalesce(py.sen_provision, 'UNKNOWN')",
  ethnicity_group: 'py.ethnicity_group',
  uasc: PUPIL_YEAR_DIMENSIONS.uasc,
} as const;

/** `2024-09-16` → `09`: month of a date, for "by month of start". */
export const monthOf = (date: string): string => `strftime(${date}, '%m')`;

/**
 * By school: the school's reference, then `|` and its name where the optional `schools` lookup gives one, over rows
 * that carry `enrolled_school_ref` and `enrolled_school_name` (bases.ts). A reference holds no `|` (the contract's
 * ids are letters, digits, `_` and `-`), so the group reads back whole with `schoolOfGroup`.
 */
export const SCHOOL_GROUP = "py.enrolled_school_ref || coalesce('|' || py.enrolled_school_name, '')";

/** A `school` group → the school's reference and its name (null where the lookup names none). */
export function schoolOfGroup(group: string): { ref: string; name: string | null } {
  const bar = group.indexOf('|');
  return bar < 0 ? { ref: group, name: null } : { ref: group.slice(0, bar), name: group.slice(bar + 1) };
}
