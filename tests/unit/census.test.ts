import { beforeEach, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import type { Db } from '../../src/lib/db/types';
import { LinkMap } from '../../src/lib/ingest/link';
import { loadSet } from '../../src/lib/ingest/load';
import { prepareSet } from '../../src/lib/ingest/prepare-set';

let db: Db;
beforeEach(async () => {
  db = await openNodeDb();
});

const encode = (files: Record<string, string>) =>
  Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));
const load = (files: Record<string, string>) =>
  loadSet(db, prepareSet(encode(files), { links: new LinkMap('census') }), new Set());

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN\nA,1,01/01/2010,WBRI,H801200001001\nB,2,01/01/2011,WBRI,A123456789012\n';
const EPISODES = 'CHILD,DECOM,DEC\nA,01/09/2020,\nB,01/09/2020,\n';

describe('school census extracts', () => {
  it('load exclusions keyed by UPN with headers run together, zero-time dates, 2.0 sessions, SUSP, LNCH, PERM and three reasons', async () => {
    const census =
      [
        'UPN,StartDate,Category,Sessions,Reason1,Reason2,Reason3,SchoolRef',
        'H801200001001,2024-Dec-02 00:00:00,SUSP,2.0,PP,DB,,S1', // line 2: A, suspension of 2 sessions
        'H801200001001,2024-12-03T00:00:00,LNCH,,VA,,,S1', // line 3: A, a lunchtime with no sessions: 1 session
        'A123456789012,04/12/2024 00:00,PERM,,DB,VP,PA,S2', // line 4: B, permanent
        'Z999999999999,2024-12-05,SUSP,1,PP,,,S3', // line 5: not looked after: discarded
        'A123456789012,2024-12-06 09:30:00,SUSP,1,PP,,,S2', // line 6: a time of day: rejected
        'A123456789012,2024-12-07,LNCH,0,PP,,,S2', // line 7: B, a lunchtime of 0 sessions: out of range, unknown (not filled)
      ].join('\n') + '\n';
    const out = await load({ 'header.csv': HEADER, 'episodes.csv': EPISODES, 'census exclusions.csv': census });
    const x = out.files.find((f) => f.file === 'census exclusions.csv')!;
    expect(x).toMatchObject({
      table: 'exclusions',
      status: 'loaded',
      rows_read: 6,
      rows_loaded: 4,
      rows_rejected: 1,
      warnings: 1,
      linked: { children: 2, rows: 5, not_looked_after: 1 },
    });
    expect(x.warning_details.map((w) => [w.line, w.column, w.reason])).toEqual([
      [7, 'sessions', 'out of range: must be at least 1'],
    ]);
    expect(x.errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [6, 'start_date', expect.stringMatching(/^a date with a time of day/)],
    ]);
    expect(x.notices).toContain(
      'No exclusion_id column (as in a school census extract): each row is known by its line (L2, L3, …), so an exclusion written twice counts twice.',
    );
    expect(
      await db.query(
        `SELECT exclusion_id AS id, child_id, strftime(start_date, '%Y-%m-%d') AS d, category, sessions, reason, reason2, reason3, school_ref FROM exclusions ORDER BY 1`,
      ),
    ).toEqual([
      {
        id: 'L2',
        child_id: 'A',
        d: '2024-12-02',
        category: 'SUSPENSION',
        sessions: 2,
        reason: 'PP',
        reason2: 'DB',
        reason3: null,
        school_ref: 'S1',
      },
      {
        id: 'L3',
        child_id: 'A',
        d: '2024-12-03',
        category: 'SUSPENSION',
        sessions: 1,
        reason: 'VA',
        reason2: null,
        reason3: null,
        school_ref: 'S1',
      },
      {
        id: 'L4',
        child_id: 'B',
        d: '2024-12-04',
        category: 'PERMANENT',
        sessions: null,
        reason: 'DB',
        reason2: 'VP',
        reason3: 'PA',
        school_ref: 'S2',
      },
      {
        id: 'L7',
        child_id: 'B',
        d: '2024-12-07',
        category: 'SUSPENSION',
        sessions: null,
        reason: 'PP',
        reason2: null,
        reason3: null,
        school_ref: 'S2',
      },
    ]);
  });

  it('load enrolments keyed by UPN with run-together headers and zero-time entry dates', async () => {
    const census =
      'upn,academicyear,schoolref,schoolphase,schoolinla,entrydate\nH801200001001,2024/25,S1,SECONDARY,Y,2024-09-04 00:00:00\nA123456789012,202425,S2,PRIMARY,N,2024-Sep-05\n';
    const out = await load({ 'header.csv': HEADER, 'episodes.csv': EPISODES, 'roll.csv': census });
    expect(out.files.find((f) => f.file === 'roll.csv')).toMatchObject({
      table: 'school_enrolments',
      status: 'loaded',
      rows_loaded: 2,
      warnings: 0,
    });
    expect(
      await db.query(
        `SELECT child_id, academic_year AS y, school_ref AS s, school_phase AS p, school_in_la AS inla, strftime(entry_date, '%Y-%m-%d') AS d FROM school_enrolments ORDER BY 1`,
      ),
    ).toEqual([
      { child_id: 'A', y: '2024/25', s: 'S1', p: 'SECONDARY', inla: true, d: '2024-09-04' },
      { child_id: 'B', y: '2024/25', s: 'S2', p: 'PRIMARY', inla: false, d: '2024-09-05' },
    ]);
  });
});
