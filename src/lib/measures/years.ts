/** Academic year containing a date: 1 September to 31 August. */
export const yearOf = (date: string): string => `(year(${date}) - CASE WHEN month(${date}) < 9 THEN 1 ELSE 0 END)`;
/** `2023` → `'2023/24'`. */
export const periodOf = (year: string): string => `(CAST(${year} AS VARCHAR) || '/' || lpad(CAST((${year} + 1) % 100 AS VARCHAR), 2, '0'))`;
/** `'2023/24'` → 2023. */
export const yearFromPeriod = (period: string): string => `CAST(left(${period}, 4) AS INTEGER)`;
