/**
 * The demo authority in the layout of real exports: an SSDA903 return (Header, UASC, Episodes, OC3
 * in the DfE CSV layout) and a school census attendance extract keyed by UPN, made from the rows of
 * the own-layout tables they replace (pupils, care_periods, destinations, attendance). Pure: the
 * same rows and seed give the same text; the identifiers are fake but well-formed, and give back
 * the own-layout values under the contract's rules (DOB in the birth month, OC3 age from DOB,
 * placement_location from PL_LOCATION / PL_DISTANCE, periods from RNE and dates).
 */
import type { TableName } from '../contract';
import { cell, ChunkedCsvSink, TABLE_NAMES, type Cell, type Row, type Sink } from './csv';
import { addYears, dayOf, EXTRACT, iso } from './dates';
import { episodesFile, ukDate, type ChildFacts } from './ssda903-episodes';
import { assignUpns, attendanceExtract, idKey } from './ssda903-census';
import { DEMO_SEED, generateTables, type DemoOptions } from './index';
import { Rng, Weighted } from './rng';

export { UPN_SHAPE, UPN_UNKNOWN, upnCheckLetter } from './ssda903-census';
export { continues, placementLocationOf } from './ssda903-episodes';

/** The files of the layout, in the order they are written. */
export const SSDA903_FILES = ['header', 'uasc', 'episodes', 'oc3', 'attendance'] as const;
export type Ssda903File = (typeof SSDA903_FILES)[number];

/** The own-layout tables these files replace; the others are written in the own layout. */
export const REPLACED_TABLES: readonly TableName[] = ['pupils', 'care_periods', 'destinations', 'attendance'];
/** The own-layout tables written beside the 903 files. */
export const KEPT_TABLES: readonly TableName[] = TABLE_NAMES.filter((t) => !REPLACED_TABLES.includes(t));

export type DemoRows = Readonly<Record<'pupils' | 'care_periods' | 'destinations' | 'attendance', readonly Row[]>>;

const SEX: Record<string, string> = { M: '1', F: '2', U: '9' };

/** OC3 ACTIV for the demo's activity; NEET splits into G4 (illness or disability), G5 (other), G6 (parenting). */
const NEET = new Weighted<string>([
  ['G5', 62],
  ['G4', 24],
  ['G6', 14],
]);
function activ(rng: Rng, activity: string): string {
  switch (activity) {
    case 'HIGHER_EDUCATION':
      return 'F1';
    case 'OTHER_EDUCATION':
      return 'F2';
    case 'APPRENTICESHIP':
      return 'F4';
    case 'TRAINING_EMPLOYMENT':
      return 'F5';
    case 'NEET':
      return NEET.draw(rng);
    case 'NOT_KNOWN':
      return '0';
    default:
      throw new Error(`destinations: unknown activity ${activity}`);
  }
}

/** OC3 ACCOM: accommodation letter, then 1 (suitable) or 2 (not suitable); empty when not in touch. */
const ACCOM_16 = new Weighted<string>([
  ['Z1', 50],
  ['D1', 20],
  ['C1', 20],
  ['E1', 10],
]);
const ACCOM_17_18 = new Weighted<string>([
  ['Z1', 25],
  ['D1', 25],
  ['U1', 15],
  ['B1', 12],
  ['E1', 8],
  ['K1', 3],
  ['T1', 3],
  ['C1', 3],
  ['Y1', 3],
  ['S2', 1],
  ['V2', 1],
  ['X2', 1],
]);
const ACCOM_19_21 = new Weighted<string>([
  ['U1', 45],
  ['B1', 15],
  ['D1', 8],
  ['Z1', 6],
  ['K1', 4],
  ['E1', 3],
  ['T1', 2],
  ['Y1', 3],
  ['S2', 3],
  ['V2', 2],
  ['W2', 1],
  ['X2', 2],
  ['B2', 2],
  ['U2', 4],
]);
function accom(rng: Rng, age: number, inTouch: string): string {
  if (inTouch === 'NO' || inTouch === 'REFU' || inTouch === 'DIED' || inTouch === 'NREQ') return '';
  if (inTouch === 'RHOM') return 'B1';
  return (age <= 16 ? ACCOM_16 : age <= 18 ? ACCOM_17_18 : ACCOM_19_21).draw(rng);
}

const csvLine = (cells: readonly Cell[]): string => cells.map(cell).join(',');
const isTrue = (v: Cell): boolean => v === true || v === '1';
const daysIn = (y: number, m: number): number => dayOf(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayOf(y, m, 1);

/** Header, UASC, Episodes, OC3 and the attendance extract, as CSV text (LF, final LF). */
export function ssda903Files(rows: DemoRows, seed: number): Record<Ssda903File, string> {
  // Date of birth: a seeded day inside the own layout's birth month.
  const dob = new Map<string, number>();
  const facts = new Map<string, ChildFacts>();
  for (const p of rows.pupils) {
    const id = String(p.child_id);
    const [y, m] = String(p.birth_year_month).split('-').map(Number);
    const day = dayOf(y, m, Rng.of(seed, 903, 1, idKey(id)).int(1, daysIn(y, m)));
    dob.set(id, day);
    facts.set(id, { dob: day, uasc: isTrue(p.uasc) });
  }
  const dobOf = (id: Cell): string => {
    const d = dob.get(String(id));
    if (d === undefined) throw new Error(`${String(id)} is not in pupils`);
    return ukDate(iso(d));
  };

  const taken = new Set<string>();
  const attending = new Set(rows.attendance.map((r) => String(r.child_id)));
  const upns = assignUpns(seed, rows.pupils, attending, taken);

  const header = ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB'];
  const uasc = ['CHILD,SEX,DOB,DUC'];
  for (const p of rows.pupils) {
    const sex = SEX[String(p.sex)];
    if (sex === undefined) throw new Error(`pupils: unknown sex ${String(p.sex)}`);
    header.push(csvLine([p.child_id, sex, dobOf(p.child_id), p.ethnicity, upns.get(String(p.child_id)), '', '']));
    if (isTrue(p.uasc)) {
      // ceased at 18; empty while the child is still under 18 at the extract
      const eighteen = addYears(dob.get(String(p.child_id)) as number, 18);
      uasc.push(csvLine([p.child_id, sex, dobOf(p.child_id), eighteen <= EXTRACT ? ukDate(iso(eighteen)) : '']));
    }
  }

  const oc3 = ['CHILD,DOB,IN_TOUCH,ACTIV,ACCOM,YEAR'];
  for (const r of rows.destinations) {
    const rng = Rng.of(seed, 903, 30, idKey(String(r.child_id)), Number(r.reporting_year));
    const inTouch = String(r.in_touch ?? '');
    oc3.push(
      csvLine([
        r.child_id,
        dobOf(r.child_id),
        inTouch,
        activ(rng, String(r.activity)),
        accom(rng, Number(r.age), inTouch),
        r.reporting_year,
      ]),
    );
  }

  const text = (lines: string[]): string => lines.join('\n') + '\n';
  return {
    header: text(header),
    uasc: text(uasc),
    episodes: episodesFile(seed, rows.care_periods, facts, idKey),
    oc3: text(oc3),
    attendance: attendanceExtract(seed, rows.attendance, upns, taken),
  };
}

/**
 * A sink that keeps the rows of the replaced tables (for `ssda903Files`) and hands every other
 * row on, so the kept tables are written exactly as in the own layout.
 */
export class ReplacedRowsSink implements Sink {
  readonly rows: DemoRows = { pupils: [], care_periods: [], destinations: [], attendance: [] };

  constructor(private readonly next: Sink) {}

  row(table: TableName, row: Row): void {
    if (table in this.rows) (this.rows[table as keyof DemoRows] as Row[]).push(row);
    else this.next.row(table, row);
  }
}

/** Every file of the layout by file name (`header.csv`, ..., `pep_reviews.csv`, ...), in memory. */
export function generateDemo903(options: DemoOptions = {}): Record<string, string> {
  const seed = options.seed ?? DEMO_SEED;
  const parts = new Map<TableName, string[]>(KEPT_TABLES.map((t) => [t, []]));
  const own = new ChunkedCsvSink((table, text) => parts.get(table)?.push(text));
  const sink = new ReplacedRowsSink(own);
  generateTables({ ...options, seed }, sink);
  own.end();
  const files: Record<string, string> = {};
  const made = ssda903Files(sink.rows, seed);
  for (const f of SSDA903_FILES) files[`${f}.csv`] = made[f];
  for (const t of KEPT_TABLES) files[`${t}.csv`] = (parts.get(t) as string[]).join('');
  return files;
}
