/**
 * The virtual school's pupils: every simulated child in care at some point of 2019/20–2024/25 while
 * of school age or post-16 (nc_year 0 to 13), and every care leaver with a destinations row in
 * reporting years 2020–2025. Each is given sex, ethnicity, SEN, UASC and latent traits.
 */
import { ncYear, yearEnd, yearStart, YEARS, ymdOf } from './dates';
import type { History } from './history';
import type { Child, Sen, Sex } from './model';
import { phi, Rng, Weighted } from './rng';

/** Children in care (CLA, England 2024): mostly White British, a realistic mix; a few unknown. */
const ETHNICITY = new Weighted<string | null>([
  ['WBRI', 72],
  ['WOTH', 5],
  ['WIRI', 0.5],
  ['WIRT', 0.7],
  ['WROM', 0.8],
  ['MWBC', 4.5],
  ['MWBA', 1.5],
  ['MWAS', 1.5],
  ['MOTH', 3],
  ['AIND', 0.5],
  ['APKN', 1.5],
  ['ABAN', 0.5],
  ['AOTH', 0.8],
  ['BCRB', 1.5],
  ['BAFR', 2.5],
  ['BOTH', 1],
  ['CHNE', 0.1],
  ['OOTH', 1.2],
  ['REFU', 0.3],
  ['NOBT', 0.5],
  [null, 0.3],
]);
/** UASC: mostly from Afghanistan, Eritrea, Sudan, Iran, Iraq, Vietnam, Albania. */
const UASC_ETHNICITY = new Weighted<string | null>([
  ['AOTH', 30],
  ['BAFR', 28],
  ['OOTH', 22],
  ['WOTH', 8],
  ['BOTH', 5],
  ['MOTH', 3],
  ['CHNE', 1],
  ['NOBT', 3],
]);
const SEN = new Weighted<Sen | null>([
  ['E', 30],
  ['K', 31],
  ['N', 38],
  [null, 1],
]);
const UASC_SEN = new Weighted<Sen | null>([
  ['E', 3],
  ['K', 15],
  ['N', 82],
]);
/** Shift of the attainment trait by SEN (centred so the pupils' mean is about 0). */
const ABILITY_SHIFT: Record<string, number> = { E: -0.7, K: -0.15, N: 0.55, null: 0 };

/** Whether a history belongs on the roll in one of the years (in care while nc_year 0–13). */
export function onRollSomeYear(h: History): boolean {
  const [by, bm] = ymdOf(h.birth);
  for (const y of YEARS) {
    const nc = ncYear(by, bm, y);
    if (nc < 0 || nc > 13) continue;
    const from = yearStart(y);
    const to = yearEnd(y);
    for (const p of h.periods) if (p.start <= to && p.exit > from) return true;
  }
  return false;
}

export function makeChild(h: History, rng: Rng): Child {
  const [birthYear, birthMonth] = ymdOf(h.birth);
  const sex: Sex = h.uasc ? (rng.chance(0.95) ? 'M' : 'F') : rng.chance(0.001) ? 'U' : rng.chance(0.535) ? 'M' : 'F';
  const sen = (h.uasc ? UASC_SEN : SEN).draw(rng);
  const z = rng.normal();
  const ability = (z + ABILITY_SHIFT[String(sen)] - (h.uasc ? 0.2 : 0)) / 1.13;
  return {
    key: h.key,
    id: '',
    sex,
    birth: h.birth,
    birthYear,
    birthMonth,
    ethnicity: (h.uasc ? UASC_ETHNICITY : ETHNICITY).draw(rng),
    sen,
    uasc: h.uasc,
    periods: h.periods,
    episodes: [],
    ability,
    absence: (rng.normal() - 0.3 * ability) / 1.04,
    behaviour: rng.normal() + (sex === 'M' ? 0.25 : -0.25),
    engagement: 0.5 * ability + 0.87 * rng.normal(),
    special: sen === 'E' && rng.chance(0.5),
    hasKs2: !h.uasc && rng.chance(0.5),
  };
}

/** Pseudonyms C000001…: issued in a shuffled order, so they say nothing about entry dates. */
export function assignIds(children: Child[], seed: number): Child[] {
  const order = Rng.of(seed, 4).shuffle(children.map((_, i) => i));
  const width = Math.max(6, String(children.length).length);
  order.forEach((ci, n) => (children[ci].id = `C${String(n + 1).padStart(width, '0')}`));
  return [...children].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A latent trait (standard normal) blended with noise, as a quantile in [0, 1). */
export function quantile(latent: number, rng: Rng, weight = 0.75): number {
  const u = phi(weight * latent + Math.sqrt(1 - weight * weight) * rng.normal());
  return Math.min(0.999999, u);
}
