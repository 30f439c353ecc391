/**
 * schools: the virtual school's own lookup of its school references, one row per school of the pool
 * (a lookup may name schools no enrolment of the loaded years names). Fictional but plausible names,
 * drawn from their own seeded stream so that adding the lookup shifts no other table; the phase and
 * whether the school is inside the authority are the pool's, as every enrolment at the school says.
 */
import type { Sink } from './csv';
import { Rng } from './rng';
import type { PoolSchool } from './school';

/** The sub-stream of the names: no other table draws from it. */
const NAMES_STREAM = 12;

const PLACES = [
  'Oakfield',
  'Riverside',
  'Hillcrest',
  'Meadowbank',
  'Ashgrove',
  'Beechwood',
  'Brookfield',
  'Castle Hill',
  'Elmwood',
  'Fairfield',
  'Greenacres',
  'Hawthorn',
  'Highfield',
  'Kingsmead',
  'Lark Rise',
  'Longmeadow',
  'Millbrook',
  'Northgate',
  'Orchard',
  'Parkside',
  'Queensway',
  'Redwood',
  'Rosehill',
  'Southfield',
  'Springfield',
  'Stonebridge',
  'Thornbury',
  'Westfield',
  'Willow Bank',
  'Woodlands',
  'Bramley',
  'Cedar Park',
  'Clayton',
  'Eastbrook',
  'Foxhill',
  'Glenmoor',
  'Harrowby',
  'Ivydene',
  'Juniper',
  'Langley',
  'Marsden',
  'Netherton',
  'Oldfield',
  'Pinewood',
  'Ravenscroft',
  'Sandford',
  'Tanfield',
  'Upton',
  'Whitmore',
  'Yew Tree',
  'Alderley',
  'Birchwood',
  'Copperfield',
  'Dovecote',
  'Edgewood',
  'Fernhill',
  'Holmewood',
  'Kestrel',
  'Lindley',
  'Moorside',
  'Newlands',
  'Overdale',
  'Primrose Hill',
  'Ryecroft',
  'Shawfield',
  'Templeton',
  'Underwood',
  'Wellgate',
  'Belmont',
  'Carlton',
  'Fulwood',
  'Grange',
  'Hollybush',
  'Mill Lane',
  'Broad Oak',
];
const SAINTS = [
  "St Mary's",
  "St Joseph's",
  "St John's",
  "St Peter's",
  "St Anne's",
  "St Michael's",
  'Holy Trinity',
  'All Saints',
  "St Paul's",
  "St Chad's",
];

/** How a school of each phase is named: [the first part's list, the endings]. */
const STYLES: Record<string, readonly (readonly [readonly string[], readonly string[]])[]> = {
  EARLY_YEARS: [[PLACES, ['Nursery School']]],
  PRIMARY: [
    [
      PLACES,
      [
        'Primary School',
        'Primary Academy',
        'Community Primary School',
        'Junior and Infant School',
        'Infant and Nursery School',
      ],
    ],
    [SAINTS, ['Catholic Primary School', 'CofE Primary School']],
  ],
  SECONDARY: [
    [PLACES, ['Academy', 'High School', 'School', 'Community College']],
    [SAINTS, ['Catholic High School', 'CofE Academy']],
  ],
  SPECIAL: [[PLACES, ['Special School', 'School', 'Specialist Academy']]],
  AP: [[PLACES, ['Pupil Referral Unit', 'Learning Centre', 'Education Centre']]],
  INDEPENDENT: [[PLACES, ['House School', 'Independent School', 'Preparatory School', 'College']]],
  FE: [[PLACES, ['College', 'Sixth Form College']]],
  OTHER: [[PLACES, ['Hospital School', 'Tuition Service']]],
};

/**
 * A name for each school (by reference), unique while the phase's names last (the demo authority's
 * schools, in ref order); at national scale names repeat, as real schools' do, and the reference
 * tells them apart.
 */
export function schoolNames(seed: number, schools: readonly PoolSchool[]): Map<string, string> {
  const rng = Rng.of(seed, NAMES_STREAM);
  const lists = new Map<string, string[]>();
  for (const [phase, styles] of Object.entries(STYLES)) {
    lists.set(
      phase,
      rng.shuffle(styles.flatMap(([firsts, endings]) => firsts.flatMap((f) => endings.map((e) => `${f} ${e}`)))),
    );
  }
  const used = new Set<string>();
  const next = new Map<string, number>();
  const names = new Map<string, string>();
  for (const s of [...schools].sort((a, b) => (a.ref < b.ref ? -1 : 1))) {
    const list = lists.get(s.phase) as string[];
    let i = next.get(s.phase) ?? 0;
    // past the end of the list, names repeat
    while (i < list.length && used.has(list[i])) i++;
    const name = list[i % list.length];
    next.set(s.phase, i + 1);
    used.add(name);
    names.set(s.ref, name);
  }
  return names;
}

export function emitSchools(sink: Sink, seed: number, schools: readonly PoolSchool[]): void {
  const names = schoolNames(seed, schools);
  for (const s of [...schools].sort((a, b) => (a.ref < b.ref ? -1 : 1))) {
    sink.row('schools', { school_ref: s.ref, school_name: names.get(s.ref), phase: s.phase, school_in_la: s.inLa });
  }
}
