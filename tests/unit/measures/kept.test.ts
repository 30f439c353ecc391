import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../../src/cli/load-dir';
import type { Db } from '../../../src/lib/db/types';
import { distribution } from '../../../src/lib/measures/distributions';
import { validateFilter, type Filter } from '../../../src/lib/measures/filter';
import { measure } from '../../../src/lib/measures/index';
import { DASHBOARD_SQL, KeptRows } from '../../../src/lib/state/kept-rows';
import { buildModel } from '../../../src/lib/measures/model';
import type { BinsPart, Part } from '../../../src/lib/measures/query';
import { runParts } from '../../../src/lib/measures/report';
import { AREAS } from '../../../src/lib/measures/areas';
import { batchesOf } from '../../../src/views/dashboard/batches';
import { csv, dbWith, HEADERS } from './harness';

const PARTS: (Part | BinsPart)[] = [
  { measures: [measure('roll_n'), measure('ks4_att8_avg')] },
  { measures: [measure('ks4_att8_avg')], dimension: 'sex' },
  { distribution: distribution('ks4_att8_distribution') },
  { measures: [measure('cme_started_n')] },
];

/** The figures a view shows, in a form easy to read in a test. */
async function figures(kept: KeptRows, filter: Record<string, string[]>) {
  const [whole, bySex, bins, cme] = await kept.run(validateFilter(filter), PARTS);
  return {
    roll: whole.find((r) => r.measure === 'roll_n')!.value,
    att8: whole.find((r) => r.measure === 'ks4_att8_avg')!.value,
    children: whole.find((r) => r.measure === 'ks4_att8_avg')!.children,
    bySex: Object.fromEntries(bySex.map((r) => [r.group, r.value])),
    bins: bins.map((r) => [r.group, r.value]),
    cme: cme[0].value,
  };
}

describe('KeptRows: the dashboard runs one plan per view, whatever the filter', () => {
  let db: Db;
  let prepared = 0;
  beforeAll(async () => {
    const real = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, 'A,F,2008-01,WBRI,N,0', 'B,M,2008-01,WBRI,N,0', 'C,F,2008-01,WBRI,N,0'),
      'care_periods.csv': csv(
        HEADERS.care_periods,
        'A,2020-01-01,,C2,U1,IN_LA',
        'B,2020-01-01,,C2,U1,IN_LA',
        'C,2020-01-01,,C2,U1,IN_LA',
      ),
      'school_enrolments.csv': csv(
        HEADERS.school_enrolments,
        'A,2023/24,S1,SECONDARY,1,',
        'B,2023/24,S2,SECONDARY,1,',
        'C,2023/24,S1,SECONDARY,1,',
      ),
      'ks4_results.csv': csv(HEADERS.ks4_results, 'A,2023/24,40,,,,', 'B,2023/24,60,,,,', 'C,2023/24,51,,,,'),
      'cme_episodes.csv': csv(
        HEADERS.cme_episodes,
        'R1,X1,2023-09-10,,,CIN',
        'R2,X2,2023-10-01,,,NONE',
        'R3,X3,2023-11-01,,,CIN',
      ),
    });
    db = { ...real, prepare: (sql) => (prepared++, real.prepare(sql)) };
  });

  it('gives the figures of each filter in turn, back to all children, and plans the query once', async () => {
    const kept = new KeptRows(db);
    // all: A 40, B 60, C 51 → mean 151 / 3; F: A and C → 91 / 2; bins of 10: 40 → 40, 51 → 50, 60 → 60
    const all = {
      roll: 3,
      att8: 151 / 3,
      children: 3,
      bySex: { F: 45.5, M: 60 },
      bins: [
        ['40', 1],
        ['50', 1],
        ['60', 1],
      ],
      cme: 3,
    };
    expect(await figures(kept, {})).toEqual(all);
    expect(await figures(kept, { sex: ['F'] })).toEqual({
      roll: 2,
      att8: 45.5,
      children: 2,
      bySex: { F: 45.5 },
      bins: [
        ['40', 1],
        ['50', 1],
      ],
      cme: 3,
    });
    // a school reference is bound as a parameter: only B is at S2
    expect(await figures(kept, { school_ref: ['S2'] })).toEqual({
      roll: 1,
      att8: 60,
      children: 1,
      bySex: { M: 60 },
      bins: [['60', 1]],
      cme: 3,
    });
    // the children of a group, bound as one list: A and B
    expect(await figures(kept, { child_id: ['A', 'B'] })).toEqual({
      roll: 2,
      att8: 50,
      children: 2,
      bySex: { F: 40, M: 60 },
      bins: [
        ['40', 1],
        ['60', 1],
      ],
      cme: 3,
    });
    // the registers follow social_care_status only: R1 and R3 are CIN
    expect(await figures(kept, { social_care_status: ['CIN'], sex: ['M'] })).toEqual({
      roll: 1,
      att8: 60,
      children: 1,
      bySex: { M: 60 },
      bins: [['60', 1]],
      cme: 2,
    });
    expect(await figures(kept, {})).toEqual(all);
    expect(prepared).toBe(1);
  });

  it("runs queries one at a time, so concurrent filters never see each other's rows", async () => {
    const kept = new KeptRows(db);
    const [f, m] = await Promise.all([figures(kept, { sex: ['F'] }), figures(kept, { sex: ['M'] })]);
    expect([f.roll, f.att8, m.roll, m.att8]).toEqual([2, 45.5, 1, 60]);
  });
});

describe('KeptRows on the demo data', () => {
  let db: Db;
  beforeAll(async () => {
    db = (await loadDirectory(join(import.meta.dirname, '../../../data/demo'))).db;
    await buildModel(db);
  }, 60_000);

  it('gives exactly what runParts gives for every view under a run of filters, intervals included', async () => {
    const kept = new KeptRows(db);
    const raw: Record<string, string[]>[] = [
      {},
      { sex: ['F'] },
      { sex: ['F'], uasc: ['1'] },
      { key_stage: ['KS4'], cla12m: ['1'] },
      { social_care_status: ['CLA'] },
      {},
    ];
    const filters: Filter[] = raw.map((f) => validateFilter(f));
    for (const filter of filters) {
      for (const area of AREAS) {
        const parts = [
          { measures: [measure('roll_n')] },
          ...batchesOf(area.panels).map((b) =>
            'distribution' in b
              ? { distribution: distribution(b.distribution) }
              : { measures: b.ids.map(measure), dimension: b.dimension },
          ),
        ];
        expect(await kept.run(filter, parts), `${area.id} ${JSON.stringify(filter)}`).toEqual(
          await runParts(db, filter, parts, DASHBOARD_SQL),
        );
      }
    }
  }, 120_000);
});
