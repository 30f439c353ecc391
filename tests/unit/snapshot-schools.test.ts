import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/lib/measures/areas';
import { checkSnapshot } from '../../src/lib/snapshot/check';
import { collectRows, partsFor } from '../../src/lib/snapshot/collect';
import { makeSnapshot } from '../../src/lib/snapshot/snapshot';
import { dbWith } from './measures/harness';
import { SCHOOL_FILES } from './measures/schools-fixture';

/** Rule 8 (snapshots.md): the "schools to challenge" panels of the area views never reach a published snapshot. */
describe('a snapshot of data with schools to challenge', () => {
  it('asks for no figure by school', () => {
    expect(AREAS.flatMap((a) => a.panels).filter((p) => p.kind === 'schools').length).toBe(5);
    expect(partsFor(AREAS).dimensions).not.toContain('school');
  });

  it('holds no school reference, no school name and no breakdown by school', async () => {
    const db = await dbWith(SCHOOL_FILES);
    const doc = makeSnapshot(await collectRows(db), {
      title: 'Virtual school annual report',
      authority: 'Test',
      as_at: '2024-08-31',
      k: 6,
      created: new Date(Date.UTC(2024, 8, 1)),
      sources: Object.keys(SCHOOL_FILES).map((f) => ({ table: f.replace(/\.csv$/, ''), sha256: 'ab'.repeat(32) })),
    });
    const text = JSON.stringify(doc);
    // the measures the schools panels break down are published, whole
    expect(doc.series.map((s) => s.measure)).toEqual(
      expect.arrayContaining([
        'pep_good_pct',
        'pep_on_time_pct',
        'pep_target_smart_pct',
        'abs_overall_pct',
        'susp_rate_per100',
      ]),
    );
    for (const ref of ['S1', 'S2', 'S3', 'S9']) expect(text).not.toMatch(new RegExp(`\\b${ref}\\b`));
    for (const name of ['Oakfield', 'Brook Primary', 'Hill House']) expect(text).not.toContain(name);
    expect(doc.breakdowns.map((b) => b.dimension)).not.toContain('school');
    expect(text).not.toContain('school"');
    expect(checkSnapshot(text).series.length).toBe(doc.series.length);
  });
});
