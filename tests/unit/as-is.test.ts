import { beforeAll, describe, expect, it } from 'vitest';
import { storedColumns, table } from '../../src/lib/contract';
import { openNodeDb } from '../../src/lib/db/node';
import type { Db } from '../../src/lib/db/types';
import { readsAsIs } from '../../src/lib/ingest/as-is';
import { loadSet } from '../../src/lib/ingest/load';
import type { Prepared } from '../../src/lib/ingest/prepare';
import { text } from './helpers';

describe('readsAsIs(text, delimiter, width)', () => {
  it('counts one record per line after the header, quoted values and all', () => {
    expect(readsAsIs('a,b\n1,2\n"x, y","say ""hi"""\n3,4', ',', 2)).toMatchObject({ records: 3, newLine: '\n' });
    expect(readsAsIs('a;b\r\n1;2\r\n3;\r\n', ';', 2)).toMatchObject({ records: 2, newLine: '\r\n' });
    expect(readsAsIs('a\tb\n1\t2\n', '\t', 2)).toMatchObject({ records: 1, newLine: '\n' });
  });
  it('says at which places every value is empty or an unquoted id of at most 64 letters, digits, _ or -', () => {
    const long = 'x'.repeat(65);
    const csv = `a,b,c,d,e,f\nC-1,C_2,"C3",C/4,${long},Zoë\n,C_9,,,,\n`;
    expect(readsAsIs(csv, ',', 6)?.ids).toEqual([true, true, false, false, false, false]);
  });
  it('names the empty markers it found, in their own spelling, quoted or not, and whether a record is short', () => {
    const csv = 'a,b,c\nn/a,NULL,x\n"Na",-,N\nnull,NAN,\n4,5\n';
    expect(readsAsIs(csv, ',', 3)).toMatchObject({ markers: ['n/a', 'NULL', 'Na', '-', 'null'], short: true });
    expect(readsAsIs('a,b\n1,\nNo,2\n', ',', 2)).toMatchObject({ markers: [], short: false });
  });
  it('refuses what only the line-by-line path numbers and reports right', () => {
    const refused = {
      'a blank line': 'a,b\n1,2\n\n3,4\n',
      'a line of empty values': 'a,b\n,\n1,2\n',
      'a line break inside quotes': 'a,b\n"two\nlines",1\n',
      'a value with a space before it': 'a,b\n1, 2\n',
      'a value with a space after it': 'a,b\n1 ,2\n',
      'a quoted value with a space inside its quotes': 'a,b\n" 1",2\n',
      'more values than the header': 'a,b\n1,2,3\n',
      'a quote inside an unquoted value': 'a,b\n5" tall,2\n',
      'text after a closing quote': 'a,b\n"5" tall,2\n',
      'an unterminated quote': 'a,b\n"open,2\n',
      'a line ending unlike the header': 'a,b\r\n1,2\n3,4\r\n',
      'a carriage return alone': 'a,b\n1\r2,3\n',
    };
    for (const [what, csv] of Object.entries(refused)) expect(readsAsIs(csv, ',', 2), what).toBeNull();
  });
});

const PUPILS =
  'child_id,sex,birth_year_month,ethnicity,sen_provision,uasc\nC1,F,2010-09,WBRI,N,0\nC2,M,2011-01,WBRI,K,0\n';
const CARE =
  'child_id,start_date,end_date,legal_status,placement_type,placement_location\nC1,2020-06-20,,C2,U5,IN_LA\nC2,2021-01-01,,C2,U5,IN_LA\n';
// line 3: sessions that are no number; line 4: an unknown term; line 5: authorised + unauthorised > possible
const ATTENDANCE = [
  'child_id;academic_year;term;sessions_possible;sessions_authorised;sessions_unauthorised',
  'C1;2023/24;AUTUMN;60;2;1',
  'C2;2023-24;SPRING;x;0;0',
  'C2;2023/24;WINTER;50;0;0',
  'C1;2023/24;SPRING;10;8;5',
  '"C2";"2023/24";"SUMMER";"40";"1";"0"',
].join('\r\n');

describe('a file DuckDB reads as it is', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
  });

  async function load(attendance: Prepared) {
    await db.exec('DROP TABLE IF EXISTS attendance');
    const outcome = await loadSet(
      db,
      [text('pupils.csv', PUPILS), text('care_periods.csv', CARE), attendance],
      new Set(),
    );
    const rows = await db.query<Record<string, unknown>>('SELECT * FROM attendance ORDER BY child_id, term');
    return { report: outcome.files[2], rows };
  }

  it('is read without the rewrite and reports the same lines, reasons and rows as a file that needs it', async () => {
    const asIs = text('attendance.csv', ATTENDANCE);
    // a blank line at the end sends the same rows through the line-by-line rewrite
    const rewritten = text('attendance.csv', ATTENDANCE + '\r\n\r\n');
    expect(asIs.ok && asIs.file.layout.kind).toBe('as-is');
    expect(rewritten.ok && rewritten.file.layout.kind).toBe('rewritten');
    const a = await load(asIs);
    const b = await load(rewritten);
    expect(a.report.rows_read).toBe(5);
    expect(a.report.rows_loaded).toBe(2);
    expect(a.report.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, 'sessions_possible', 'x'],
      [4, 'term', 'WINTER'],
      [5, 'sessions_unauthorised', '5'],
    ]);
    expect(a.rows.map((r) => [r.child_id, r.academic_year, r.term, r.sessions_possible])).toEqual([
      ['C1', '2023/24', 'AUTUMN', 60],
      ['C2', '2023/24', 'SUMMER', 40],
    ]);
    expect({ ...b.report, bytes: a.report.bytes }).toEqual(a.report);
    expect(b.rows).toEqual(a.rows);
  });

  it('reads an empty marker in any case as empty, as the rewrite does', async () => {
    const pupils =
      'child_id,sex,birth_year_month,ethnicity,sen_provision,uasc\nC1,F,2010-09,null,n/a,0\nC2,M,2011-01,Na,-,0\nC3,F,2012-03,"NULL",N/a,0\n';
    const read = async (file: Prepared) => {
      const outcome = await loadSet(db, [file, text('care_periods.csv', CARE)], new Set());
      return {
        report: outcome.files[0],
        rows: await db.query<Record<string, unknown>>(
          'SELECT child_id, ethnicity, sen_provision FROM pupils ORDER BY child_id',
        ),
      };
    };
    const asIs = text('pupils.csv', pupils);
    expect(asIs.ok && asIs.file.layout.kind).toBe('as-is');
    const a = await read(asIs);
    const b = await read(text('pupils.csv', pupils + '\n\n'));
    expect(a.report.warnings).toBe(0);
    expect(a.rows).toEqual(['C1', 'C2', 'C3'].map((child_id) => ({ child_id, ethnicity: null, sen_provision: null })));
    expect(b.rows).toEqual(a.rows);
    expect(b.report.warnings).toBe(0);
  });

  it('checks an id the scan cannot vouch for in DuckDB, as the rewrite does', async () => {
    const file = text('pep_targets.csv', 'target_id,pep_id,area\nT1,P1,MATHS\nT/2,P1,MATHS\n');
    expect(file.ok && file.file.layout.kind === 'as-is' && file.file.layout.ids).toEqual(['pep_id']);
    const outcome = await loadSet(db, [text('pupils.csv', PUPILS), text('care_periods.csv', CARE), file], new Set());
    expect(outcome.files[2].errors.map((e) => [e.line, e.column, e.value, e.reason])).toEqual([
      [3, 'target_id', 'T/2', 'not a valid id: 1 to 64 letters, digits, _ or -'],
    ]);
  });

  it('keeps only the stored columns, in the order of the contract: a column read only for the rules is dropped', async () => {
    const care = text(
      'care_periods.csv',
      'year,child_id,start_date,end_date,legal_status,placement_type,placement_location\n2024,C1,2020-06-20,,C2,U5,IN_LA\n',
    );
    expect(care.ok && care.file.layout.kind).toBe('as-is');
    await loadSet(db, [text('pupils.csv', PUPILS), care], new Set());
    const columns = await db.query<{ name: string }>(
      "SELECT column_name AS name FROM duckdb_columns() WHERE table_name = 'care_periods' ORDER BY column_index",
    );
    expect(columns.map((c) => c.name)).toEqual(storedColumns(table('care_periods')).map((c) => c.name));
    expect(columns.map((c) => c.name)).not.toContain('year');
  });

  it('leaves a file with an identifier or a door column to the rewrite, which replaces or refuses it', () => {
    const postcode = text('pep_targets.csv', 'target_id,pep_id,area,target_text\nT1,P1,MATHS,Lives at DY1 1HF\n');
    expect(postcode.ok && postcode.file.layout.kind).toBe('rewritten');
    expect(postcode.ok && postcode.file.warnings.map((w) => w.reason)).toEqual([
      'held what looks like a full postcode: replaced by [removed]',
    ]);
    const named = text(
      'pupils.csv',
      'child_id,first_name,sex,birth_year_month,ethnicity,sen_provision\nC1,Ann,F,2010-09,WBRI,N\n',
    );
    expect(named.ok && named.file.layout.kind).toBe('rewritten');
  });
});
