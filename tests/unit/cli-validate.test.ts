import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';
import { ROOT, vsd } from './run-vsd';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vsd-'));
  for (const [name, from] of Object.entries(files)) {
    if (from.includes('\n')) writeFileSync(join(dir, name), from);
    else copyFileSync(join(FIXTURES, from), join(dir, name));
  }
  return dir;
}

describe('vsd validate --data DIR', () => {
  it('loads the demo, with its key stage 2 and post-16 files, with no row rejected and no value to check', async () => {
    const { code, out } = await vsd('validate', '--data', join(ROOT, 'data', 'demo'));
    expect(code).toBe(0);
    const files: { file: string; status: string; rows_read: number; rows_rejected: number; warnings: number }[] =
      JSON.parse(out).files;
    expect(files).toHaveLength(14);
    for (const name of ['ks2_results.csv', 'post16_results.csv'])
      expect(files.find((f) => f.file === name)).toMatchObject({ status: 'loaded', rows_rejected: 0, warnings: 0 });
    expect(files.every((f) => f.status === 'loaded' && f.rows_rejected === 0)).toBe(true);
  });

  it('prints the load report as JSON and exits 0 when every file loaded, even with rejected rows', async () => {
    const dir = dirWith({
      'pupils.csv': 'valid/pupils.csv',
      'care_periods.csv': 'valid/care_periods.csv',
      'exclusions.csv': 'bad/exclusions.csv',
    });
    const { code, out } = await vsd('validate', '--data', dir);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.schema).toBe('vsd-load-report/1');
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([
      'care_periods.csv',
      'exclusions.csv',
      'pupils.csv',
    ]);
    expect(report.files[1]).toMatchObject({
      file: 'exclusions.csv',
      table: 'exclusions',
      status: 'loaded',
      reason: null,
      rows_read: 9,
      rows_loaded: 4,
      rows_rejected: 5,
      warnings: 2,
      orphans: 1,
    });
    expect(report.files[1].errors[0]).toEqual({
      line: 3,
      column: 'start_date',
      value: '31/02/2024',
      reason: 'not a real date',
    });
  });

  it('exits 1 and names the reason when a file is refused', async () => {
    const dir = dirWith({
      'pupils.csv': 'valid/pupils.csv',
      'care_periods.csv': 'valid/care_periods.csv',
      'notes.csv': 'a,b\n1,2\n',
    });
    const { code, out } = await vsd('validate', '--data', dir);
    expect(code).toBe(1);
    const notes = JSON.parse(out).files.find((f: { file: string }) => f.file === 'notes.csv');
    expect(notes).toMatchObject({ table: null, status: 'refused', rows_read: 0 });
    expect(notes.reason).toMatch(/^Not a table the dashboard knows/);
  });

  it('exits 2 with the usage for a bad call', async () => {
    expect((await vsd('validate')).code).toBe(2);
    expect((await vsd('frobnicate', '--data', '.')).code).toBe(2);
    const missing = await vsd('validate', '--data', join(ROOT, 'no-such-dir'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('is not a directory');
  });

  it('loads an unknown export through --map FILE, and refuses a map that maps a surname as a usage error', async () => {
    const export_ = 'Pupil Ref,Surname,Possible,Authorised,Unauthorised\nC1,Smith,100,4,2\n';
    const dir = dirWith({
      'pupils.csv': 'valid/pupils.csv',
      'care_periods.csv': 'valid/care_periods.csv',
      'epep.csv': export_,
    });
    const entry = (child: string) => ({
      table: 'attendance',
      headers: ['Pupil Ref', 'Surname', 'Possible', 'Authorised', 'Unauthorised'],
      columns: {
        child_id: child,
        sessions_possible: 'Possible',
        sessions_authorised: 'Authorised',
        sessions_unauthorised: 'Unauthorised',
      },
      constants: { academic_year: '2024/25', term: 'AUTUMN' },
    });
    const mapFile = join(dir, 'column-map.json');
    writeFileSync(mapFile, JSON.stringify({ schema: 'vsd-column-map/1', maps: [entry('Pupil Ref')] }));
    expect((await vsd('validate', '--data', dir)).code).toBe(1);
    const { code, out } = await vsd('validate', '--data', dir, '--map', mapFile);
    expect(code).toBe(0);
    const epep = JSON.parse(out).files.find((f: { file: string }) => f.file === 'epep.csv');
    expect(epep).toMatchObject({
      table: 'attendance',
      status: 'loaded',
      rows_loaded: 1,
      door: [{ column: 'Surname', done: 'a name or contact: not read' }],
    });
    expect(out).not.toContain('Smith');

    writeFileSync(mapFile, JSON.stringify({ schema: 'vsd-column-map/1', maps: [entry('Surname')] }));
    const bad = await vsd('validate', '--data', dir, '--map', mapFile);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      'maps[0].columns.child_id: "Surname" is a name or contact: it is never read, so it cannot be mapped.',
    );
  });
});
