import { describe, expect, it } from 'vitest';
import { TABLES, type TableName } from '../../src/lib/contract';
import { LINKED, ORPHAN_WARNING_PERCENT, orphanWarnings } from '../../src/lib/ingest/orphan-warnings';
import { refusedFile, type FileReport } from '../../src/lib/ingest/report';

function loaded(table: TableName, rows_loaded: number, orphans: number): FileReport {
  return {
    ...refusedFile(`${table}.csv`, 0, ''),
    table,
    status: 'loaded',
    reason: null,
    rows_read: rows_loaded,
    rows_loaded,
    orphans,
  };
}

describe('orphanWarnings', () => {
  it('warns above 5%, not at exactly 5%', () => {
    expect(ORPHAN_WARNING_PERCENT).toBe(5);
    // 1 of 20 = 5.0%; 51 of 1,000 = 5.1%
    expect(orphanWarnings([loaded('exclusions', 20, 1)])).toEqual(new Map());
    expect(orphanWarnings([loaded('exclusions', 1000, 51)])).toEqual(
      new Map([
        [
          'exclusions',
          '51 of 1,000 suspensions and exclusions could not be matched to a child on the roll: figures may be too low.',
        ],
      ]),
    );
  });

  it('says nothing of a table with no rows, or with rows and no orphans', () => {
    expect(orphanWarnings([loaded('attendance', 0, 0), loaded('ks4_results', 365, 0)])).toEqual(new Map());
  });

  it('writes counts with en-GB thousands separators', () => {
    // 1,312 / 8,251 = 15.9%; 12,345 / 23,207 = 53.2%
    expect(orphanWarnings([loaded('attendance', 8251, 1312), loaded('pep_targets', 23207, 12345)])).toEqual(
      new Map([
        [
          'attendance',
          '1,312 of 8,251 attendance records could not be matched to a child on the roll: figures may be too low.',
        ],
        ['pep_targets', '12,345 of 23,207 PEP targets could not be matched to a PEP: figures may be too low.'],
      ]),
    );
  });

  it('reads only loaded files, and one sentence per table that warns', () => {
    // pupils has no orphans of its own; a refused file loads no rows
    const refused = { ...refusedFile('pep_reviews.csv', 10, 'refused', 'pep_reviews'), orphans: 3 };
    const warnings = orphanWarnings([
      loaded('pupils', 100, 0),
      refused,
      loaded('destinations', 10, 6),
      loaded('care_periods', 40, 3),
    ]);
    // 6 / 10 = 60%; 3 / 40 = 7.5%
    expect([...warnings.keys()]).toEqual(['care_periods', 'destinations']);
    expect(warnings.get('destinations')).toBe(
      '6 of 10 care leaver records could not be matched to a child on the roll: figures may be too low.',
    );
    expect(warnings.get('care_periods')).toBe(
      '3 of 40 care periods could not be matched to a child on the roll: figures may be too low.',
    );
  });

  it('names every table whose rows must link to another, as the contract says, and no other', () => {
    const linked = TABLES.filter((t) => t.columns.some((c) => c.ref)).map((t) => t.name);
    expect(Object.keys(LINKED)).toEqual(linked);
    expect(LINKED.pep_targets.parent).toBe('a PEP');
  });
});
