import { beforeEach, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { Db } from '../../src/lib/db/types';
import { ColumnMapError, parseColumnMap } from '../../src/lib/ingest/column-map';
import { LinkMap } from '../../src/lib/ingest/link';
import { loadSet } from '../../src/lib/ingest/load';
import { prepareSet } from '../../src/lib/ingest/prepare-set';
import { buildModel } from '../../src/lib/measures/model';
import type { FileReport } from '../../src/lib/ingest/report';

let db: Db;
let links: LinkMap;
beforeEach(async () => {
  db = await openNodeDb();
  links = new LinkMap('test');
});

const encode = (files: Record<string, string>) =>
  Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));
const load = (files: Record<string, string>, options: Parameters<typeof prepareSet>[1] = {}) =>
  loadSet(db, prepareSet(encode(files), { links, ...options }), new Set());
const file = (files: FileReport[], name: string) => files.find((f) => f.file === name)!;

/** Every value of every table in DuckDB, as one text. */
async function everything(): Promise<string> {
  const tables = await db.query<{ t: string }>(`SELECT table_name AS t FROM duckdb_tables() WHERE NOT internal`);
  let all = '';
  for (const { t } of tables) all += JSON.stringify(await db.query(`SELECT * FROM "${t}"`)) + '\n';
  return all;
}

const CARE = 'CHILD,DECOM\nA,01/09/2020\nB,01/09/2020\nC,01/09/2020\n';
// A Header: A and B hold UPNs; C holds UN3 ("UPN not known"); D and E share one UPN (never a key).
const HEADER =
  [
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
    'A,1,27/03/2010,WBRI,H801200001001,,',
    'B,2,1/9/2011,WBRI,A123456789012,1,04/05/2028',
    'C,2,2012-01-15,WBRI,UN3,,',
    'D,1,15/06/2010,WBRI,B999999999999,,',
    'E,1,16/06/2010,WBRI,B999999999999,,',
  ].join('\n') + '\n';
const ATTENDANCE_BY_UPN =
  [
    'upn,academicyear,term,sessionspossible,sessionsauthorised,sessionsunauthorised',
    'H801200001001,2023/24,AUT,100.0,4.0,2.0', // A
    'a123456789012,2023/24,AUT,90,0,0', // B, in lower case
    'Z000000000001,2023/24,AUT,80,0,0', // not looked after: not in the Header
    'UN3,2023/24,AUT,70,0,0', // "UPN not known": never a key
    'B999999999999,2023/24,AUT,60,0,0', // held by D and E: never a key
  ].join('\n') + '\n';

describe('the door', () => {
  it('does not read a surname column, and says so once', async () => {
    const out = await load({
      'pupils.csv':
        'child_id,sex,birth_year_month,Surname,Forename\nA,M,2010-01,Smith,Jo\nB,F,2011-02,Jones,Al\nC,F,2012-01,Li,Mo\n',
      'care.csv': CARE,
    });
    expect(out.fatal).toBeNull();
    const p = file(out.files, 'pupils.csv');
    expect(p).toMatchObject({
      status: 'loaded',
      rows_loaded: 3,
      door: [
        { column: 'Surname', done: 'a name or contact: not read' },
        { column: 'Forename', done: 'a name or contact: not read' },
      ],
    });
    expect(p.notices).toContain(
      'Identifiable data, handled at the door: Surname, Forename (a name or contact: not read).',
    );
    const all = await everything();
    for (const v of ['Smith', 'Jones', 'Jo', 'Al', 'Mo']) expect(all).not.toContain(`"${v}"`);
  });

  it('turns a date of birth into its month and drops the day; a bad one rejects the row without quoting it', async () => {
    const out = await load({ 'header.csv': HEADER + 'F,1,31/02/2010,WBRI,,,\nG,1,,WBRI,,,\n', 'care.csv': CARE });
    const h = file(out.files, 'header.csv');
    expect(h).toMatchObject({
      table: 'pupils',
      export: 'SSDA903 Header',
      rows_read: 7,
      rows_loaded: 5,
      rows_rejected: 2,
    });
    expect(h.errors).toEqual([
      { line: 7, column: 'DOB', value: null, reason: 'not a date of birth: use DD/MM/YYYY or YYYY-MM-DD' },
      { line: 8, column: 'DOB', value: null, reason: 'missing: the date of birth gives the birth month' },
    ]);
    expect(await db.query(`SELECT child_id, sex, birth_year_month FROM pupils ORDER BY 1`)).toEqual([
      { child_id: 'A', sex: 'M', birth_year_month: '2010-03' },
      { child_id: 'B', sex: 'F', birth_year_month: '2011-09' },
      { child_id: 'C', sex: 'F', birth_year_month: '2012-01' },
      { child_id: 'D', sex: 'M', birth_year_month: '2010-06' },
      { child_id: 'E', sex: 'M', birth_year_month: '2010-06' },
    ]);
    const all = await everything();
    for (const v of ['27/03/2010', '04/05/2028', '2012-01-15', 'H801200001001', 'B999999999999'])
      expect(all).not.toContain(v);
    expect(h.door.map((d) => d.column)).toEqual(['DOB', 'UPN', 'MC_DOB']);
  });

  it('links a UPN-keyed attendance file through the Header, dropped in any order, and discards the rows of no Header child', async () => {
    const out = await load({ 'attendance.csv': ATTENDANCE_BY_UPN, 'care.csv': CARE, 'header.csv': HEADER });
    expect(out.fatal).toBeNull();
    const a = file(out.files, 'attendance.csv');
    // 5 rows: A and B link; Z (not in the Header), UN3 and the shared UPN do not: 3 discarded, none rejected
    expect(a).toMatchObject({
      table: 'attendance',
      status: 'loaded',
      rows_read: 5,
      rows_loaded: 2,
      rows_rejected: 0,
      linked: { children: 2, rows: 2, not_looked_after: 3 },
    });
    expect(a.notices).toContain(
      'Linked by UPN to 2 children of the SSDA903 Header; 3 rows of pupils not looked after (UPN not in the Header, or not known) discarded, never stored.',
    );
    expect(file(out.files, 'header.csv').notices).toContain(
      '1 UPN is held by two children here: never used to link school files.',
    );
    expect(
      await db.query(`SELECT child_id, sessions_possible AS p, sessions_authorised AS au FROM attendance ORDER BY 1`),
    ).toEqual([
      { child_id: 'A', p: 100, au: 4 },
      { child_id: 'B', p: 90, au: 0 },
    ]);
    const all = await everything();
    for (const v of ['H801200001001', 'A123456789012', 'Z000000000001', '"80"', '"70"', '"60"'])
      expect(all.toUpperCase()).not.toContain(v.toUpperCase());
  });

  it('refuses a UPN-keyed file none of whose rows links to the Header, rather than load it empty', async () => {
    const out = await load({
      'header.csv': HEADER,
      'care.csv': CARE,
      'attendance.csv':
        'upn,academic_year,term,sessions_possible,sessions_authorised,sessions_unauthorised\nZ000000000001,2023/24,AUT,80,0,0\nZ000000000002,2023/24,AUT,80,0,0\n',
    });
    expect(file(out.files, 'attendance.csv')).toMatchObject({
      status: 'refused',
      reason:
        'None of its 2 rows has the UPN of a child in the SSDA903 Header loaded: check that the Header and this extract are of the same authority and year, and load the Header first. Nothing from this file was kept.',
    });
    expect(JSON.stringify(out)).not.toContain('Z00000000000');
  });

  it('refuses a UPN-keyed file when no Header has been loaded, and keeps nothing of it', async () => {
    const out = await load({
      'pupils.csv': 'child_id,sex,birth_year_month\nA,M,2010-01\n',
      'care.csv': CARE,
      'attendance.csv': ATTENDANCE_BY_UPN,
    });
    expect(file(out.files, 'attendance.csv')).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/keyed by UPN, not child_id: load the SSDA903 Header/),
    });
  });

  it('replaces a UPN or postcode in free text by [removed], with a warning on its line', async () => {
    const out = await load({
      'pupils.csv': 'child_id,sex,birth_year_month\nA,M,2010-01\n',
      'care.csv': CARE,
      'pep_reviews.csv': 'pep_id,child_id,academic_year,term\nP1,A,2023/24,AUT\n',
      'pep_targets.csv':
        'target_id,pep_id,target_text\nT1,P1,"Read with H801200001001 daily"\nT2,P1,visit ne2  1aa and DY11HF\nT3,P1,fine\n',
    });
    const t = file(out.files, 'pep_targets.csv');
    expect(t).toMatchObject({ status: 'loaded', rows_loaded: 3, warnings: 3 });
    expect(t.warning_details).toEqual([
      {
        line: 2,
        column: 'target_text',
        value: null,
        reason: 'held what looks like a UPN (unique pupil number): replaced by [removed]',
      },
      {
        line: 3,
        column: 'target_text',
        value: null,
        reason: 'held what looks like a full postcode: replaced by [removed]',
      },
      {
        line: 3,
        column: 'target_text',
        value: null,
        reason: 'held what looks like a full postcode: replaced by [removed]',
      },
    ]);
    expect(await db.query(`SELECT target_id, target_text FROM pep_targets ORDER BY 1`)).toEqual([
      { target_id: 'T1', target_text: 'Read with [removed] daily' },
      { target_id: 'T2', target_text: 'visit [removed] and [removed]' },
      { target_id: 'T3', target_text: 'fine' },
    ]);
  });

  it('refuses a file with a postcode in a code or id column, fixed-width or lower-case, naming the column and line only', async () => {
    for (const [value, line] of [
      ['NE2  1AA', 3],
      ['dy1 1hf', 3],
    ] as const) {
      const out = await load({
        'pupils.csv': 'child_id,sex,birth_year_month\nA,M,2010-01\n',
        'care.csv': CARE,
        'exclusions.csv': `exclusion_id,child_id,start_date,category,school_ref\nX1,A,2023-10-02,SUSP,S1\nX2,A,2023-10-09,SUSP,${value}\n`,
      });
      const x = file(out.files, 'exclusions.csv');
      expect(x.status).toBe('refused');
      expect(x.reason).toBe(
        `Line ${line}, column "school_ref" holds what looks like a full postcode. An identifier has no place in this column: the export is wrong. Export it again with the local authority's own ids. Nothing from this file was kept.`,
      );
      expect(JSON.stringify(out)).not.toContain(value);
    }
  });

  it('refuses a file with a UPN as child_id without quoting it', async () => {
    const out = await load({
      'pupils.csv': 'child_id,sex,birth_year_month\nA,M,2010-01\nH801200001001,F,2011-01\n',
      'care.csv': CARE,
    });
    expect(out.fatal).not.toBeNull();
    expect(file(out.files, 'pupils.csv').reason).toMatch(/^Line 3, column "child_id" holds what looks like a UPN/);
    expect(JSON.stringify(out)).not.toContain('H801200001001');
  });

  it('refuses a file whose first line is data, without quoting it', async () => {
    const out = await load({ 'pupils.csv': 'A9,M,2010-01\nB9,F,2011-01\n', 'care.csv': CARE });
    const p = file(out.files, 'pupils.csv');
    expect(p.reason).toBe(
      'Line 1 holds data, not column names (column 3 looks like a date or an identifier): the file has no header row. Export it again with its header row. Nothing from this file was kept.',
    );
    expect(JSON.stringify(p)).not.toMatch(/A9|B9|2010-01/);
  });

  it('never quotes the extra value of a ragged row, nor a birth-month cell that holds a whole date', async () => {
    const out = await load({
      'pupils.csv': 'CHILD,SEX,ETHNIC,DOB\nA,1,WBRI,,02/03/2010\nB,2,WBRI,01/01/2011\n',
      'care.csv': CARE,
    });
    expect(file(out.files, 'pupils.csv').errors).toEqual([
      { line: 2, column: 'column 5', value: null, reason: expect.stringMatching(/^5 values but the header has 4/) },
    ]);
    const own = await load({ 'pupils.csv': 'child_id,sex,birth_year_month\nA,M,2010-03-02\n', 'care.csv': CARE });
    expect(file(own.files, 'pupils.csv').errors).toEqual([
      { line: 2, column: 'birth_year_month', value: null, reason: 'not a year and month: use YYYY-MM (never the day)' },
    ]);
    expect(JSON.stringify([out, own])).not.toMatch(/02\/03\/2010|2010-03-02/);
  });

  it('keeps the Header of a load that was not taken out of the links', async () => {
    // the Header is refused (a postcode in ETHNIC), so the load is not taken; a census file later finds no Header
    // (the app commits a Header once its load is taken: dataset.svelte.ts settles the worker's links)
    const refused = await load({
      'header.csv': HEADER.replace('A,1,27/03/2010,WBRI', 'A,1,27/03/2010,DY1 1HF'),
      'care.csv': CARE,
    });
    expect(refused.fatal).not.toBeNull();
    const orphaned = await load({ 'attendance.csv': ATTENDANCE_BY_UPN });
    expect(file(orphaned.files, 'attendance.csv').reason).toMatch(
      /keyed by UPN, not child_id: load the SSDA903 Header/,
    );
    const first = await load({ 'header.csv': HEADER, 'care.csv': CARE });
    expect(first.fatal).toBeNull();
    links.commit();
    const later = await loadSet(
      db,
      prepareSet(encode({ 'attendance.csv': ATTENDANCE_BY_UPN }), { links }),
      new Set(['pupils', 'care_periods']),
    );
    expect(file(later.files, 'attendance.csv')).toMatchObject({ status: 'loaded', linked: { children: 2 } });
  });

  it('never echoes a date of birth, even in a refusal', async () => {
    const out = await load({
      'pupils.csv': 'CHILD,SEX,DOB\nA,M,27/03/2010\nH801200001001,F,01/01/2011\n',
      'care.csv': CARE,
    });
    expect(JSON.stringify(out)).not.toMatch(/27\/03\/2010|01\/01\/2011|H801200001001/);
  });
});

describe('column maps', () => {
  const entry = (columns: Record<string, string>, constants: Record<string, string> = {}) =>
    JSON.stringify({
      schema: 'vsd-column-map/1',
      maps: [
        {
          table: 'attendance',
          headers: ['Pupil', 'Surname', 'Poss', 'Auth', 'Unauth', 'Pupil UPN'],
          columns,
          constants,
        },
      ],
    });
  const ATT = 'Pupil,Surname,Poss,Auth,Unauth,Pupil UPN\nA,Smith,100,3,1,H801200001001\nB,Jones,90,0,0,A123456789012\n';

  it('refuses a map that maps a surname, a postcode, or a UPN to anything but the link key', () => {
    expect(() => parseColumnMap(entry({ child_id: 'Surname' }))).toThrow(
      new ColumnMapError(
        'maps[0].columns.child_id: "Surname" is a name or contact: it is never read, so it cannot be mapped.',
      ),
    );
    expect(() => parseColumnMap(entry({ child_id: 'Pupil UPN' }))).toThrow(
      /"Pupil UPN" is a UPN: it can only be the link key to the SSDA903 Header, not attendance.child_id/,
    );
    expect(() => parseColumnMap(entry({ upn: 'Pupil' }))).toThrow(/Only a UPN column can be the link key/);
    expect(() => parseColumnMap(JSON.stringify({ schema: 'vsd-column-map/2', maps: [] }))).toThrow(
      /schema must be "vsd-column-map\/1"/,
    );
  });

  it('loads a file through its map, with the constants it lacks, the door still first', async () => {
    const map = parseColumnMap(
      entry(
        { child_id: 'Pupil', sessions_possible: 'Poss', sessions_authorised: 'Auth', sessions_unauthorised: 'Unauth' },
        { academic_year: '2024/25', term: 'SPRING' },
      ),
    );
    const out = await load(
      {
        'pupils.csv': 'child_id,sex,birth_year_month\nA,M,2010-01\nB,F,2011-01\n',
        'care.csv': CARE,
        'ePEP export.csv': ATT,
      },
      { map },
    );
    const a = file(out.files, 'ePEP export.csv');
    expect(a).toMatchObject({
      table: 'attendance',
      status: 'loaded',
      rows_loaded: 2,
      door: [{ column: 'Surname' }, { column: 'Pupil UPN' }],
    });
    expect(
      await db.query(`SELECT child_id, academic_year, term, sessions_possible AS p FROM attendance ORDER BY 1`),
    ).toEqual([
      { child_id: 'A', academic_year: '2024/25', term: 'SPRING', p: 100 },
      { child_id: 'B', academic_year: '2024/25', term: 'SPRING', p: 90 },
    ]);
    expect(await everything()).not.toMatch(/Smith|Jones|H801200001001/);
  });
});

describe('the UASC list', () => {
  it('decides who is UASC once loaded, and pupils.uasc decides before, however often the model is built', async () => {
    await load({
      'pupils.csv': 'child_id,sex,birth_year_month,uasc\nA,M,2010-01,1\nB,F,2011-01,0\n',
      'care.csv': CARE,
    });
    const uasc = async () =>
      (await db.query<{ child_id: string; uasc: boolean }>('SELECT child_id, uasc FROM pupil_facts ORDER BY 1')).map(
        (r) => [r.child_id, r.uasc],
      );
    await buildModel(db);
    await buildModel(db);
    expect(await uasc()).toEqual([
      ['A', true],
      ['B', false],
    ]);
    await loadSet(
      db,
      prepareSet(encode({ 'uasc.csv': 'CHILD,SEX,DOB,DUC\nB,2,01/01/2011,\n' }), { links }),
      new Set(['pupils', 'care_periods']),
    );
    await buildModel(db);
    expect(await uasc()).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });
});
