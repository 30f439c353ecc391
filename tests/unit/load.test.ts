import { beforeEach, describe, expect, it } from 'vitest';
import type { TableName } from '../../src/lib/contract';
import { openNodeDb } from '../../src/lib/db/node';
import type { Db } from '../../src/lib/db/types';
import { loadSet } from '../../src/lib/ingest/load';
import { prepare } from '../../src/lib/ingest/prepare';
import { fixture, fixtureDir, text } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await openNodeDb();
});

const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`))[0].n;

describe('loadSet(db, files, existing)', () => {
  it('loads good rows, rejects bad ones with their physical line, and counts warnings and orphans', async () => {
    const out = await loadSet(db, [...fixtureDir('valid'), fixture('bad/exclusions.csv')], new Set());
    expect(out.fatal).toBeNull();
    const ex = out.files.find((f) => f.file === 'exclusions.csv')!;
    expect(ex).toMatchObject({
      table: 'exclusions',
      status: 'loaded',
      rows_read: 9,
      rows_loaded: 4,
      rows_rejected: 5,
      warnings: 2,
      orphans: 1,
    });
    expect(ex.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, 'start_date', '31/02/2024'],
      [7, 'exclusion_id', 'E1'],
      [9, 'child_id', null],
      [10, 'category', 'MAYBE'],
      [11, 'column 8', null], // a value beyond the header may be a shifted DOB or name: never quoted
    ]);
    expect(ex.errors[0].reason).toBe('not a real date');
    expect(ex.errors[1].reason).toBe('duplicate exclusion_id: already on line 2');
    expect(ex.errors[2].reason).toBe('missing: this column is required');
    expect(ex.warning_details.map((w) => [w.line, w.column, w.reason])).toEqual([
      [5, 'sessions', 'out of range: must be at least 1'],
      [6, 'reason', expect.stringMatching(/^not a known code: use one of PP, PA/)],
    ]);
    const rows = await db.query<{ id: string; cat: string; d: string; s: number | null }>(
      `SELECT exclusion_id AS id, category AS cat, strftime(start_date, '%Y-%m-%d') AS d, sessions AS s FROM exclusions ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'E1', cat: 'SUSPENSION', d: '2023-10-02', s: 2 },
      { id: 'E3', cat: 'SUSPENSION', d: '2024-01-10', s: null },
      { id: 'E4', cat: 'PERMANENT', d: '2024-01-11', s: null },
      { id: 'E5', cat: 'SUSPENSION', d: '2024-03-01', s: 3 },
    ]);
  });

  it('normalises codes, booleans, UK dates, academic years and empty markers as the contract says', async () => {
    const out = await loadSet(
      db,
      [
        text(
          'p.csv',
          'Child ID,SEX,birth_year_month,ETHNIC,sen_provision,UASC\nA1,1,2010-09,wbri ,k,Yes\nA2,female,2011-01,NULL,N/A,false\n',
        ),
        text('c.csv', 'CHILD,DECOM,DEC\nA1,5/9/2019,\nA2,2020-01-01,-\n'),
        text(
          'a.csv',
          'child_id,academic_year,term,sessions_possible,sessions_authorised,sessions_unauthorised\nA1,2023-24,aut,100,5,5\nA1,202324,T2,100,60,41\nA2,2023/25,SUM,10,0,0\n',
        ),
      ],
      new Set(),
    );
    expect(out.fatal).toBeNull();
    expect(await db.query(`SELECT child_id, sex, ethnicity, sen_provision, uasc FROM pupils ORDER BY 1`)).toEqual([
      { child_id: 'A1', sex: 'M', ethnicity: 'WBRI', sen_provision: 'K', uasc: true },
      { child_id: 'A2', sex: 'F', ethnicity: null, sen_provision: null, uasc: false },
    ]);
    expect(
      await db.query(`SELECT strftime(start_date, '%Y-%m-%d') AS s, end_date FROM care_periods ORDER BY 1`),
    ).toEqual([
      { s: '2019-09-05', end_date: null },
      { s: '2020-01-01', end_date: null },
    ]);
    const att = out.files.find((f) => f.table === 'attendance')!;
    expect(await db.query(`SELECT academic_year, term FROM attendance`)).toEqual([
      { academic_year: '2023/24', term: 'AUTUMN' },
    ]);
    expect(att.errors).toEqual([
      {
        line: 3,
        column: 'sessions_unauthorised',
        value: '41',
        reason: 'sessions_authorised + sessions_unauthorised (101) is more than sessions_possible (100)',
      },
      {
        line: 4,
        column: 'academic_year',
        value: '2023/25',
        reason: 'not an academic year: use 2023/24, 2023-24 or 202324',
      },
    ]);
  });

  it('reads Windows-1252, a byte-order mark, semicolons and tabs, and says so', async () => {
    const cp1252 = new Uint8Array([...new TextEncoder().encode('target_id;pep_id;target_text\nT1;P1;Caf'), 0xe9, 0x0a]);
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('child_id\tsex\tbirth_year_month\nB1\tM\t2012-02\n'),
    ]);
    const out = await loadSet(
      db,
      [prepare('pupils.csv', bom), fixture('valid/care_periods.csv'), prepare('targets.csv', cp1252)],
      new Set(),
    );
    expect(out.fatal).toBeNull();
    expect(await db.query(`SELECT child_id FROM pupils`)).toEqual([{ child_id: 'B1' }]);
    expect(await db.query(`SELECT target_text FROM pep_targets`)).toEqual([{ target_text: 'Café' }]);
    const targets = out.files.find((f) => f.table === 'pep_targets')!;
    expect(targets.notices.join(' ')).toMatch(/Windows-1252.*semicolon/);
    expect(targets.orphans).toBe(1);
    expect(out.files.find((f) => f.table === 'pupils')!.notices).toEqual(['Values separated by tabs.']);
  });

  it('loads the schools lookup by its header: names kept as typed, a school no enrolment names is no orphan, a repeated school_ref rejected', async () => {
    const out = await loadSet(
      db,
      [
        ...fixtureDir('valid'),
        text(
          'Our schools.csv',
          "School Ref,School Name,Phase,School in LA\nSCH01,St Mary's Catholic Primary School,primary,Y\nSCH99,Riverside Academy,SECONDARY,0\nSCH01,Oakfield Primary School,PRIMARY,1\nSCH02,,,\n",
        ),
      ],
      new Set(),
    );
    expect(out.fatal).toBeNull();
    const schools = out.files.find((f) => f.file === 'Our schools.csv')!;
    // 4 read; line 4 repeats SCH01; SCH99 is in no enrolment: a lookup, not an orphan
    expect(schools).toMatchObject({
      table: 'schools',
      status: 'loaded',
      rows_read: 4,
      rows_loaded: 3,
      rows_rejected: 1,
      warnings: 0,
      orphans: 0,
    });
    expect(schools.errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [4, 'school_ref', 'duplicate school_ref: already on line 2'],
    ]);
    expect(await db.query(`SELECT school_ref, school_name, phase, school_in_la FROM schools ORDER BY 1`)).toEqual([
      { school_ref: 'SCH01', school_name: "St Mary's Catholic Primary School", phase: 'PRIMARY', school_in_la: true },
      { school_ref: 'SCH02', school_name: null, phase: null, school_in_la: null },
      { school_ref: 'SCH99', school_name: 'Riverside Academy', phase: 'SECONDARY', school_in_la: false },
    ]);
  });

  it('adds a file on top of the loaded set, replacing only its own table', async () => {
    await loadSet(db, fixtureDir('valid'), new Set());
    const existing = new Set<TableName>(['pupils', 'care_periods']);
    const out = await loadSet(db, [fixture('bad/exclusions.csv')], existing);
    expect(out).toMatchObject({ fatal: null, replaced: ['exclusions'] });
    expect(await count('pupils')).toBe(3);
    expect(await count('exclusions')).toBe(4);
  });

  it('leaves the loaded data untouched when pupils.csv is refused, and refuses the whole set', async () => {
    await loadSet(db, fixtureDir('valid'), new Set());
    const out = await loadSet(
      db,
      [
        text('pupils.csv', 'child_id,sex,birth_year_month\nZ1,M,2010-01\nH801200001001,F,2011-01\n'),
        fixture('bad/exclusions.csv'),
      ],
      new Set<TableName>(['pupils', 'care_periods']),
    );
    expect(out.fatal).toMatch(/^pupils\.csv \(pupils\) was refused.*The data loaded before is unchanged\.$/);
    expect(out.files.map((f) => f.status)).toEqual(['refused', 'refused']);
    expect(out.files[0].reason).toMatch(/^Line 3, column "child_id" holds what looks like a UPN/);
    expect(out.files[0].reason).not.toContain('H801200001001');
    expect(await count('pupils')).toBe(3);
    expect(
      await db.query(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE '%exclusions%'`),
    ).toEqual([{ n: 0 }]);
  });

  it('refuses a first load without care_periods.csv', async () => {
    const out = await loadSet(db, [fixture('valid/pupils.csv')], new Set());
    expect(out.fatal).toMatch(/^care_periods\.csv is missing/);
    expect(
      await db.query(`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE '%pupils%'`),
    ).toEqual([{ n: 0 }]);
  });

  it('refuses unreadable files with a message a data officer can act on', () => {
    expect(prepare('e.csv', new Uint8Array())).toMatchObject({
      ok: false,
      report: { reason: expect.stringMatching(/^The file is empty/) },
    });
    const xlsx = prepare('book.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]));
    expect(xlsx).toMatchObject({ ok: false, report: { reason: expect.stringMatching(/Excel workbook.*CSV UTF-8/) } });
    const upn = text('x.csv', 'child_id,sex,birth_year_month\nC1,M,2010-01\nA123456789012,F,2011-01\n');
    expect(upn).toMatchObject({
      ok: false,
      report: { reason: expect.stringMatching(/^Line 3, column "child_id" holds what looks like a UPN/) },
    });
  });
});
