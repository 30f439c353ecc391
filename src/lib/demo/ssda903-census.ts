/**
 * The school side of the SSDA903 layout: fake but well-formed UPNs for the Header, and a school
 * census attendance extract keyed by UPN, as census systems write it (headers without separators,
 * `134.0` sessions, AUT/SPR/SUM terms), holding pupils who are not looked after as well.
 */
import { cell, type Row } from './csv';
import { terms } from './dates';
import { hash32, Rng } from './rng';

/** The 903's "UPN not known" codes the demo uses. */
export const UPN_UNKNOWN = ['UN1', 'UN2', 'UN3', 'UN4', 'UN5'] as const;
/** Share of Header children given a "UPN not known" code. */
const UNKNOWN_SHARE = 0.01;
/** Pupils not looked after in the extract, per Header child. */
const OUTSIDERS_PER_CHILD = 0.1;

const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The DfE check letter of a UPN's last 12 characters (weights 2 to 13, modulo 23). */
export function upnCheckLetter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i + 2);
  return CHECK_LETTERS[sum % 23];
}

/** A letter, 11 digits, then a letter or digit: the shape the contract's guard knows. */
export const UPN_SHAPE = /^[A-Z]\d{11}[A-Z0-9]$/;

/** A 32-bit key of an id, for a child's own random stream. */
export function idKey(id: string): number {
  const codes: number[] = [];
  for (let i = 0; i < id.length; i++) codes.push(id.charCodeAt(i));
  return hash32(...codes);
}

/** A fake UPN: check letter, LA 990–999 (none is an authority), establishment, year of issue, serial. */
function fakeUpn(rng: Rng, issued: number): string {
  const la = rng.int(990, 999);
  const school = rng.pick([2000, 2000, 3000, 4000, 7000]) + rng.int(1, 999);
  const body = `${la}${school}${String(issued % 100).padStart(2, '0')}${String(rng.int(1, 999)).padStart(3, '0')}`;
  return upnCheckLetter(body) + body;
}

/** Draws a UPN not yet in `taken`, and takes it. */
function uniqueUpn(rng: Rng, issued: number, taken: Set<string>): string {
  for (;;) {
    const upn = fakeUpn(rng, issued);
    if (!taken.has(upn)) {
      taken.add(upn);
      return upn;
    }
  }
}

const birthYearOf = (r: Row): number => Number(String(r.birth_year_month).slice(0, 4));

/**
 * The UPN (or "UPN not known" code) of every Header child. The codes go to about 1% of the
 * children, drawn among those with no attendance rows (young people past Year 11 before 2019/20,
 * most of them care leavers), so that every attendance row of the own-layout demo still links.
 */
export function assignUpns(
  seed: number,
  pupils: readonly Row[],
  attending: ReadonlySet<string>,
  taken: Set<string>,
): Map<string, string> {
  const rng = Rng.of(seed, 903, 10);
  const eligible = pupils.map((p) => String(p.child_id)).filter((id) => !attending.has(id));
  const wanted = Math.min(eligible.length, Math.round(UNKNOWN_SHARE * pupils.length));
  const unknown = new Set(rng.shuffle(eligible).slice(0, wanted));
  const out = new Map<string, string>();
  for (const p of pupils) {
    const id = String(p.child_id);
    const own = Rng.of(seed, 903, 11, idKey(id));
    if (unknown.has(id)) out.set(id, own.pick(UPN_UNKNOWN));
    else {
      // issued in the year the child started school, or on arrival for most UASC
      const late = (p.uasc === true || p.uasc === '1') && own.chance(0.8);
      out.set(id, uniqueUpn(own, birthYearOf(p) + (late ? own.int(12, 16) : 5), taken));
    }
  }
  return out;
}

const TERM_CODES: Record<string, string> = { AUTUMN: 'AUT', SPRING: 'SPR', SUMMER: 'SUM' };
const TERM_ORDER: Record<string, number> = { AUT: 0, SPR: 1, SUM: 2 };
const sessions = (n: number): string => `${n}.0`;

interface CensusLine {
  upn: string;
  year: string;
  term: string;
  text: string;
}

function censusLine(
  upn: string,
  year: string,
  term: string,
  possible: number,
  authorised: number,
  unauthorised: number,
): CensusLine {
  const text = [upn, year, term, sessions(possible), sessions(authorised), sessions(unauthorised)].map(cell).join(',');
  return { upn, year, term, text };
}

/** Terms of pupils who are not looked after: a full year at an ordinary absence rate. */
function outsiderLines(seed: number, count: number, years: readonly string[], taken: Set<string>): CensusLine[] {
  const out: CensusLine[] = [];
  for (let i = 0; i < count; i++) {
    const rng = Rng.of(seed, 903, 12, i);
    const year = rng.pick(years);
    const first = Number(year.slice(0, 4));
    const upn = uniqueUpn(rng, first - rng.int(0, 10), taken);
    const rate = Math.min(0.6, rng.exp(0.065));
    const from = rng.chance(0.85) ? 0 : rng.int(1, 2);
    for (const t of terms(first).slice(from)) {
      const possible = t.sessions + rng.int(-6, 2);
      const absent = Math.min(possible, Math.round(rate * possible * rng.uniform(0.6, 1.4)));
      const authorised = Math.round(absent * rng.uniform(0.55, 0.9));
      out.push(censusLine(upn, year, TERM_CODES[t.term], possible, authorised, absent - authorised));
    }
  }
  return out;
}

/**
 * attendance.csv as a census extract: the own-layout rows of every child with a UPN (children with
 * a "UPN not known" code are left out), and about one pupil not looked after per ten Header
 * children; sorted by academic year, UPN and term, as an extract of every pupil would be.
 */
export function attendanceExtract(
  seed: number,
  attendance: readonly Row[],
  upns: ReadonlyMap<string, string>,
  taken: Set<string>,
): string {
  const lines: CensusLine[] = [];
  const years: string[] = [];
  for (const r of attendance) {
    const upn = upns.get(String(r.child_id));
    const year = String(r.academic_year);
    if (!years.includes(year)) years.push(year);
    if (upn === undefined || !UPN_SHAPE.test(upn)) continue;
    const term = TERM_CODES[String(r.term)];
    if (term === undefined) throw new Error(`attendance: unknown term ${String(r.term)}`);
    lines.push(
      censusLine(
        upn,
        year,
        term,
        Number(r.sessions_possible),
        Number(r.sessions_authorised),
        Number(r.sessions_unauthorised),
      ),
    );
  }
  if (years.length > 0)
    lines.push(...outsiderLines(seed, Math.max(1, Math.round(OUTSIDERS_PER_CHILD * upns.size)), years, taken));
  lines.sort((a, b) =>
    a.year !== b.year
      ? a.year < b.year
        ? -1
        : 1
      : a.upn !== b.upn
        ? a.upn < b.upn
          ? -1
          : 1
        : TERM_ORDER[a.term] - TERM_ORDER[b.term],
  );
  const header = 'upn,academicyear,term,sessionspossible,sessionsauthorised,sessionsunauthorised';
  return [header, ...lines.map((l) => l.text)].join('\n') + '\n';
}
