/**
 * SSDA903 Episodes from the demo's care_periods rows, in the DfE CSV layout with the PL_LOCATION
 * and PL_DISTANCE columns LA tools add: RNE S exactly where a continuous period starts (a row whose
 * start is more than a day after the previous row's end), X1 where an episode ends but the period
 * goes on, a leaving code where the period ends; postcodes and URNs fake but well-formed.
 */
import { SSDA903_EPISODE_COLUMNS } from '../contract';
import { cell, type Row } from './csv';
import { Rng, Weighted } from './rng';

// the DfE's columns, then the two that LA tools add
export const EPISODES_HEADER = [...SSDA903_EPISODE_COLUMNS, 'PL_LOCATION', 'PL_DISTANCE'] as const;

/** Category of need: mostly abuse or neglect; absent parenting for UASC. */
const CIN = new Weighted<string>([
  ['N1', 64],
  ['N2', 3],
  ['N3', 3],
  ['N4', 8],
  ['N5', 14],
  ['N6', 1.5],
  ['N7', 0.3],
  ['N8', 6],
]);
const CIN_UASC = new Weighted<string>([
  ['N8', 85],
  ['N1', 5],
  ['N4', 5],
  ['N5', 5],
]);

const PROVIDER_FOSTER = new Weighted<string>([
  ['PR1', 55],
  ['PR4', 38],
  ['PR5', 7],
]);
const PROVIDER_KIN = new Weighted<string>([
  ['PR1', 92],
  ['PR4', 8],
]);
const PROVIDER_RESIDENTIAL = new Weighted<string>([
  ['PR4', 72],
  ['PR1', 18],
  ['PR5', 10],
]);
const PROVIDER_OTHER = new Weighted<string>([
  ['PR4', 55],
  ['PR1', 35],
  ['PR5', 10],
]);

function provider(rng: Rng, place: string): string {
  if (place === 'P1') return 'PR0';
  if (place === 'R5') return 'PR3';
  if (place === 'U1' || place === 'U2' || place === 'U3') return PROVIDER_KIN.draw(rng);
  if (place.startsWith('U')) return PROVIDER_FOSTER.draw(rng);
  if (place.startsWith('A')) return rng.chance(0.6) ? 'PR1' : 'PR5';
  if (place === 'K1' || place === 'K2' || place === 'R1' || place === 'S1') return PROVIDER_RESIDENTIAL.draw(rng);
  return PROVIDER_OTHER.draw(rng);
}

const REASON_PLACE_CHANGE = new Weighted<string>([
  ['CARPL', 36],
  ['CREQB', 14],
  ['CREQO', 10],
  ['CHILD', 8],
  ['LAREQ', 8],
  ['PLACE', 7],
  ['CLOSE', 4],
  ['STAND', 3],
  ['ALLEG', 2],
  ['APPRR', 2],
  ['OTHER', 6],
]);

const LEAVE_ADOPTED = new Weighted<string>([
  ['E11', 60],
  ['E12', 40],
]);
const LEAVE_REMAND = new Weighted<string>([
  ['E14', 80],
  ['E9', 20],
]);
const LEAVE_SHORT = new Weighted<string>([
  ['E4A', 60],
  ['E13', 20],
  ['E8', 20],
]);
const LEAVE_ADULT = new Weighted<string>([
  ['E17', 34],
  ['E5', 30],
  ['E6', 15],
  ['E8', 10],
  ['E13', 7],
  ['E7', 4],
]);
const LEAVE_ADULT_UASC = new Weighted<string>([
  ['E5', 45],
  ['E6', 20],
  ['E17', 25],
  ['E15', 7],
  ['E16', 3],
]);
const LEAVE_CHILD = new Weighted<string>([
  ['E4A', 45],
  ['E41', 8],
  ['E45', 8],
  ['E46', 4],
  ['E47', 6],
  ['E48', 2],
  ['E13', 10],
  ['E4B', 5],
  ['E3', 6],
  ['E8', 5],
  ['E16', 1],
]);

function leavingCode(rng: Rng, row: Row, age: number, uasc: boolean): string {
  const legal = String(row.legal_status ?? '');
  const place = String(row.placement_type ?? '');
  if (legal === 'E1' || place === 'A5' || place === 'A6') return LEAVE_ADOPTED.draw(rng);
  if (legal.startsWith('J')) return LEAVE_REMAND.draw(rng);
  if (age >= 17.9) return (uasc ? LEAVE_ADULT_UASC : LEAVE_ADULT).draw(rng);
  if (legal.startsWith('L')) return LEAVE_SHORT.draw(rng);
  return LEAVE_CHILD.draw(rng);
}

/** Postcode letters of the inward code: never C, I, K, M, O, V. */
const INWARD = 'ABDEFGHJLNPQRSTUWXYZ';

/** A fake full postcode (`XX4 7QT` in the authority, `XY12 3AB` outside: no such areas exist). */
export function fakePostcode(rng: Rng, inside: boolean): string {
  const area = inside ? 'XX' : rng.pick(['XY', 'XZ', 'XW']);
  return `${area}${rng.int(1, 29)} ${rng.int(0, 9)}${rng.pick([...INWARD])}${rng.pick([...INWARD])}`;
}

/** PL_LOCATION and PL_DISTANCE (miles) that give back the demo's placement_location. */
export function plLocation(rng: Rng, location: string): [string, string] {
  switch (location) {
    case 'IN_LA':
      return ['IN', rng.uniform(0.3, 12).toFixed(1)];
    case 'OUT_LA_LE20MI':
      return ['OUT', rng.uniform(1.5, 20).toFixed(1)];
    case 'OUT_LA_GT20MI':
      return ['OUT', Math.min(350, 20.1 + rng.logNormal(25, 0.8)).toFixed(1)];
    default:
      return ['', ''];
  }
}

/** The placement location the contract derives from PL_LOCATION and PL_DISTANCE. */
export function placementLocationOf(plLoc: string, plDistance: string): string {
  if (plLoc === 'IN') return 'IN_LA';
  if (plLoc !== 'OUT' || plDistance === '') return 'UNKNOWN';
  return Number(plDistance) <= 20 ? 'OUT_LA_LE20MI' : 'OUT_LA_GT20MI';
}

const DAY = 86_400_000;
const dayOfIso = (s: string): number => Date.parse(`${s}T00:00:00Z`) / DAY;
/** `YYYY-MM-DD` → `DD/MM/YYYY`. */
export const ukDate = (isoDate: string): string =>
  `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
const endOf = (r: Row): number | null =>
  r.end_date === null || r.end_date === undefined || r.end_date === '' ? null : dayOfIso(String(r.end_date));

/** Whether a row continues the previous one's period: it starts no later than the day after its end. */
export function continues(prev: Row | undefined, row: Row): boolean {
  if (!prev) return false;
  const end = endOf(prev);
  return end === null || dayOfIso(String(row.start_date)) <= end + 1;
}

/** The reason for a new episode that continues a period, from what changed. */
function changeCode(rng: Rng, prev: Row, row: Row): string {
  const legal = row.legal_status !== prev.legal_status;
  const placeType = row.placement_type !== prev.placement_type;
  const placement = placeType || row.placement_location !== prev.placement_location;
  if (!placement) return legal ? 'L' : 'P';
  // same carer: a new placement type at the same address (never a move across the boundary)
  const sameCarer = placeType && row.placement_location === prev.placement_location && rng.chance(0.04);
  // DfE: T a new placement with the same carer; B a new legal status, placement and carer; U the same carer, a new placement and legal status
  if (legal) return sameCarer ? 'U' : 'B';
  return sameCarer ? 'T' : 'P';
}

interface Placement {
  provider: string;
  post: string;
  urn: string;
  plLocation: string;
  plDistance: string;
}

export interface ChildFacts {
  /** day number of the date of birth */
  dob: number;
  uasc: boolean;
}

/** The episode lines (without header) of one child's care_periods rows, in date order. */
function childEpisodes(seed: number, key: number, rows: readonly Row[], child: ChildFacts): string[] {
  const rng = Rng.of(seed, 903, 20, key);
  const out: string[] = [];
  let home = '';
  let cin = '';
  let placement: Placement | null = null;
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    const next = rows[i + 1];
    const starts = !continues(prev, row);
    if (starts) {
      if (home === '' || rng.chance(0.3)) home = fakePostcode(rng, rng.chance(0.85));
      cin = (child.uasc ? CIN_UASC : CIN).draw(rng);
    } else if (rng.chance(0.03)) cin = CIN.draw(rng);
    const rne = starts ? 'S' : changeCode(rng, prev, row);
    const location = String(row.placement_location ?? 'UNKNOWN');
    if (placement === null || rne !== 'L') {
      const [plLoc, plDistance] = plLocation(rng, location);
      const sameCarer = (rne === 'T' || rne === 'U') && placement !== null;
      placement = {
        provider: provider(rng, String(row.placement_type ?? '')),
        post: sameCarer && placement ? placement.post : plLoc === '' ? '' : fakePostcode(rng, plLoc === 'IN'),
        urn: String(rng.int(100_000, 999_999)),
        plLocation: plLoc,
        plDistance,
      };
    }
    const end = endOf(row);
    let rec = '';
    if (end !== null)
      rec = next && continues(row, next) ? 'X1' : leavingCode(rng, row, (end - child.dob) / 365.25, child.uasc);
    const movedFromRemand = prev !== undefined && String(prev.legal_status).startsWith('J');
    const custody = row.legal_status === 'J2' && (row.placement_type === 'R5' || row.placement_type === 'K1');
    const reason =
      rne === 'S' || rne === 'L' ? '' : custody ? 'CUSTOD' : movedFromRemand ? 'CARPL' : REASON_PLACE_CHANGE.draw(rng);
    const start = String(row.start_date);
    out.push(
      [
        row.child_id,
        ukDate(start),
        rne,
        row.legal_status,
        cin,
        row.placement_type,
        placement.provider,
        end === null ? '' : ukDate(String(row.end_date)),
        rec,
        reason,
        home,
        placement.post,
        placement.urn,
        placement.plLocation,
        placement.plDistance,
      ]
        .map(cell)
        .join(','),
    );
  });
  return out;
}

/** episodes.csv: every care_periods row, child by child in the order given, each child's rows by start date. */
export function episodesFile(
  seed: number,
  carePeriods: readonly Row[],
  children: ReadonlyMap<string, ChildFacts>,
  keyOf: (id: string) => number,
): string {
  const byChild = new Map<string, Row[]>();
  for (const r of carePeriods) {
    const id = String(r.child_id);
    const list = byChild.get(id);
    if (list) list.push(r);
    else byChild.set(id, [r]);
  }
  const lines = [EPISODES_HEADER.join(',')];
  for (const [id, rows] of byChild) {
    const child = children.get(id);
    if (!child) throw new Error(`care_periods: ${id} is not in pupils`);
    const sorted = [...rows].sort((a, b) =>
      String(a.start_date) < String(b.start_date) ? -1 : String(a.start_date) > String(b.start_date) ? 1 : 0,
    );
    lines.push(...childEpisodes(seed, keyOf(id), sorted, child));
  }
  return lines.join('\n') + '\n';
}
