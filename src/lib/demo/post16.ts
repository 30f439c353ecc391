/**
 * post16_results: one row per young person in Years 12 and 13 and in the year they turn 19 (nc_year 12 to 14), for
 * each child who was in care in Year 10 or later. The patterns an inspection recognises: many without English and
 * maths at level 2 by 19, few at level 3, a fifth not in education at 16 to 17, withdrawals in Year 12. The level
 * held at 19 follows the attainment trait; the levels of the years before never exceed it.
 */
import { ncYear } from './dates';
import type { Child } from './model';
import { Rng, Weighted } from './rng';
import type { Sink } from './csv';

const LEVELS = ['NONE', 'ENTRY', 'L1', 'L2', 'L3', 'L4_PLUS'] as const;
type Level = (typeof LEVELS)[number];

/** Shares of the level held at 19, lowest first, cut on the rank of the attainment trait. */
const AT_19: readonly (readonly [Level, number])[] = [
  ['NONE', 0.1],
  ['ENTRY', 0.08],
  ['L1', 0.3],
  ['L2', 0.3],
  ['L3', 0.18],
  ['L4_PLUS', 0.04],
];
const WITHDRAWN: Readonly<Record<number, number>> = { 12: 0.2, 13: 0.12, 14: 0.1 };
const NOT_STUDYING: Readonly<Record<number, number>> = { 12: 0.16, 13: 0.24, 14: 0.45 };

/** The level held at 19 for a trait drawn as a standard normal: its normal quantile cut in the shares above. */
function levelAt19(z: number): Level {
  const u = 0.5 * (1 + Math.tanh(0.7978845608 * (z + 0.044715 * z ** 3)));
  let cum = 0;
  for (const [level, share] of AT_19) if (u < (cum += share)) return level;
  return 'L4_PLUS';
}

const rank = (l: Level) => LEVELS.indexOf(l);
const atMost = (l: Level, cap: Level): Level => (rank(l) <= rank(cap) ? l : cap);

const STUDYING = new Weighted<Level>([
  ['ENTRY', 10],
  ['L1', 30],
  ['L2', 32],
  ['L3', 28],
]);

/** The post-16 rows of one young person over the years of the demo. */
export function emitPost16(
  sink: Sink,
  child: Child,
  years: readonly number[],
  label: (year: number) => string,
  seed: number,
): void {
  const rng = Rng.of(seed, 13, child.key);
  const final = levelAt19(0.85 * child.ability + 0.53 * rng.normal());
  // English and maths at grade 4 by 19: about half of those at level 2 or above, a few below it; most from Year 11
  const emAt19 = rank(final) >= rank('L2') ? rng.chance(0.55) : rng.chance(0.05);
  const emFrom = !emAt19 ? Infinity : rng.chance(0.7) ? 12 : rng.chance(0.6) ? 13 : 14;
  for (const year of years) {
    const nc = ncYear(child.birthYear, child.birthMonth, year);
    if (nc < 12 || nc > 14) continue;
    const held = nc === 12 ? atMost(final, 'L2') : nc === 13 ? atMost(final, 'L3') : final;
    const studying = rng.chance(NOT_STUDYING[nc]) ? 'NONE' : atMost(STUDYING.draw(rng), nextAfter(held));
    sink.row('post16_results', {
      child_id: child.id,
      academic_year: label(year),
      studying_level: studying,
      highest_level_achieved: rng.chance(0.03) ? null : held,
      english_maths_l2: nc >= emFrom,
      course_status:
        studying === 'NONE' ? null : rng.chance(WITHDRAWN[nc]) ? 'WITHDRAWN' : nc === 12 ? 'CONTINUING' : 'COMPLETED',
    });
  }
}

/** The level a course taken now can be: one above the level held, at least level 1. */
function nextAfter(held: Level): Level {
  return LEVELS[Math.min(LEVELS.length - 1, Math.max(rank('L1'), rank(held) + 1))];
}
