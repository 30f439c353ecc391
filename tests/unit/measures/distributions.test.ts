import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { binRows, distribution, type BinRow, type DistributionId } from '../../../src/lib/measures/distributions';
import type { Filter } from '../../../src/lib/measures/filter';
import { runParts } from '../../../src/lib/measures/report';

/** Counts per period and bin of a distribution under a filter, as the dashboard asks for them. */
async function runDistribution(db: Db, id: DistributionId, filter: Filter): Promise<BinRow[]> {
  const [rows] = await runParts(db, filter, [{ distribution: distribution(id) }]);
  return binRows(rows);
}
import { csv, dbWith, HEADERS } from './harness';

describe("distributions: bins of a base's values, per period", () => {
  let db: Db;
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(
        HEADERS.pupils,
        'A,F,2008-01,WBRI,N,0',
        'B,M,2008-01,WBRI,N,0',
        'C,F,2008-01,WBRI,N,0',
        'D,F,2008-01,WBRI,N,0',
      ),
      'care_periods.csv': csv(HEADERS.care_periods, 'A,2020-01-01,,C2,U1,IN_LA'),
      'ks4_results.csv': csv(
        HEADERS.ks4_results,
        'A,2023/24,9.5,,,,',
        'B,2023/24,10,,,,',
        'C,2023/24,19.9,,,,',
        'D,2023/24,,,,,',
      ),
      'cme_episodes.csv': csv(
        HEADERS.cme_episodes,
        'R1,X1,2023-09-01,2023-09-15,RETURNED_TO_SCHOOL,NONE',
        'R2,X2,2023-09-01,2023-09-14,RETURNED_TO_SCHOOL,CIN',
        'R3,X3,2023-09-01,2023-09-02,MOVED_AWAY,NONE',
      ),
    });
  });
  it('counts Attainment 8 in bands of 10 (9.5 in 0–10; 10 and 19.9 in 10–20; no score left out)', async () => {
    expect(await runDistribution(db, 'ks4_att8_distribution', {})).toEqual([
      { period: '2023/24', x0: 0, count: 1 },
      { period: '2023/24', x0: 10, count: 2 },
    ]);
  });
  it('narrows by the cohort filter', async () => {
    expect(await runDistribution(db, 'ks4_att8_distribution', { sex: ['F'] })).toEqual([
      { period: '2023/24', x0: 0, count: 1 },
      { period: '2023/24', x0: 10, count: 1 },
    ]);
  });
  it('counts days to return in fortnights (13 days in 0–14, 14 days in 14–28), returns only, by social care status', async () => {
    expect(await runDistribution(db, 'cme_days_to_return_distribution', {})).toEqual([
      { period: '2023/24', x0: 0, count: 1 },
      { period: '2023/24', x0: 14, count: 1 },
    ]);
    expect(await runDistribution(db, 'cme_days_to_return_distribution', { social_care_status: ['CIN'] })).toEqual([
      { period: '2023/24', x0: 0, count: 1 },
    ]);
  });
});
