import { render, screen, waitFor } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db/types';
import { AREAS } from '../../../src/lib/measures/areas';
import type { Dataset } from '../../../src/lib/state/dataset.svelte';
import { Coordinator } from '../../../src/lib/state/coordinator';
import { ViewStateStore } from '../../../src/lib/state/view-state.svelte';
import AreaView from '../../../src/views/dashboard/AreaView.svelte';
import { csv, dbWith, HEADERS } from '../../unit/measures/harness';

describe('an area view opened from a link to one of its panels', () => {
  let db: Db;
  const ids = Array.from({ length: 8 }, (_, i) => `C${i + 1}`);
  beforeAll(async () => {
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, ...ids.map((id) => `${id},F,2008-01,WBRI,N,0`)),
      'care_periods.csv': csv(HEADERS.care_periods, ...ids.map((id) => `${id},2020-01-01,,C2,U1,IN_LA`)),
      'ks4_results.csv': csv(HEADERS.ks4_results, ...ids.map((id, i) => `${id},2023/24,${20 + i},-1,4,4,8`)),
    });
  });

  it('moves focus to the heading of that panel once its figures are drawn', async () => {
    // the loaded data, as the view reads it: key stage 4 results only
    const dataset = { version: 1, counts: { ks4_results: ids.length }, files: [] } as unknown as Dataset;
    render(AreaView, {
      area: AREAS.find((a) => a.id === 'ks4')!,
      dataset,
      view: new ViewStateStore(),
      coordinator: new Coordinator(async () => db),
      source: 'local data',
      panel: 'ks4_p8_avg',
    });
    const heading = screen.getByRole('heading', { level: 2, name: 'Progress 8' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.getAttribute('tabindex')).toBe('-1');
    // the figures were drawn first: the Attainment 8 panel above it has its chart
    expect(screen.getAllByRole('img').length).toBeGreaterThan(0);
  });
});
