import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as C from '../../src/lib/contract/codes';
import type { Code, TableName } from '../../src/lib/contract';
import { generateDemo } from '../../src/lib/demo';
import { generateDemo903, KEPT_TABLES, SSDA903_FILES, UPN_UNKNOWN, upnCheckLetter } from '../../src/lib/demo/ssda903';
import { csvRecords, csvRows } from '../fixtures/csv';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TINY = { seed: 7, children: 40 };
const UPN = /^[A-Z]\d{11}[A-Z0-9]$/;
const UPN_IN_TEXT = /(?<![A-Za-z0-9_-])[A-Za-z]\d{11}[A-Za-z0-9](?![A-Za-z0-9_-])/;
const POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]? +\d[ABD-HJLNP-UW-Z]{2}$/i;
const POSTCODE_IN_TEXT = /(?<![A-Za-z0-9_-])[A-Za-z]{1,2}\d[A-Za-z\d]? +\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9_-])/i;
const UK_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

type Rec = Record<string, string>;

const own = generateDemo();
const files = generateDemo903();
const ownRows = (t: TableName): Rec[] => csvRecords(own[t]);
const file = (name: string): Rec[] => csvRecords(files[`${name}.csv`]);
const headerOf = (name: string): string[] => csvRows(files[name])[0];
const header = file('header');
const episodes = file('episodes');
const oc3 = file('oc3');
const uasc = file('uasc');
const census = file('attendance');
const pupils = ownRows('pupils');

/** `DD/MM/YYYY` → [y, m, d], checking the date exists. */
function ukDate(s: string): [number, number, number] {
  const m = UK_DATE.exec(s);
  expect(m, s).not.toBeNull();
  const [d, mo, y] = [Number(m![1]), Number(m![2]), Number(m![3])];
  expect(new Date(Date.UTC(y, mo - 1, d)).getUTCDate(), s).toBe(d);
  return [y, mo, d];
}
const isoOf = (s: string): string => (s === '' ? '' : `${s.slice(6, 10)}-${s.slice(3, 5)}-${s.slice(0, 2)}`);
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const codes = (list: readonly Code[]): Set<string> => new Set(list.map((c) => c.code));

/** The contract's rule: the age reached at the birthday inside 1 April (year − 1) to 31 March year. */
function ageAt(dob: string, year: number): number {
  const [by, bm] = ukDate(dob);
  const birthdayYear = bm >= 4 ? year - 1 : year;
  return birthdayYear - by;
}

/** The contract's derivation of placement_location from PL_LOCATION and PL_DISTANCE. */
function placementLocation(pl: string, miles: string): string {
  if (pl === 'IN') return 'IN_LA';
  if (pl === 'OUT' && miles !== '') return Number(miles) <= 20 ? 'OUT_LA_LE20MI' : 'OUT_LA_GT20MI';
  return 'UNKNOWN';
}

describe('the demo authority in the SSDA903 layout', () => {
  it('gives the same files for the same seed, and other data for another seed', () => {
    const a = generateDemo903(TINY);
    expect(generateDemo903(TINY)).toEqual(a);
    const b = generateDemo903({ ...TINY, seed: 8 });
    expect(b['header.csv']).not.toEqual(a['header.csv']);
    expect(b['episodes.csv']).not.toEqual(a['episodes.csv']);
  });

  it('matches the committed data/demo-903 files (regenerate with npm run demo -- --layout ssda903)', () => {
    const names = [...SSDA903_FILES.map((f) => `${f}.csv`), ...KEPT_TABLES.map((t) => `${t}.csv`)].sort();
    expect(Object.keys(files).sort()).toEqual(names);
    expect(readdirSync(`${ROOT}data/demo-903`).sort()).toEqual(names);
    for (const name of names)
      expect(
        readFileSync(`${ROOT}data/demo-903/${name}`, 'utf8') === files[name],
        `data/demo-903/${name} is stale`,
      ).toBe(true);
  });

  it('writes the other tables byte for byte as the own-layout demo', () => {
    for (const t of KEPT_TABLES) expect(files[`${t}.csv`] === own[t], t).toBe(true);
    expect(KEPT_TABLES).not.toContain('pupils');
    expect(KEPT_TABLES).not.toContain('care_periods');
    expect(KEPT_TABLES).not.toContain('destinations');
    expect(KEPT_TABLES).not.toContain('attendance');
  });

  it('writes the DfE headers, LF line ends, no BOM, no quotes', () => {
    expect(headerOf('header.csv')).toEqual(['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB']);
    expect(headerOf('uasc.csv')).toEqual(['CHILD', 'SEX', 'DOB', 'DUC']);
    expect(headerOf('episodes.csv')).toEqual([
      'CHILD',
      'DECOM',
      'RNE',
      'LS',
      'CIN',
      'PLACE',
      'PLACE_PROVIDER',
      'DEC',
      'REC',
      'REASON_PLACE_CHANGE',
      'HOME_POST',
      'PL_POST',
      'URN',
      'PL_LOCATION',
      'PL_DISTANCE',
    ]);
    expect(headerOf('oc3.csv')).toEqual(['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM', 'YEAR']);
    expect(headerOf('attendance.csv')).toEqual([
      'upn',
      'academicyear',
      'term',
      'sessionspossible',
      'sessionsauthorised',
      'sessionsunauthorised',
    ]);
    for (const f of SSDA903_FILES) {
      const text = files[`${f}.csv`];
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text).not.toMatch(/[\r"]/);
      expect(text.endsWith('\n')).toBe(true);
      const width = headerOf(`${f}.csv`).length;
      for (const line of text.replace(/\n$/, '').split('\n')) expect(line.split(',').length, f).toBe(width);
    }
  });

  it('has one Header row per pupil, with SEX 1/2/9, ETHNIC and a DOB inside the birth month', () => {
    expect(header.map((r) => r.CHILD)).toEqual(pupils.map((p) => p.child_id));
    const sex: Record<string, string> = { M: '1', F: '2', U: '9' };
    header.forEach((h, i) => {
      const p = pupils[i];
      expect(h.SEX).toBe(sex[p.sex]);
      expect(h.ETHNIC).toBe(p.ethnicity);
      const [y, m] = ukDate(h.DOB);
      expect(`${y}-${String(m).padStart(2, '0')}`).toBe(p.birth_year_month);
      expect([h.MOTHER, h.MC_DOB]).toEqual(['', '']);
    });
    expect(header.some((h) => h.SEX === '9')).toBe(pupils.some((p) => p.sex === 'U'));
    // the days are spread over the month, not always the first
    expect(new Set(header.map((h) => h.DOB.slice(0, 2))).size).toBeGreaterThan(25);
  });

  it('gives well-formed unique UPNs, and "UPN not known" codes to about 1% of the children', () => {
    const unknown = header.filter((h) => (UPN_UNKNOWN as readonly string[]).includes(h.UPN));
    const known = header.filter((h) => !(UPN_UNKNOWN as readonly string[]).includes(h.UPN));
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.length).toBeLessThanOrEqual(Math.ceil(0.02 * header.length));
    for (const h of known) {
      expect(h.UPN, h.CHILD).toMatch(UPN);
      expect(upnCheckLetter(h.UPN.slice(1))).toBe(h.UPN[0]);
    }
    expect(new Set(known.map((h) => h.UPN)).size).toBe(known.length);
    expect(upnCheckLetter('801200001001')).toBe('H'); // the contract's example UPN, H801200001001
  });

  it('lists every UASC child once, with the DOB of the Header and DUC at 18 (empty while under 18 at the extract)', () => {
    const byChild = new Map(header.map((h) => [h.CHILD, h]));
    expect(uasc.map((u) => u.CHILD)).toEqual(pupils.filter((p) => p.uasc === '1').map((p) => p.child_id));
    for (const u of uasc) {
      const h = byChild.get(u.CHILD) as Rec;
      expect([u.SEX, u.DOB]).toEqual([h.SEX, h.DOB]);
      const [y, m, d] = ukDate(u.DOB);
      const eighteen = m === 2 && d === 29 ? `${y + 18}-03-01` : `${y + 18}-${u.DOB.slice(3, 5)}-${u.DOB.slice(0, 2)}`;
      expect(isoOf(u.DUC)).toBe(eighteen <= '2025-08-31' ? eighteen : '');
    }
  });

  it('has every CHILD of episodes, oc3 and uasc in the Header', () => {
    const children = new Set(header.map((h) => h.CHILD));
    for (const [name, rows] of [
      ['episodes', episodes],
      ['oc3', oc3],
      ['uasc', uasc],
    ] as const) {
      expect(
        rows.filter((r) => !children.has(r.CHILD)),
        name,
      ).toEqual([]);
    }
  });

  it('writes one episode per care_periods row, whose PL_LOCATION and PL_DISTANCE give back placement_location', () => {
    const periods = ownRows('care_periods');
    expect(episodes.length).toBe(periods.length);
    episodes.forEach((e, i) => {
      const p = periods[i];
      expect([e.CHILD, isoOf(e.DECOM), isoOf(e.DEC), e.LS, e.PLACE], `line ${i + 2}`).toEqual([
        p.child_id,
        p.start_date,
        p.end_date,
        p.legal_status,
        p.placement_type,
      ]);
      if (e.DEC !== '') ukDate(e.DEC);
      expect(placementLocation(e.PL_LOCATION, e.PL_DISTANCE), `line ${i + 2}`).toBe(p.placement_location);
      if (e.PL_DISTANCE !== '') expect(e.PL_DISTANCE).toMatch(/^\d+\.\d$/);
      expect(e.HOME_POST).toMatch(POSTCODE);
      if (e.PL_POST !== '') expect(e.PL_POST).toMatch(POSTCODE);
      expect(e.PL_POST === '').toBe(e.PL_LOCATION === '');
      expect(e.URN).toMatch(/^\d{6}$/);
    });
    expect(new Set(episodes.map((e) => e.PL_LOCATION))).toEqual(new Set(['IN', 'OUT', '']));
  });

  it('starts RNE S exactly at the starts of continuous periods, with X1 and leaving codes at their ends', () => {
    const periods = ownRows('care_periods');
    const valid = (list: readonly Code[], v: string): boolean => v === '' || codes(list).has(v);
    let starts = 0;
    periods.forEach((p, i) => {
      const prev = periods[i - 1];
      const next = periods[i + 1];
      const touches = (a: Rec | undefined, b: Rec | undefined): boolean =>
        a !== undefined &&
        b !== undefined &&
        a.child_id === b.child_id &&
        (a.end_date === '' || day(b.start_date) <= day(a.end_date) + 1);
      const e = episodes[i];
      const starting = !touches(prev, p);
      if (starting) starts++;
      expect(e.RNE === 'S', `line ${i + 2}`).toBe(starting);
      if (p.end_date === '') expect(e.REC).toBe('');
      else if (touches(p, next)) expect(e.REC, `line ${i + 2}`).toBe('X1');
      else expect(e.REC !== '' && e.REC !== 'X1', `line ${i + 2}`).toBe(true);
      expect(e.REASON_PLACE_CHANGE !== '', `line ${i + 2}`).toBe(['P', 'T', 'U', 'B'].includes(e.RNE));
      expect(valid(C.RNE, e.RNE) && e.RNE !== '').toBe(true);
      expect(valid(C.CIN, e.CIN) && e.CIN !== '').toBe(true);
      expect(valid(C.PLACE_PROVIDER, e.PLACE_PROVIDER) && e.PLACE_PROVIDER !== '').toBe(true);
      expect(valid(C.REC, e.REC)).toBe(true);
      expect(valid(C.REASON_PLACE_CHANGE, e.REASON_PLACE_CHANGE)).toBe(true);
      // a change of legal status only keeps the placement
      if (e.RNE === 'L')
        expect([e.PLACE, e.PL_POST, e.URN]).toEqual([
          episodes[i - 1].PLACE,
          episodes[i - 1].PL_POST,
          episodes[i - 1].URN,
        ]);
    });
    expect(starts).toBeGreaterThan(header.length);
    for (const rne of ['S', 'P', 'L', 'T'])
      expect(
        episodes.some((e) => e.RNE === rne),
        rne,
      ).toBe(true);
  });

  it('writes OC3 rows whose DOB gives back the own-layout age under the contract rule', () => {
    const dests = ownRows('destinations');
    const dob = new Map(header.map((h) => [h.CHILD, h.DOB]));
    const birth = new Map(pupils.map((p) => [p.child_id, p.birth_year_month]));
    expect(oc3.length).toBe(dests.length);
    const activity = new Map(C.ACTIVITY.flatMap((c) => (c.aliases ?? []).map((a) => [a, c.code] as const)));
    let differ = 0;
    let differFromMonth = 0;
    oc3.forEach((o, i) => {
      const d = dests[i];
      expect([o.CHILD, o.YEAR, o.IN_TOUCH]).toEqual([d.child_id, d.reporting_year, d.in_touch]);
      expect(o.DOB).toBe(dob.get(o.CHILD));
      if (ageAt(o.DOB, Number(o.YEAR)) !== Number(d.age)) differ++;
      const [by, bm] = (birth.get(d.child_id) as string).split('-').map(Number);
      if (Number(d.reporting_year) - by - (bm >= 4 ? 1 : 0) !== Number(d.age)) differFromMonth++;
      expect(activity.get(o.ACTIV), `line ${i + 2}`).toBe(d.activity);
      if (['NO', 'REFU', 'DIED', 'NREQ'].includes(o.IN_TOUCH)) expect(o.ACCOM).toBe('');
      else expect(o.ACCOM).toMatch(/^[BCDEGHKRSTUVWXYZ][12]$/);
    });
    expect(differ).toBe(0);
    expect(differFromMonth).toBe(0);
    expect(new Set(oc3.map((o) => o.ACTIV))).toEqual(new Set(['F1', 'F2', 'F4', 'F5', 'G4', 'G5', 'G6', '0']));
  });

  it('writes a census extract whose looked-after rows match the own-layout attendance one for one', () => {
    const child = new Map(header.filter((h) => UPN.test(h.UPN)).map((h) => [h.UPN, h.CHILD]));
    const term: Record<string, string> = { AUT: 'AUTUMN', SPR: 'SPRING', SUM: 'SUMMER' };
    const key = (id: string, r: { y: string; t: string; p: string; a: string; u: string }): string =>
      [id, r.y, r.t, r.p, r.a, r.u].join('|');
    const ours: string[] = [];
    const outsiders = new Set<string>();
    let outsiderRows = 0;
    for (const r of census) {
      expect(r.upn).toMatch(UPN);
      expect(r.academicyear).toMatch(/^\d{4}\/\d{2}$/);
      expect(Object.keys(term)).toContain(r.term);
      for (const v of [r.sessionspossible, r.sessionsauthorised, r.sessionsunauthorised]) expect(v).toMatch(/^\d+\.0$/);
      expect(Number(r.sessionsauthorised) + Number(r.sessionsunauthorised)).toBeLessThanOrEqual(
        Number(r.sessionspossible),
      );
      const id = child.get(r.upn);
      if (id === undefined) {
        outsiders.add(r.upn);
        outsiderRows++;
        continue;
      }
      ours.push(
        key(id, {
          y: r.academicyear,
          t: term[r.term],
          p: String(Number(r.sessionspossible)),
          a: String(Number(r.sessionsauthorised)),
          u: String(Number(r.sessionsunauthorised)),
        }),
      );
    }
    const unknown = new Set(header.filter((h) => !UPN.test(h.UPN)).map((h) => h.CHILD));
    const expected = ownRows('attendance')
      .filter((r) => !unknown.has(r.child_id))
      .map((r) =>
        key(r.child_id, {
          y: r.academic_year,
          t: r.term,
          p: r.sessions_possible,
          a: r.sessions_authorised,
          u: r.sessions_unauthorised,
        }),
      );
    expect(ours.sort()).toEqual(expected.sort());
    // the "UPN not known" children have no school rows to lose: every own-layout row links
    expect(expected.length).toBe(ownRows('attendance').length);
    expect(outsiderRows).toBeGreaterThanOrEqual(200);
    expect(outsiderRows).toBeLessThan(1000);
    expect(outsiders.size).toBeGreaterThan(50);
    expect(new Set(census.map((r) => `${r.upn}|${r.academicyear}|${r.term}`)).size).toBe(census.length);
  });

  it('holds UPNs and postcodes only in the door columns (UPN, HOME_POST, PL_POST, upn)', () => {
    const door = new Set(['UPN', 'HOME_POST', 'PL_POST', 'upn']);
    for (const f of SSDA903_FILES) {
      for (const r of file(f)) {
        for (const [col, v] of Object.entries(r)) {
          if (door.has(col)) continue;
          expect(v.match(UPN_IN_TEXT), `${f}.${col}`).toBeNull();
          expect(v.match(POSTCODE_IN_TEXT), `${f}.${col}`).toBeNull();
        }
      }
    }
  });
});
