import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { FileReport, RowError } from '../../src/lib/ingest/report';
import FileSummary from '../../src/views/quality/FileSummary.svelte';
import RowList from '../../src/views/quality/RowList.svelte';
import { rejectedRowsCsv, safeCell } from '../../src/lib/ingest/export';
import { twinCsv } from '../../src/views/dashboard/csv';

const report = (over: Partial<FileReport>): FileReport => ({
  file: 'x.csv',
  table: 'exclusions',
  status: 'loaded',
  reason: null,
  rows_read: 9,
  rows_loaded: 4,
  rows_rejected: 5,
  warnings: 2,
  orphans: 1,
  errors: [],
  warning_details: [],
  ignored_columns: [],
  notices: [],
  bytes: 10,
  door: [],
  export: null,
  ...over,
});

describe('FileSummary', () => {
  it('shows one row per file with its counts', () => {
    render(FileSummary, {
      files: [
        report({ file: 'exclusions.csv' }),
        report({
          file: 'staff.csv',
          table: null,
          status: 'refused',
          rows_read: 0,
          rows_loaded: 0,
          rows_rejected: 0,
          warnings: 0,
          orphans: 0,
        }),
        report({
          file: 'missing.csv',
          table: null,
          status: 'unused',
          export: 'SSDA903 Missing',
          rows_read: 0,
          rows_loaded: 0,
          rows_rejected: 0,
          warnings: 0,
          orphans: 0,
        }),
        report({
          file: 'census.csv',
          table: 'attendance',
          rows_read: 10,
          rows_loaded: 6,
          rows_rejected: 1,
          warnings: 0,
          orphans: 0,
          linked: { children: 3, rows: 7, not_looked_after: 3 },
        }),
      ],
    });
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => [...r.children].map((c) => c.textContent).join(' '))).toEqual([
      'File Table Status Read Loaded Rejected Not looked after Warnings Orphans',
      'exclusions.csv exclusions loaded 9 4 5 — 2 1',
      'staff.csv — refused 0 0 0 — 0 0',
      'missing.csv — not used (SSDA903 Missing) 0 0 0 — 0 0',
      'census.csv attendance loaded 10 6 1 3 0 0',
    ]);
  });
});

describe('RowList', () => {
  it('lists the first rows only, and says how many there are', () => {
    const rows: RowError[] = Array.from({ length: 250 }, (_, i) => ({
      line: i + 2,
      column: 'sex',
      value: 'Q',
      reason: 'not a known code',
    }));
    render(RowList, { rows, total: 250, caption: 'Rejected rows of pupils.csv' });
    const table = screen.getByRole('table', { name: 'Rejected rows of pupils.csv (the first 200 of 250)' });
    expect(within(table).getAllByRole('row')).toHaveLength(201);
    expect(within(table).getAllByRole('row')[200].textContent).toBe('201sexQnot a known code');
  });
});

describe('rejectedRowsCsv(files)', () => {
  it('writes every rejected row, with cells a spreadsheet would run made safe', () => {
    const csv = rejectedRowsCsv([
      report({
        file: 'a.csv',
        errors: [
          { line: 3, column: 'att8', value: '=1+1', reason: 'not a number' },
          { line: 4, column: null, value: null, reason: 'broken, badly' },
        ],
      }),
    ]);
    expect(csv).toBe('file,line,column,value,reason\r\na.csv,3,att8,\'=1+1,not a number\r\na.csv,4,,,"broken, badly"');
    expect(safeCell('-3+cmd')).toBe("'-3+cmd");
    expect(safeCell('-1.31')).toBe('-1.31');
    expect(safeCell('@x')).toBe("'@x");
    expect(safeCell(5)).toBe(5);
  });
});

describe('twinCsv(twin)', () => {
  it('writes what the table shows, quoting where needed, negative numbers kept as numbers', () => {
    const twin = {
      columns: ['Reason', 'Count'],
      rows: [
        { header: 'Drugs, alcohol', cells: ['c'] },
        { header: 'Say "no"', cells: ['4'] },
        { header: '=HYPERLINK()', cells: ['-1.31'] },
      ],
    };
    expect(twinCsv(twin)).toBe('Reason,Count\r\n"Drugs, alcohol",c\r\n"Say ""no""",4\r\n\'=HYPERLINK(),-1.31\r\n');
  });
});
