import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/lib/table/types';
import { pupilCsv } from '../../src/views/pupils/pupil-csv';
import { csvRows } from '../fixtures/csv';

interface Row {
  id: string;
  pct: number | null;
  note: string | null;
  flagged: boolean;
}

const COLUMNS: Column<Row>[] = [
  { key: 'id', label: 'Child', value: (r) => r.id },
  { key: 'pct', label: 'Attendance %', value: (r) => r.pct, format: (v) => Number(v).toFixed(1) },
  { key: 'note', label: 'Note', value: (r) => r.note },
  { key: 'flagged', label: 'Persistent absence', value: (r) => r.flagged, flag: true },
];

describe('pupilCsv(title, columns, rows)', () => {
  it('writes the title row, the headings, then each row as the table shows it, in the given order', () => {
    const csv = pupilCsv('Pupils in 2024/25: All children.', COLUMNS, [
      { id: 'C2', pct: 87.25, note: null, flagged: true },
      { id: 'C1', pct: null, note: 'moved, twice', flagged: false },
    ]);
    expect(csv).toBe(
      'Pupils in 2024/25: All children.\r\nChild,Attendance %,Note,Persistent absence\r\nC2,87.3,,Persistent absence\r\nC1,,"moved, twice",\r\n',
    );
  });

  it('guards every cell a spreadsheet would run as a formula, the title too, and leaves negative numbers be', () => {
    const csv = pupilCsv('=HYPERLINK("x")', COLUMNS, [{ id: 'C1', pct: -1.5, note: '@SUM(A1)', flagged: false }]);
    expect(csvRows(csv)).toEqual([
      ['\'=HYPERLINK("x")'],
      ['Child', 'Attendance %', 'Note', 'Persistent absence'],
      ['C1', '-1.5', "'@SUM(A1)", ''],
    ]);
  });
});
