/**
 * pep_reviews: an INITIAL PEP for each period of care that starts (due 28 days after), then one
 * REVIEW a term while in care on its due date. Most completed on time, more so each year; some late,
 * a few never; QA ratings improving over the years; pupil premium plus committed at most.
 */
import type { YearTargets } from './calibration';
import { EXTRACT, iso, pepTerms, WINDOW_START, type TermCode } from './dates';
import type { ChildYear } from './model';
import { Weighted, type Rng } from './rng';
import type { Sink } from './csv';
import { inCare } from './years';
import { emitTargets } from './targets';

export interface PepPlan {
  year: number;
  academicYear: string;
  nc: number;
  term: TermCode;
  type: 'INITIAL' | 'REVIEW';
  due: number;
  completed: number | null;
  qa: string | null;
  voice: boolean | null;
  pp: number | null;
  targets: number;
}

const PP_PLUS = new Weighted<number>([
  [0, 22],
  [200, 6],
  [300, 10],
  [400, 8],
  [500, 14],
  [600, 12],
  [750, 10],
  [800, 6],
  [1000, 8],
  [1200, 2],
  [1500, 2],
]);
const qaCache = new Map<number, Weighted<string>>();
function qaMix(t: YearTargets, year: number): Weighted<string> {
  let w = qaCache.get(year);
  if (!w) {
    const [gold, green, amber, red] = t.qa;
    w = new Weighted<string>([
      ['GOLD', gold],
      ['GREEN', green],
      ['AMBER', amber],
      ['RED', red],
    ]);
    qaCache.set(year, w);
  }
  return w;
}

export function planPeps(cy: ChildYear, rng: Rng, t: YearTargets, academicYear: string): PepPlan[] {
  const { child, year, nc } = cy;
  if (nc < 0 || nc > 13) return [];
  const out: PepPlan[] = [];
  for (const term of pepTerms(year)) {
    const entered = child.periods.find((p) => p.start >= term.start && p.start <= term.end && p.start >= WINDOW_START);
    const type = entered ? 'INITIAL' : 'REVIEW';
    const due = entered ? entered.start + 28 : rng.int(term.dueFrom, term.dueTo);
    if (due > EXTRACT || !inCare(child, due)) continue;
    const r = rng.next();
    let completed: number | null = null;
    let late = false;
    if (r < t.pepOnTime) completed = due - rng.int(0, 20);
    else if (r < 1 - t.pepNotDone) {
      completed = due + 1 + Math.round(rng.exp(15));
      late = true;
      if (completed > EXTRACT) completed = null;
    }
    const done = completed !== null;
    const qa =
      done && !rng.chance(0.04) ? qaMix(t, year).at(late ? 0.25 + 0.75 * rng.next() : 0.95 * rng.next()) : null;
    out.push({
      year,
      academicYear,
      nc,
      term: term.term,
      type,
      due,
      completed,
      qa,
      voice: done ? rng.chance(0.78 + 0.025 * (year - 2019)) : null,
      pp: done ? PP_PLUS.draw(rng) : null,
      targets: done ? rng.int(2, 4) : 0,
    });
  }
  return out;
}

/** All PEPs of a child, in order, with their targets (a target is reviewed at the next PEP). */
export function emitPeps(
  sink: Sink,
  childId: string,
  plans: readonly PepPlan[],
  rng: Rng,
  t: Readonly<Record<number, YearTargets>>,
  ids: { pep: () => string; target: () => string },
): void {
  plans.forEach((p, i) => {
    const pepId = ids.pep();
    sink.row('pep_reviews', {
      pep_id: pepId,
      child_id: childId,
      academic_year: p.academicYear,
      term: p.term,
      pep_type: p.type === 'REVIEW' && rng.chance(0.3) ? null : p.type,
      due_date: iso(p.due),
      completed_date: p.completed === null ? null : iso(p.completed),
      qa_rating: p.qa,
      child_voice: p.voice,
      pp_plus_gbp: p.pp,
    });
    emitTargets(sink, pepId, p, i < plans.length - 1, rng, t[p.year], ids.target);
  });
}
