import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TABLES, TRUE_VALUES, FALSE_VALUES, type Column, type TableName } from '../../src/lib/contract';
import { ChunkedCsvSink, COLUMNS, generateDemo, generateTables, TABLE_NAMES } from '../../src/lib/demo';
import { cell } from '../../src/lib/demo/csv';
import { csvRecords } from '../fixtures/csv';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const UPN = /(?<![A-Za-z0-9_-])[A-Za-z]\d{11}[A-Za-z0-9](?![A-Za-z0-9_-])/;
const POSTCODE = /(?<![A-Za-z0-9_-])[A-Za-z]{1,2}\d[A-Za-z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z0-9_-])/i;
const TINY = { seed: 7, children: 40 };
/**
 * What the own-layout demo leaves out of the contract: the uasc table (pupils.uasc says it), the
 * input-only columns (read at the door, never stored), and the optional columns only real exports
 * carry (SSDA903 episodes' codes, the census's second and third exclusion reasons).
 */
const NOT_WRITTEN_TABLES = ['uasc'];
const EXPORT_ONLY_COLUMNS = ['rne', 'cin', 'place_provider', 'rec', 'reason_place_change', 'reason2', 'reason3'];
const written = (t: TableName): Column[] =>
  (TABLES.find((x) => x.name === t)?.columns ?? []).filter((c) => !c.input && !EXPORT_ONLY_COLUMNS.includes(c.name));

type Rec = Record<string, string>;

const demo = generateDemo();
const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, csvRecords(demo[t])])) as Record<TableName, Rec[]>;
const rows = (t: TableName): Rec[] => tables[t];
const day = (s: string): number => Date.parse(`${s}T00:00:00Z`) / 86_400_000;

function checkValue(col: Column, v: string): string | null {
  if (v === '') return col.required ? 'required' : null;
  const bad = (ok: boolean): string | null => (ok ? null : `bad ${col.type}`);
  switch (col.type) {
    case 'id':
      return bad(/^[A-Za-z0-9_-]{1,64}$/.test(v));
    case 'enum':
      return bad((col.codes ?? []).some((c) => c.code === v));
    case 'bool':
      return bad(v === '1' || v === '0');
    case 'year':
      return bad(/^(\d{4})\/(\d{2})$/.test(v) && (Number(v.slice(0, 4)) + 1) % 100 === Number(v.slice(5)));
    case 'yearmonth':
      return bad(/^\d{4}-(0[1-9]|1[0-2])$/.test(v));
    case 'date':
      return bad(/^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));
    case 'int':
    case 'dec': {
      if (!(col.type === 'int' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(v)) return `bad ${col.type}`;
      const n = Number(v);
      return (col.min !== undefined && n < col.min) || (col.max !== undefined && n > col.max) ? 'out of range' : null;
    }
    default:
      return null;
  }
}

describe('generateDemo', () => {
  it('gives the same bytes for the same seed, and different data for another seed', () => {
    const a = generateDemo(TINY);
    expect(generateDemo(TINY)).toEqual(a);
    const b = generateDemo({ ...TINY, seed: 8 });
    expect(b.pupils).not.toEqual(a.pupils);
    expect(b.attendance).not.toEqual(a.attendance);
  });

  it('writes the same bytes in small chunks as in one piece (the national path)', () => {
    const parts = new Map<TableName, string[]>(TABLE_NAMES.map((t) => [t, []]));
    const sink = new ChunkedCsvSink((t, text) => parts.get(t)?.push(text), 500, true);
    generateTables(TINY, sink);
    sink.end();
    const tiny = generateDemo(TINY);
    for (const t of TABLE_NAMES) expect(parts.get(t)?.join(''), t).toBe(tiny[t]);
  });

  it('matches the committed data/demo files (regenerate with npm run demo)', () => {
    for (const t of TABLE_NAMES) {
      const committed = readFileSync(`${ROOT}data/demo/${t}.csv`, 'utf8');
      expect(committed === demo[t], `data/demo/${t}.csv is stale`).toBe(true);
    }
  });

  it("writes every table with the contract's columns in contract order, LF line ends, no BOM", () => {
    expect(TABLE_NAMES).toEqual(TABLES.map((t) => t.name).filter((n) => !NOT_WRITTEN_TABLES.includes(n)));
    for (const t of TABLES) {
      if (NOT_WRITTEN_TABLES.includes(t.name)) continue;
      const text = demo[t.name];
      const columns = written(t.name).map((c) => c.name);
      expect(COLUMNS[t.name]).toEqual(columns);
      expect(text.split('\n')[0]).toBe(columns.join(','));
      // every column left out is optional: the demo loads as it is
      for (const c of t.columns)
        if (!columns.includes(c.name)) expect(c.required ?? false, `${t.name}.${c.name}`).toBe(false);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text).not.toContain('\r');
      expect(text.endsWith('\n')).toBe(true);
      expect(rows(t.name).length, t.name).toBeGreaterThan(0);
    }
    expect(COLUMNS.pupils).toContain('uasc');
  });

  it('quotes a cell only when it holds a comma, a quote or a line break', () => {
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell('say "no"')).toBe('"say ""no"""');
    expect(cell('plain text')).toBe('plain text');
    expect([cell(true), cell(false), cell(null), cell(3.5)]).toEqual(['1', '0', '', '3.5']);
    expect(demo.pep_targets).toMatch(/"[^"\n]*,[^"\n]*"/);
  });

  it('fills every row with valid values for every column it writes', () => {
    for (const t of TABLES) {
      if (NOT_WRITTEN_TABLES.includes(t.name)) continue;
      const errors: string[] = [];
      const columns = written(t.name);
      for (const [i, r] of rows(t.name).entries()) {
        expect(Object.keys(r).length).toBe(columns.length);
        for (const col of columns) {
          const problem = checkValue(col, r[col.name]);
          if (problem && errors.length < 5)
            errors.push(`${t.name} line ${i + 2} ${col.name}=${r[col.name]}: ${problem}`);
        }
        if ('end_date' in r && r.end_date !== '' && r.end_date < r.start_date)
          errors.push(`${t.name} line ${i + 2}: end before start`);
      }
      expect(errors).toEqual([]);
    }
    expect(TRUE_VALUES).toContain('1');
    expect(FALSE_VALUES).toContain('0');
  });

  it('keeps primary keys unique and references resolved', () => {
    const unique = (t: TableName, key: (r: Rec) => string): void => {
      const keys = rows(t).map(key);
      expect(new Set(keys).size, t).toBe(keys.length);
    };
    unique('pupils', (r) => r.child_id);
    unique('pep_reviews', (r) => r.pep_id);
    unique('pep_targets', (r) => r.target_id);
    unique('exclusions', (r) => r.exclusion_id);
    unique('cme_episodes', (r) => r.record_id);
    unique('ehe_episodes', (r) => r.record_id);
    unique('ks4_results', (r) => `${r.child_id}|${r.academic_year}`);
    unique('destinations', (r) => `${r.child_id}|${r.reporting_year}`);
    unique('attendance', (r) => `${r.child_id}|${r.academic_year}|${r.term}`);
    unique('schools', (r) => r.school_ref);
    const pupils = new Set(rows('pupils').map((r) => r.child_id));
    for (const t of TABLES) {
      if (NOT_WRITTEN_TABLES.includes(t.name) || !t.columns.some((c) => c.name === 'child_id' && c.ref)) continue;
      expect(
        rows(t.name).filter((r) => !pupils.has(r.child_id)),
        t.name,
      ).toEqual([]);
    }
    const peps = new Set(rows('pep_reviews').map((r) => r.pep_id));
    expect(rows('pep_targets').filter((r) => !peps.has(r.pep_id))).toEqual([]);
    expect(rows('cme_episodes').some((r) => pupils.has(r.child_id))).toBe(true);
    expect(rows('cme_episodes').filter((r) => !pupils.has(r.child_id)).length).toBeGreaterThan(
      rows('cme_episodes').length / 2,
    );
  });

  it('never has more absence than possible sessions', () => {
    for (const r of rows('attendance')) {
      expect(Number(r.sessions_authorised) + Number(r.sessions_unauthorised)).toBeLessThanOrEqual(
        Number(r.sessions_possible),
      );
    }
  });

  it('holds nothing that looks like a UPN or a full postcode, in any table', () => {
    for (const t of TABLE_NAMES) {
      for (const text of [demo[t], generateDemo({ ...TINY, seed: 99 })[t]]) {
        expect(text.match(UPN), t).toBeNull();
        expect(text.match(POSTCODE), t).toBeNull();
      }
    }
    expect('H801200001001').toMatch(UPN);
    expect('lives at DY1 1HF now').toMatch(POSTCODE);
  });

  it('starts more home education in September than in any other month', () => {
    const months = new Map<string, number>();
    for (const r of rows('ehe_episodes'))
      months.set(r.start_date.slice(5, 7), (months.get(r.start_date.slice(5, 7)) ?? 0) + 1);
    const september = months.get('09') ?? 0;
    for (const [m, n] of months) if (m !== '09') expect(september, `September vs ${m}`).toBeGreaterThan(n);
  });

  it('suspends children on roll at 3× or more the all-pupil rate per 100', () => {
    // Roll(Y) as measures.md defines it: a continuous care period overlapping the year, Reception–Year 11.
    const periods = new Map<string, { s: number; e: number }[]>();
    for (const r of rows('care_periods')) {
      const list = periods.get(r.child_id) ?? periods.set(r.child_id, []).get(r.child_id) ?? [];
      const s = day(r.start_date);
      const e = r.end_date ? day(r.end_date) : Infinity;
      const last = list[list.length - 1];
      if (last && s <= last.e + 1) last.e = Math.max(last.e, e);
      else list.push({ s, e });
    }
    const birth = new Map(rows('pupils').map((r) => [r.child_id, r.birth_year_month.split('-').map(Number)]));
    let rollYears = 0;
    let suspensions = 0;
    for (let y = 2019; y <= 2023; y++) {
      const [from, to] = [day(`${y}-09-01`), day(`${y + 1}-08-31`)];
      const roll = new Set<string>();
      for (const [id, list] of periods) {
        const [by, bm] = birth.get(id) ?? [0, 0];
        const nc = y - by - (bm >= 9 ? 1 : 0) - 4;
        if (nc >= 0 && nc <= 11 && list.some((p) => p.s <= to && p.e > from)) roll.add(id);
      }
      rollYears += roll.size;
      suspensions += rows('exclusions').filter(
        (r) =>
          r.category === 'SUSPENSION' && roll.has(r.child_id) && day(r.start_date) >= from && day(r.start_date) <= to,
      ).length;
    }
    const national = csvRecords(readFileSync(`${ROOT}data/national-benchmarks.csv`, 'utf8'))
      .filter(
        (r) =>
          /^20(19|20|21|22|23)\d\d$/.test(r.time_period) &&
          r.measure === 'susp_rate_per100' &&
          r.group === 'ALL_PUPILS',
      )
      .map((r) => Number(r.value));
    expect(national.length).toBe(5);
    const allPupils = national.reduce((a, b) => a + b, 0) / national.length;
    expect((100 * suspensions) / rollYears).toBeGreaterThanOrEqual(3 * allPupils);
  });

  it("names every school of the enrolments and exclusions in the schools lookup, with the enrolments' phase and place", () => {
    const schools = new Map(rows('schools').map((r) => [r.school_ref, r]));
    for (const e of rows('school_enrolments')) {
      const s = schools.get(e.school_ref);
      expect(s && [s.phase, s.school_in_la], `${e.child_id} ${e.academic_year} ${e.school_ref}`).toEqual([
        e.school_phase,
        e.school_in_la,
      ]);
    }
    for (const x of rows('exclusions'))
      if (x.school_ref !== '') expect(schools.has(x.school_ref), x.exclusion_id).toBe(true);
    // a lookup may hold schools no enrolment names
    const enrolled = new Set(rows('school_enrolments').map((e) => e.school_ref));
    expect(rows('schools').some((s) => !enrolled.has(s.school_ref))).toBe(true);
    // every school named, each name once at the demo's scale, and ending as a school of its phase is named
    const names = rows('schools').map((r) => r.school_name);
    expect(names.filter((n) => n === '')).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    for (const s of rows('schools').filter((r) => r.phase === 'PRIMARY'))
      expect(s.school_name, s.school_ref).toMatch(
        / (Primary School|Primary Academy|Junior and Infant School|Infant and Nursery School)$/,
      );
    for (const s of rows('schools').filter((r) => r.phase === 'FE'))
      expect(s.school_name, s.school_ref).toMatch(/ College$/);
  });

  it('looks like a virtual school of children in care (loose calibration bounds)', () => {
    const share = (t: TableName, f: (r: Rec) => boolean): number => rows(t).filter(f).length / rows(t).length;
    expect(share('pupils', (r) => r.sex === 'M')).toBeGreaterThan(0.5);
    expect(share('pupils', (r) => r.sex === 'M')).toBeLessThan(0.62);
    expect(share('pupils', (r) => r.uasc === '1')).toBeGreaterThan(0.04);
    expect(share('pupils', (r) => r.uasc === '1')).toBeLessThan(0.11);
    expect(share('care_periods', (r) => r.placement_location === 'IN_LA')).toBeGreaterThan(0.5);
    const att8 = rows('ks4_results')
      .filter((r) => r.att8 !== '')
      .map((r) => Number(r.att8));
    const mean = att8.reduce((a, b) => a + b, 0) / att8.length;
    expect(mean).toBeGreaterThan(15);
    expect(mean).toBeLessThan(25);
    const a = rows('attendance');
    const absent = a.reduce((n, r) => n + Number(r.sessions_authorised) + Number(r.sessions_unauthorised), 0);
    const possible = a.reduce((n, r) => n + Number(r.sessions_possible), 0);
    expect(absent / possible).toBeGreaterThan(0.06);
    expect(absent / possible).toBeLessThan(0.11);
    expect(rows('exclusions').filter((r) => r.category === 'PERMANENT').length).toBeGreaterThan(0);
    expect(rows('cme_episodes').some((r) => r.end_date === '')).toBe(true);
  });
  it("reaches the expected standard at key stage 2 in children in care's national share, in the years it was assessed", () => {
    const national = new Map(
      csvRecords(readFileSync(`${ROOT}data/national-benchmarks.csv`, 'utf8'))
        .filter((r) => r.measure === 'ks2_rwm_expected_pct' && r.group === 'CLA_12M')
        .map((r) => [r.period_label, Number(r.value)]),
    );
    const years = [...new Set(rows('ks2_results').map((r) => r.academic_year))].sort();
    // no key stage 2 assessments in 2019/20 and 2020/21
    expect(years).toEqual(['2021/22', '2022/23', '2023/24', '2024/25']);
    for (const year of years) {
      const cohort = rows('ks2_results').filter((r) => r.academic_year === year);
      const all = cohort.filter(
        (r) => r.reading_expected === '1' && r.writing_expected === '1' && r.maths_expected === '1',
      );
      // the top band is cut at round(share × cohort): within half a pupil of the national share
      expect(Math.abs((100 * all.length) / cohort.length - national.get(year)!), year).toBeLessThanOrEqual(
        50 / cohort.length,
      );
    }
  });

  it('leaves many without English and maths at level 2 by 19, few at level 3, and some withdrawn', () => {
    const post16 = rows('post16_results');
    const share = (f: (r: Rec) => boolean) => post16.filter(f).length / post16.length;
    expect(share((r) => r.english_maths_l2 === '1')).toBeLessThan(0.5);
    expect(share((r) => r.highest_level_achieved === 'L3' || r.highest_level_achieved === 'L4_PLUS')).toBeLessThan(0.3);
    expect(share((r) => r.course_status === 'WITHDRAWN')).toBeGreaterThan(0.08);
    expect(share((r) => r.studying_level === 'NONE')).toBeGreaterThan(0.1);
  });
});
