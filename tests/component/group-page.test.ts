import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/lib/db/types';
import { makeGroup } from '../../src/lib/groups/group';
import { Coordinator } from '../../src/lib/state/coordinator';
import GroupPage from '../../src/views/pupils/group/GroupPage.svelte';
import { csv, dbWith, HEADERS } from '../unit/measures/harness';

/** The rows of the page's table, header row first, as text cells. */
const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('GroupPage: a saved group beside the whole roll', () => {
  let db: Db;
  const ids = Array.from({ length: 12 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
  beforeAll(async () => {
    // C01–C06: Attainment 8 of 30, 40, 20, 50, 44, 60; C07–C12: 10, 20, 30, 15, 25, 35 (as in the unit test)
    const att8 = [30, 40, 20, 50, 44, 60, 10, 20, 30, 15, 25, 35];
    db = await dbWith({
      'pupils.csv': csv(HEADERS.pupils, ...ids.map((id) => `${id},F,2008-01,WBRI,N,0`)),
      'care_periods.csv': csv(HEADERS.care_periods, ...ids.map((id) => `${id},2020-01-01,,C2,U1,IN_LA`)),
      'ks4_results.csv': csv(
        HEADERS.ks4_results,
        ...ids.map((id, i) => `${id},2023/24,${att8[i]},,${i < 6 ? '5,5' : '3,3'},8`),
      ),
    });
    await db.exec(
      `INSERT INTO national_benchmarks VALUES ('202324', '2023/24', 'ks4_att8_avg', 'CLA_12M', 19.4, 'mean', 'S', NULL)`,
    );
  });

  const page = (group: ReturnType<typeof makeGroup>, props: Record<string, unknown> = {}) =>
    render(GroupPage, {
      group,
      coordinator: new Coordinator(async () => db),
      version: 1,
      db: async () => db,
      ...props,
    });

  it('shows the group of 14, 12 of them loaded, in a table beside the whole roll and the national figure', async () => {
    page(makeGroup('Year 11 girls', { sex: ['F'] }, [...ids, 'X1', 'X2']));
    expect(screen.getByRole('heading', { level: 1, name: 'Year 11 girls' })).toBeTruthy();
    expect(screen.getByText('Sex: Female')).toBeTruthy();
    const table = await screen.findByRole('table');
    expect(screen.getByText('12 of 14 children are in the loaded data.')).toBeTruthy();
    expect(table.querySelector('caption')?.textContent).toBe(
      'Year 11 girls: headline measures in the latest year of each, beside the whole roll and the national figure',
    );
    // every loaded child is in the group, so its figures are the roll's: 379 / 12 = 31.6; 6 of 12 at grade 4+
    expect(cells(table)).toEqual([
      ['Measure', 'Year', 'This group', 'Whole roll', 'Children in care or care leavers nationally'],
      ['Attainment 8', '2023/24', '31.6', '31.6', '19.4'],
      ['Grade 4 or above in English and maths', '2023/24', '50.0%', '50.0%', 'x'],
      ['No qualifications', '2023/24', '0.0%', '0.0%', 'x'],
    ]);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .every((th) => th.getAttribute('scope') === 'col'),
    ).toBe(true);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .every((th) => th.getAttribute('scope') === 'row'),
    ).toBe(true);
    expect(screen.getByText('x', { selector: 'b' }).parentElement?.textContent).toBe('x not available.');
    expect(screen.queryByText('c', { selector: 'b' })).toBeNull();
    expect(screen.getByText(/^Missing education and home education are not shown for a group/)).toBeTruthy();
  });

  it('marks a group of 3 children with c, and says what c means', async () => {
    page(makeGroup('Three', {}, ids.slice(6, 9)));
    const table = await screen.findByRole('table');
    expect(
      cells(table)
        .slice(1)
        .map((r) => r.slice(2, 4)),
    ).toEqual([
      ['c', '31.6'],
      ['c', '50.0%'],
      ['c', '0.0%'],
    ]);
    expect(screen.getByText('c', { selector: 'b' }).parentElement?.textContent).toBe(
      'c suppressed: fewer than 6 children, or could reveal a small group.',
    );
    expect(screen.getByText('All 3 children are in the loaded data.')).toBeTruthy();
    expect(screen.getByText('All children')).toBeTruthy();
  });

  it("says plainly when none of the group's children is loaded, keeping them all", async () => {
    page(makeGroup('Elsewhere', {}, ['X1', 'X2']));
    expect(
      await screen.findByText(
        'None of the 2 children is in the loaded data, so the group has no figures to show. Its children are kept: load the exports that hold them.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it("says so when no child passes the group's filter", async () => {
    page(makeGroup('Boys', { sex: ['M'] }, []));
    expect(await screen.findByText(/^No child of this group has a record behind the headline measures/)).toBeTruthy();
    expect(screen.getByText('No children are picked by hand: the filter alone chooses them.')).toBeTruthy();
  });

  it('opens the Pupils list through the handler given, or links to it', async () => {
    const onopenlist = vi.fn();
    const { unmount } = page(makeGroup('Three', {}, ids.slice(6, 9)), { onopenlist });
    await fireEvent.click(screen.getByRole('button', { name: 'Open in the Pupils list' }));
    expect(onopenlist).toHaveBeenCalledOnce();
    unmount();
    page(makeGroup('Three', {}, ids.slice(6, 9)));
    expect(screen.getByRole('link', { name: 'Open in the Pupils list' }).getAttribute('href')).toBe('#/pupils');
  });

  it('shows the newer group when an older one answers later', async () => {
    // the first group's query waits for DuckDB until the second group has been drawn
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const coordinator = new Coordinator(async () => (calls++ === 0 ? gate.then(() => db) : db));
    const { rerender } = render(GroupPage, {
      group: makeGroup('First six', {}, ids.slice(0, 6)),
      coordinator,
      version: 1,
      db: async () => db,
    });
    await rerender({ group: makeGroup('Three', {}, ids.slice(6, 9)) });
    const table = await screen.findByRole('table');
    expect(table.querySelector('caption')?.textContent).toMatch(/^Three:/);
    release();
    await gate;
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toMatch(/^Three:/);
    expect(cells(screen.getByRole('table'))[1]).toEqual(['Attainment 8', '2023/24', 'c', '31.6', '19.4']);
  });

  it('asks for data when none is loaded', () => {
    page(makeGroup('Three', {}, ids.slice(6, 9)), { version: 0 });
    expect(screen.getByRole('link', { name: 'Load your exports' }).getAttribute('href')).toBe('#/load');
  });
});
