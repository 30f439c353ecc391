import { ident, lit } from '../db/sql';

/** The subjects of ks2_results with both a flag and a scaled score; writing is teacher assessment, with no score. */
const SCORED = ['reading', 'maths'] as const;

const flag = (subject: string) => ident(`${subject}_expected`);
const score = (subject: string) => ident(`${subject}_scaled`);

/**
 * A key stage 2 flag left empty beside a scaled score reads as score ≥ 100 (data contract, ks2_results): the stored
 * value of `column`, or null when it is not such a flag. A score out of 80 to 120 is already null, so it fills nothing.
 */
export function ks2FlagFill(column: string, stored: string, present: ReadonlySet<string>): string | null {
  const subject = SCORED.find((s) => `${s}_expected` === column);
  if (!subject) return null;
  const empty = present.has(column) ? `${ident(`${column}__raw`)} IS NULL AND ` : '';
  return `CASE WHEN ${empty}${flag(subject)} IS NULL AND ${score(subject)} IS NOT NULL THEN ${score(subject)} >= 100 ELSE ${stored} END`;
}

/** Warnings, into `_warn`, for each flag that disagrees with its scaled score; the flag is kept as given. */
export function ks2FlagWarnings(present: ReadonlySet<string>): string[] {
  return SCORED.filter((s) => present.has(`${s}_expected`) && present.has(`${s}_scaled`)).map(
    (s) => `INSERT INTO _warn SELECT __line, ${lit(`${s}_expected`)}, ${ident(`${s}_expected__raw`)},
      'says the expected standard was ' || CASE WHEN ${flag(s)} THEN 'reached' ELSE 'not reached' END || ', but the ${s} scaled score is '
      || ${score(s)} || ' (100 or more reaches it): kept as given; check the pupil''s results'
    FROM _typed WHERE ${flag(s)} IS DISTINCT FROM (${score(s)} >= 100) AND ${flag(s)} IS NOT NULL AND ${score(s)} IS NOT NULL`,
  );
}
