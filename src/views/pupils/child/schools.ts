import type { Enrolment } from '../../../lib/measures/child-story';
import { dayOf, yearSpan } from './dates';

export interface SchoolBand {
  from: number;
  to: number;
  /** '2023/24', '2021/22 to 2023/24' */
  when: string;
  /** the enrolment the band starts with: its school, phase and entry date */
  first: Enrolment;
  last: Enrolment;
}

/**
 * Where the child was on roll, as bands. An enrolment covers its academic year from its entry date (or from
 * 1 September when it has none or entered earlier) to the next enrolment's start that year, else to the year's
 * end; the same school in touching bands, year after year, is one band. Enrolments in date order, as loaded.
 */
export function schoolBands(enrolments: readonly Enrolment[]): SchoolBand[] {
  const spans = enrolments.map((e) => {
    const [start, end] = yearSpan(e.academic_year);
    return { e, from: Math.max(start, e.entry_date ? dayOf(e.entry_date) : start), end };
  });
  const out: SchoolBand[] = [];
  spans.forEach(({ e, from, end }, i) => {
    const next = spans[i + 1];
    const to = next && next.e.academic_year === e.academic_year && next.from > from ? next.from : end;
    const joined = [...out].reverse().find((b) => b.first.school_ref === e.school_ref && b.to === from);
    if (joined) {
      joined.to = to;
      joined.last = e;
      joined.when = `${joined.first.academic_year} to ${e.academic_year}`;
    } else out.push({ from, to, when: e.academic_year, first: e, last: e });
  });
  return out;
}
