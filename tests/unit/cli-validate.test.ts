import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');

function vsd(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/vsd.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vsd-'));
  for (const [name, from] of Object.entries(files)) {
    if (from.includes('\n')) writeFileSync(join(dir, name), from);
    else copyFileSync(join(FIXTURES, from), join(dir, name));
  }
  return dir;
}

describe('vsd validate --data DIR', () => {
  it('prints the load report as JSON and exits 0 when every file loaded, even with rejected rows', () => {
    const dir = dirWith({ 'pupils.csv': 'valid/pupils.csv', 'care_periods.csv': 'valid/care_periods.csv', 'exclusions.csv': 'bad/exclusions.csv' });
    const { code, out } = vsd('validate', '--data', dir);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.schema).toBe('vsd-load-report/1');
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(['care_periods.csv', 'exclusions.csv', 'pupils.csv']);
    expect(report.files[1]).toMatchObject({
      file: 'exclusions.csv', table: 'exclusions', status: 'loaded', reason: null,
      rows_read: 9, rows_loaded: 4, rows_rejected: 5, warnings: 2, orphans: 1,
    });
    expect(report.files[1].errors[0]).toEqual({ line: 3, column: 'start_date', value: '31/02/2024', reason: 'not a real date' });
  });

  it('exits 1 and names the reason when a file is refused', () => {
    const dir = dirWith({ 'pupils.csv': 'valid/pupils.csv', 'care_periods.csv': 'valid/care_periods.csv', 'notes.csv': 'a,b\n1,2\n' });
    const { code, out } = vsd('validate', '--data', dir);
    expect(code).toBe(1);
    const notes = JSON.parse(out).files.find((f: { file: string }) => f.file === 'notes.csv');
    expect(notes).toMatchObject({ table: null, status: 'refused', rows_read: 0 });
    expect(notes.reason).toMatch(/^Not a table the dashboard knows/);
  });

  it('exits 2 with the usage for a bad call', () => {
    expect(vsd('validate').code).toBe(2);
    expect(vsd('frobnicate', '--data', '.').code).toBe(2);
    const missing = vsd('validate', '--data', join(ROOT, 'no-such-dir'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('is not a directory');
  });
});
