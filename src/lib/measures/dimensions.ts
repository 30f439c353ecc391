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
