/**
 * pep_targets: 2–4 targets per completed PEP, with the virtual school's SMART judgement. Targets
 * are usually specific, achievable and relevant, but often not measurable or time-bound (the
 * inspection finding), improving year on year and with the PEP's QA rating. The text is generic
 * and synthetic: a measurable, time-bound wording when judged so, a vague one otherwise.
 */
import type { YearTargets } from './calibration';
import type { PepPlan } from './pep';
import { phi, Weighted, type Rng } from './rng';
import type { Sink } from './csv';

type Area =
  | 'ENGLISH'
  | 'MATHS'
  | 'SCIENCE'
  | 'OTHER_SUBJECT'
  | 'ATTENDANCE'
  | 'BEHAVIOUR'
  | 'SEMH'
  | 'SOCIAL'
  | 'POST16'
  | 'OTHER';

const PRIMARY = new Weighted<Area>([
  ['ENGLISH', 26],
  ['MATHS', 24],
  ['SCIENCE', 3],
  ['OTHER_SUBJECT', 4],
  ['ATTENDANCE', 6],
  ['BEHAVIOUR', 9],
  ['SEMH', 14],
  ['SOCIAL', 9],
  ['OTHER', 5],
]);
const SECONDARY = new Weighted<Area>([
  ['ENGLISH', 20],
  ['MATHS', 19],
  ['SCIENCE', 7],
  ['OTHER_SUBJECT', 6],
  ['ATTENDANCE', 11],
  ['BEHAVIOUR', 9],
  ['SEMH', 13],
  ['SOCIAL', 5],
  ['POST16', 4],
  ['OTHER', 6],
]);
const KS4 = new Weighted<Area>([
  ['ENGLISH', 19],
  ['MATHS', 19],
  ['SCIENCE', 6],
  ['OTHER_SUBJECT', 5],
  ['ATTENDANCE', 11],
  ['BEHAVIOUR', 8],
  ['SEMH', 12],
  ['SOCIAL', 4],
  ['POST16', 11],
  ['OTHER', 5],
]);
const POST16 = new Weighted<Area>([
  ['POST16', 38],
  ['ENGLISH', 12],
  ['MATHS', 12],
  ['ATTENDANCE', 10],
  ['SEMH', 10],
  ['SOCIAL', 6],
  ['OTHER', 12],
]);

/** [measurable and time-bound wordings, vague wordings] */
const TEXTS: Record<Area, readonly [readonly string[], readonly string[]]> = {
  ENGLISH: [
    [
      'Improve reading age by 6 months by July',
      'Read for 20 minutes, 4 times a week, until half term',
      'Learn 10 new spellings each week this term',
      'Reach the expected standard in writing by the summer term',
    ],
    ['Improve reading', 'Work on writing skills', 'Get better at spelling', 'Enjoy reading more'],
  ],
  MATHS: [
    [
      'Know times tables to 12 by Easter',
      'Raise maths grade from 3 to 4 by the mock exams',
      'Complete 3 online maths sessions a week this term',
    ],
    ['Improve maths', 'Be more confident in maths', 'Catch up in maths'],
  ],
  SCIENCE: [
    ['Hand in all science homework on time this term', 'Raise science grade by one step by the summer'],
    ['Do better in science', 'Revise science'],
  ],
  OTHER_SUBJECT: [
    ['Attend every music tutoring session this term', 'Finish the art portfolio by May'],
    ['Try hard in all subjects', 'Keep up with homework'],
  ],
  ATTENDANCE: [
    ['Raise attendance to 95% by the end of term', 'Arrive before 8:45 every day for 6 weeks'],
    ['Improve attendance', 'Be on time more'],
  ],
  BEHAVIOUR: [
    ['Halve behaviour points by half term', 'No more than 2 detentions this term'],
    ['Behave better in lessons', 'Make good choices', 'Use the "stop and think" card in lessons'],
  ],
  SEMH: [
    ['Meet the school counsellor weekly, 6 sessions by Easter', 'Use the calm card and log it daily for 4 weeks'],
    ['Feel happier in school', 'Manage feelings better'],
  ],
  SOCIAL: [
    ['Join one after-school club by October', 'Take part in 2 group activities each week this term'],
    ['Make more friends', 'Be more sociable'],
  ],
  POST16: [
    ['Apply to 3 college courses by January', 'Complete a work experience week by June'],
    ['Think about college', 'Plan for the future'],
  ],
  OTHER: [
    ['Travel to school independently by the spring term', 'Attend 4 tutoring sessions a month until July'],
    ['Settle into the new placement', 'Keep organised'],
  ],
};

const OUTCOME_SMART = new Weighted<string>([
  ['ACHIEVED', 55],
  ['PARTIAL', 27],
  ['NOT_ACHIEVED', 10],
  ['NOT_REVIEWED', 8],
]);
const OUTCOME_VAGUE = new Weighted<string>([
  ['ACHIEVED', 36],
  ['PARTIAL', 33],
  ['NOT_ACHIEVED', 19],
  ['NOT_REVIEWED', 12],
]);
const QA_BOOST: Record<string, number> = { GOLD: 0.25, GREEN: 0.08, AMBER: -0.08, RED: -0.25 };

/** A probability moved by the PEP's QA rating, kept within [0.05, 0.98]. */
function p(x: number, boost: number): number {
  return Math.min(0.98, Math.max(0.05, x + boost));
}

function areas(nc: number): Weighted<Area> {
  return nc >= 12 ? POST16 : nc >= 10 ? KS4 : nc >= 7 ? SECONDARY : PRIMARY;
}

export function emitTargets(
  sink: Sink,
  pepId: string,
  pep: PepPlan,
  reviewed: boolean,
  rng: Rng,
  t: YearTargets,
  nextId: () => string,
): void {
  const boost = pep.qa ? QA_BOOST[pep.qa] : 0;
  for (let i = 0; i < pep.targets; i++) {
    const area = areas(pep.nc).draw(rng);
    const assessed = !rng.chance(0.03);
    // A shared quality trait: a target that is measurable tends to be time-bound too.
    const q = rng.normal();
    const measurable = phi(0.6 * q + 0.8 * rng.normal()) < p(t.measurable, boost);
    const timeBound = phi(0.6 * q + 0.8 * rng.normal()) < p(t.timeBound, boost);
    const smart = measurable && timeBound;
    const outcome = reviewed ? (smart ? OUTCOME_SMART : OUTCOME_VAGUE).draw(rng) : 'NOT_REVIEWED';
    sink.row('pep_targets', {
      target_id: nextId(),
      pep_id: pepId,
      area,
      specific: assessed ? rng.chance(p(0.8 + 0.02 * (pep.year - 2019), boost)) : null,
      measurable: assessed ? measurable : null,
      achievable: assessed ? rng.chance(p(0.9, boost)) : null,
      relevant: assessed ? rng.chance(p(0.93, boost)) : null,
      time_bound: assessed ? timeBound : null,
      outcome,
      target_text: rng.chance(0.08) ? null : rng.pick(TEXTS[area][smart ? 0 : 1]),
    });
  }
}
