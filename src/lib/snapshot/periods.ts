/** A range of academic years, either end open. */
export interface Range {
  from: string | null;
  to: string | null;
}

/** The academic year a period falls in: a care-leaver reporting year R (ending 31 March) is in (R−1)/R. */
export function academicOf(period: string): string {
  if (!/^\d{4}$/.test(period)) return period;
  const r = Number(period);
  return `${r - 1}/${String(r % 100).padStart(2, '0')}`;
}

export const inRange = (period: string, r: Range): boolean => {
  const p = academicOf(period);
  return (!r.from || p >= r.from) && (!r.to || p <= r.to);
};
