import { describe, expect, it } from 'vitest';
import { refusedFile, type FileReport } from '../../src/lib/ingest/report';
import { landing } from '../../src/lib/state/landing';

const loaded = (file: string, rows_rejected = 0): FileReport => ({
  ...refusedFile(file, 100, ''),
  status: 'loaded',
  reason: null,
  rows_read: 10,
  rows_loaded: 10 - rows_rejected,
  rows_rejected,
});

describe('landing(files, fatal)', () => {
  it('goes on to the Overview after a clean load and says how many files loaded', () => {
    expect(landing([loaded('pupils.csv'), loaded('attendance.csv')], null)).toEqual({
      overview: true,
      notice: '2 files loaded',
      problems: false,
    });
  });
  it('names the files with rejected rows and the rows in all', () => {
    const files = [
      loaded('pupils.csv'),
      loaded('attendance.csv', 7),
      loaded('exclusions.csv', 1),
      loaded('pep_reviews.csv', 2),
    ];
    expect(landing(files, null)).toEqual({
      overview: true,
      notice: '4 files loaded; 10 rows rejected in attendance.csv, exclusions.csv and pep_reviews.csv',
      problems: true,
    });
    expect(landing([loaded('pupils.csv'), loaded('attendance.csv', 1)], null).notice).toBe(
      '2 files loaded; 1 row rejected in attendance.csv',
    );
  });
  it('says how many values are to check, and where', () => {
    const warned = { ...loaded('pep_reviews.csv'), warnings: 2 };
    expect(landing([loaded('pupils.csv'), warned], null)).toEqual({
      overview: true,
      notice: '2 files loaded; 2 values to check in pep_reviews.csv',
      problems: true,
    });
  });
  it('goes on when a file is refused that no column map can mend, and says so', () => {
    const files = [loaded('pupils.csv'), refusedFile('notes.txt', 5, 'not a CSV file')];
    expect(landing(files, null)).toEqual({
      overview: true,
      notice: '1 file loaded; notes.txt refused',
      problems: true,
    });
  });
  it('stays on the load page while a question waits: a column map to confirm, a year to pick', () => {
    const mappable = refusedFile('attendance.csv', 5, 'missing columns', 'attendance', { headers: ['ID', 'Sessions'] });
    expect(landing([loaded('pupils.csv'), mappable], null).overview).toBe(false);
    const year = { ...refusedFile('OC3.csv', 5, ''), status: 'waiting' as const, needs: ['reporting_year'] };
    expect(landing([loaded('pupils.csv'), year], null).overview).toBe(false);
  });
  it('stays when the whole load was refused or nothing loaded', () => {
    expect(landing([loaded('pupils.csv')], 'pupils.csv is required').overview).toBe(false);
    expect(landing([refusedFile('a.csv', 1, 'empty')], null).overview).toBe(false);
  });
});
