import { beforeEach, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { Db } from '../../src/lib/db/types';
import { loadSet } from '../../src/lib/ingest/load';
import type { FileReport } from '../../src/lib/ingest/report';
import { buildModel } from '../../src/lib/measures/model';
import { text } from './helpers';

let db: Db;
beforeEach(async () => {
  db = await openNodeDb();
});

const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC';

/** Load an SSDA903 episodes file (header line 1, rows from line 2) beside pupils A, B and C; its report. */
async function loadEpisodes(header: string, rows: string[]): Promise<FileReport> {
  const pupils = text('pupils.csv', 'child_id,sex,birth_year_month\nA,M,2010-01\nB,F,2011-02\nC,F,2012-03\n');
  const out = await loadSet(db, [pupils, text('care_periods.csv', [header, ...rows].join('\n') + '\n')], new Set());
  expect(out.fatal).toBeNull();
  return out.files.find((f) => f.table === 'care_periods')!;
}

const rejected = (report: FileReport) => report.errors.map((e) => [e.line, e.column, e.value, e.reason]);
const warned = (report: FileReport) => report.warning_details.map((w) => [w.line, w.column, w.value, w.reason]);

async function periods(): Promise<[string, string, string | null][]> {
  const rows = await db.query<{ c: string; s: string; e: string | null }>(
    `SELECT child_id AS c, strftime(start_date, '%Y-%m-%d') AS s, strftime(end_date, '%Y-%m-%d') AS e FROM care_periods ORDER BY c, s, end_date NULLS LAST`,
  );
  return rows.map((r) => [r.c, r.s, r.e]);
}

async function spells(): Promise<[string, string, string | null][]> {
  await buildModel(db);
  const rows = await db.query<{ c: string; s: string; e: string | null }>(
    `SELECT child_id AS c, strftime(start_date, '%Y-%m-%d') AS s, strftime(end_date, '%Y-%m-%d') AS e FROM care_spells ORDER BY c, s`,
  );
  return rows.map((r) => [r.c, r.s, r.e]);
}

describe('continuity of care across yearly returns', () => {
  describe('rule 1: rows of one child with the same DECOM are one episode', () => {
    it('keeps the row with a DEC, even when it is the later line, and rejects the open one', async () => {
      const report = await loadEpisodes(EPISODES, [
        'A,01/04/2018,S,C2,N1,U1,PR1,', //                line 2: open, a later return closed it
        'A,01/04/2018,S,C2,N1,U1,PR1,15/08/2018', //      line 3: same DECOM with a DEC: kept
      ]);
      expect(rejected(report)).toEqual([[2, 'start_date', '01/04/2018', 'repeats line 3']]);
      expect(await periods()).toEqual([['A', '2018-04-01', '2018-08-15']]);
      expect(report).toMatchObject({ rows_read: 2, rows_loaded: 1, rows_rejected: 1, warnings: 0 });
    });

    it('keeps the first line when none has a DEC, and leaves another child alone', async () => {
      const report = await loadEpisodes(EPISODES, [
        'A,01/04/2018,S,C2,N1,U1,PR1,', //   line 2: first of the two open rows: kept
        'B,01/04/2018,S,C2,N1,U1,PR1,', //   line 3: same DECOM, but child B: no repeat
        'A,01/04/2018,S,C2,N1,U1,PR1,', //   line 4: repeats line 2
      ]);
      expect(rejected(report)).toEqual([[4, 'start_date', '01/04/2018', 'repeats line 2']]);
      // each child's one row is its current episode: nothing follows, no YEAR, so both stay open
      expect(await periods()).toEqual([
        ['A', '2018-04-01', null],
        ['B', '2018-04-01', null],
      ]);
      expect(report.warnings).toBe(0);
    });

    it('ignores a row already rejected for another reason', async () => {
      const report = await loadEpisodes(EPISODES, [
        'A,01/04/2018,S,C2,N1,U1,PR1,01/03/2018', // line 2: ends before it starts: rejected by validation
        'A,01/04/2018,S,C2,N1,U1,PR1,', //           line 3: would repeat line 2 had line 2 been kept
        'A,,P,C2,N1,U4,PR1,', //                     line 4: no DECOM: rejected, so it closes nothing
      ]);
      expect(rejected(report)).toEqual([
        [2, 'end_date', '01/03/2018', expect.stringMatching(/^ends before it starts/)],
        [4, 'start_date', null, 'missing: this column is required'],
      ]);
      expect(await periods()).toEqual([['A', '2018-04-01', null]]);
      expect(report.warnings).toBe(0);
    });
  });

  describe('rule 2: an open row followed by a later row is closed', () => {
    it("closes it at the next row's DECOM, ordered by DECOM rather than by line", async () => {
      const report = await loadEpisodes(EPISODES, [
        'A,14/08/2017,P,C2,N1,U4,PR1,', //   line 2: the later episode, the current one: stays open
        'A,01/04/2017,S,C2,N1,U1,PR1,', //   line 3: open, followed by line 2 (14/08/2017): closed then
      ]);
      expect(rejected(report)).toEqual([]);
      expect(await periods()).toEqual([
        ['A', '2017-04-01', '2017-08-14'],
        ['A', '2017-08-14', null],
      ]);
      expect(report.warnings).toBe(1);
      expect(warned(report)).toEqual([
        [3, 'end_date', null, 'left open, closed at 2017-08-14: the next episode (line 2) starts then'],
      ]);
    });

    it('closes it on the day before a row that starts a new period of care (RNE S), which starts a new spell', async () => {
      const report = await loadEpisodes(EPISODES, [
        'A,01/04/2018,S,C2,N1,U1,PR1,', //   line 2: open; line 3 starts a new period on 10/06/2018: closed 09/06/2018
        'A,10/06/2018,S,V2,N1,U1,PR1,', //   line 3: the current episode: stays open
      ]);
      expect(await periods()).toEqual([
        ['A', '2018-04-01', '2018-06-09'],
        ['A', '2018-06-10', null],
      ]);
      expect(report.warnings).toBe(1);
      expect(warned(report)).toEqual([
        [
          2,
          'end_date',
          null,
          'left open, closed at 2018-06-09: the next episode (line 3) starts a new period of care the day after',
        ],
      ]);
      // 10/06 is 09/06 + 1 day, so the dates touch, but RNE S starts a new spell
      expect(await spells()).toEqual([
        ['A', '2018-04-01', '2018-06-09'],
        ['A', '2018-06-10', null],
      ]);
    });
  });

  describe('without a YEAR column, rule 3 does not apply', () => {
    it('keeps open the current episode that starts inside another', async () => {
      const report = await loadEpisodes(EPISODES, [
        'A,01/04/2018,S,C2,N1,U1,PR1,31/03/2020', // line 2: closed
        'A,10/06/2018,P,C2,N1,U4,PR1,', //           line 3: starts inside line 2, nothing follows: stays open
      ]);
      expect(rejected(report)).toEqual([]);
      expect(await periods()).toEqual([
        ['A', '2018-04-01', '2020-03-31'],
        ['A', '2018-06-10', null],
      ]);
      expect(report.warnings).toBe(0);
    });
  });

  describe('rule 3: with a YEAR column, open rows of earlier returns', () => {
    const header = `${EPISODES},YEAR`;

    it('(b) rejects one that starts inside a row of a later return', async () => {
      const report = await loadEpisodes(header, [
        'A,01/04/2018,S,C2,N1,U1,PR1,31/03/2020,2020', // line 2: the 2020 return, the latest
        'A,10/06/2018,P,C2,N1,U4,PR1,,2019', //           line 3: open in 2019; 10/06/2018 is inside line 2 (01/04/2018 to 31/03/2020)
      ]);
      // line 3's only neighbour, line 2, differs in RNE and PLACE: not rule (a)
      expect(rejected(report)).toEqual([
        [
          3,
          'start_date',
          '10/06/2018',
          'stale copy: left open in the 2019 return, and line 2 of a later return was already open on its start date',
        ],
      ]);
      expect(await periods()).toEqual([['A', '2018-04-01', '2020-03-31']]);
      expect(report.warnings).toBe(0);
    });

    it('(a) rejects one that repeats its neighbour of a later return with another DECOM, before (b)', async () => {
      const report = await loadEpisodes(header, [
        'A,01/05/2018,S,C2,N1,U1,PR1,,2019', // line 2: next by DECOM is line 3, of 2020, same codes: stale copy
        'A,03/05/2018,S,C2,N1,U1,PR1,,2020', // line 3: the corrected DECOM, current: stays open
        'B,20/05/2018,S,C2,N1,U1,PR1,,2019', // line 4: previous by DECOM is line 5, same codes (and inside it: (a) is named)
        'B,15/05/2018,S,C2,N1,U1,PR1,,2020', // line 5: current: stays open
      ]);
      const repeats = 'of a later return repeats it with another start date';
      expect(rejected(report)).toEqual([
        [2, 'start_date', '01/05/2018', `stale copy: left open in the 2019 return, and line 3 ${repeats}`],
        [4, 'start_date', '20/05/2018', `stale copy: left open in the 2019 return, and line 5 ${repeats}`],
      ]);
      // without rule 3, rule 2 would have closed line 2 at 03/05/2018 and line 5 at 20/05/2018
      expect(await periods()).toEqual([
        ['A', '2018-05-03', null],
        ['B', '2018-05-15', null],
      ]);
      expect(report.warnings).toBe(0);
    });

    it('(c) closes one that no later row follows at 31 March of its year; rule 2 first closes those followed', async () => {
      const report = await loadEpisodes(header, [
        'A,01/05/2018,S,C2,N1,U1,PR1,,2019', // line 2: followed by line 3: closed at 01/02/2019 (rule 2)
        'A,01/02/2019,P,C2,N1,U4,PR1,,2019', // line 3: last of A, not in the 2020 return: closed at 31/03/2019
        'B,01/06/2019,S,C2,N1,U1,PR1,,2020', // line 4: of the latest return: stays open
        'C,01/05/2019,S,C2,N1,U1,PR1,,2019', // line 5: starts after 31/03/2019, the end of its return: closed at its start
      ]);
      expect(rejected(report)).toEqual([]);
      expect(await periods()).toEqual([
        ['A', '2018-05-01', '2019-02-01'],
        ['A', '2019-02-01', '2019-03-31'],
        ['B', '2019-06-01', null],
        ['C', '2019-05-01', '2019-05-01'],
      ]);
      expect(report.warnings).toBe(3);
      expect(warned(report)).toEqual([
        [2, 'end_date', null, 'left open, closed at 2019-02-01: the next episode (line 3) starts then'],
        [3, 'end_date', null, 'left open in the 2019 return and not in later ones: closed at 2019-03-31'],
        [
          5,
          'end_date',
          null,
          "left open in the 2019 return and not in later ones: closed at 2019-05-01, its start date (after 31 March, the end of that return's year)",
        ],
      ]);
    });

    it('keeps open an episode every return repeats open: it is in the latest one', async () => {
      const report = await loadEpisodes(header, [
        'A,01/05/2018,S,C2,N1,U1,PR1,,2019', // line 2: kept (first open row of DECOM 01/05/2018), also in 2020 through line 3
        'A,01/05/2018,S,C2,N1,U1,PR1,,2020', // line 3: repeats line 2
      ]);
      expect(rejected(report)).toEqual([[3, 'start_date', '01/05/2018', 'repeats line 2']]);
      expect(await periods()).toEqual([['A', '2018-05-01', null]]);
      expect(report.warnings).toBe(0);
    });

    it('does not reject a row that repeats a neighbour of its own return', async () => {
      const report = await loadEpisodes(header, [
        'A,01/05/2018,P,C2,N1,U1,PR1,,2019', // line 2: same codes as line 3, but of the same return: closed at 01/09/2018 (rule 2)
        'A,01/09/2018,P,C2,N1,U1,PR1,,2019', // line 3: last of A, not in 2020: closed at 31/03/2019
        'B,01/06/2019,S,C2,N1,U1,PR1,,2020', // line 4: makes 2020 the latest return
      ]);
      expect(rejected(report)).toEqual([]);
      expect(await periods()).toEqual([
        ['A', '2018-05-01', '2018-09-01'],
        ['A', '2018-09-01', '2019-03-31'],
        ['B', '2019-06-01', null],
      ]);
      expect(report.warnings).toBe(2);
    });
  });

  describe('per LA when the file has an LA column', () => {
    it('keeps two authorities with the same child id apart, each with its own latest return', async () => {
      const report = await loadEpisodes(`${EPISODES},YEAR,LA`, [
        'A,01/05/2018,S,C2,N1,U1,PR1,,2019,801', // line 2: 801's latest return is 2019: current, stays open
        'A,01/05/2018,S,C2,N1,U1,PR1,,2020,802', // line 3: same DECOM in 802: no repeat; followed by line 4: closed at 01/09/2018
        'A,01/09/2018,P,C2,N1,U4,PR1,,2020,802', // line 4: 802's current episode; closes nothing in 801
      ]);
      expect(rejected(report)).toEqual([]);
      expect(await periods()).toEqual([
        ['A', '2018-05-01', '2018-09-01'],
        ['A', '2018-05-01', null],
        ['A', '2018-09-01', null],
      ]);
      expect(report.warnings).toBe(1);
      expect(warned(report)).toEqual([
        [3, 'end_date', null, 'left open, closed at 2018-09-01: the next episode (line 4) starts then'],
      ]);
    });
  });

  describe('rule 4: RNE S starts a new continuous period', () => {
    it('splits spells at an S row even where the dates touch', async () => {
      await loadEpisodes(EPISODES, [
        'A,01/04/2018,S,C2,N1,U1,PR1,15/08/2018', // line 2
        'A,15/08/2018,P,C2,N1,U4,PR1,01/01/2019', // line 3: starts on line 2's end, not S: same spell
        'A,02/01/2019,S,C2,N1,U4,PR1,', //           line 4: 01/01/2019 + 1 day, touches, but S: a new spell
      ]);
      expect(await spells()).toEqual([
        ['A', '2018-04-01', '2019-01-01'],
        ['A', '2019-01-02', null],
      ]);
    });

    it('merges touching rows as before when the file has no rne', async () => {
      await loadEpisodes('child_id,start_date,end_date,legal_status,placement_type', [
        'A,2018-04-01,2018-08-15,C2,U1', // line 2
        'A,2018-08-16,,C2,U4', //           line 3: 15/08/2018 + 1 day: one spell
      ]);
      expect(await spells()).toEqual([['A', '2018-04-01', null]]);
    });
  });
});
