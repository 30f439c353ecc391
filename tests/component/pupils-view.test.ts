import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeGroup } from '../../src/lib/groups/group';
import { Groups } from '../../src/lib/groups/groups.svelte';
import type { PupilRow } from '../../src/lib/measures/pupil-rows';
import { ChosenGroup } from '../../src/lib/state/chosen-group.svelte';
import { PupilList } from '../../src/lib/state/pupil-list.svelte';
import { PupilViewSettings } from '../../src/lib/state/pupil-view.svelte';
import { ViewStateStore } from '../../src/lib/state/view-state.svelte';
import { PUPIL_COLUMNS } from '../../src/views/pupils/columns';
import { child } from '../fixtures/pupil-row';
import PupilsView from '../../src/views/pupils/PupilsView.svelte';
import { useTableLayout } from './table-layout';

useTableLayout();

const ROWS: PupilRow[] = [
  child('C1', { school_ref: 'SCH21', attendance_pct: 84.25, persistent_absence: true, suspensions: 3 }, { persistent_absence: true, suspensions_2plus: true }),
  child('C2', { school_ref: 'SCH10' }),
  child('C3', { school_ref: 'SCH22', attendance_pct: 97, pep_overdue: true, next_pep_due: '2025-03-14' }, { pep_overdue_or_red: true }),
  child('C4', { school_ref: 'SCH10', pep_rating: 'RED', smart_share: 0, targets_known: 4, cme_open: true }, { pep_overdue_or_red: true, no_smart_target: true, cme_open: true }),
];

function setUp(rows = ROWS) {
  const list = new PupilList(() => Promise.reject(new Error('no database in this test: the rows are given')));
  list.all = rows;
  const chosen = new ChosenGroup();
  const settings = new PupilViewSettings(PUPIL_COLUMNS.filter((c) => c.initially).map((c) => c.key));
  render(PupilsView, {
    list, settings, chosen, view: new ViewStateStore(), groups: new Groups(), periods: ['2023/24', '2024/25'],
    version: 0, asAt: '1 August 2025', onuse: () => {},
  });
  return { list, chosen, settings };
}

const table = () => screen.getByRole('table');
const column = (label: string) => {
  const heads = within(table()).getAllByRole('columnheader').map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());
  const i = heads.indexOf(label);
  return [...table().querySelectorAll('tbody tr[data-index]')].map((tr) => tr.children[i].textContent!.replace('▲', '').trim());
};
const shownIds = () => [...table().querySelectorAll('tbody tr[data-index] th')].map((th) => th.textContent);

describe('PupilsView', () => {
  beforeEach(() => localStorage.clear());

  it('says each raised flag in words, a marker beside it, in one Needs attention column', () => {
    setUp();
    expect(column('Needs attention')).toEqual(['Persistent absence; 3 suspensions', '', 'PEP overdue', 'PEP rated red; no SMART target; missing education']);
    const flagged = table().querySelectorAll('tbody .flag');
    expect(flagged).toHaveLength(3);
    expect(flagged[0].querySelector('.marker')!.getAttribute('aria-hidden')).toBe('true');
    expect(column('Attendance %')).toEqual(['84.3', '', '97.0', '']);
    expect(column('Next PEP due')).toEqual(['', '', '14 Mar 2025', '']);
    expect(column('Targets fully SMART')).toEqual(['', '', '', '0%']);
  });

  it('lists the latest year of the roll unless another is chosen', () => {
    setUp();
    expect((screen.getByRole('combobox', { name: 'Year' }) as HTMLSelectElement).value).toBe('2024/25');
    expect(screen.getByText(/^Showing 4 children of 4 in 2024\/25/)).toBeTruthy();
  });

  it('shows only the children needing attention when asked, and says how many', async () => {
    setUp();
    const box = screen.getByRole('checkbox', { name: 'Needs attention only (3)' });
    await fireEvent.click(box);
    expect(shownIds()).toEqual(['C1', 'C3', 'C4']);
    expect(screen.getByText(/^Showing 3 children of 4/)).toBeTruthy();
  });

  it('searches child ids and school references, ignoring case', async () => {
    setUp();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await fireEvent.input(search, { target: { value: 'sch10' } });
    expect(shownIds()).toEqual(['C2', 'C4']);
    await fireEvent.input(search, { target: { value: 'c3' } });
    expect(shownIds()).toEqual(['C3']);
    await fireEvent.input(search, { target: { value: 'zz' } });
    expect(within(table()).getByText('No child matches: change the filter or the search.')).toBeTruthy();
  });

  it('sorts the Needs attention column by how many flags are raised, most first', async () => {
    setUp();
    await fireEvent.click(within(table()).getByRole('button', { name: /Needs attention/ }));
    expect(shownIds()).toEqual(['C4', 'C1', 'C3', 'C2']);
  });

  it('shows a group none of whose children is loaded as an empty list, saying so', async () => {
    const { list, chosen } = setUp();
    chosen.use(makeGroup('Left the area', {}, ['ZZ1', 'ZZ2']), 'None of the 2 children is in the loaded data');
    list.ids = new Set();
    await tick();
    expect(screen.getByRole('status').textContent).toContain('Listing the group Left the area: None of the 2 children is in the loaded data.');
    expect(shownIds()).toEqual([]);
    expect(within(table()).getByText('No child matches: change the filter or the search.')).toBeTruthy();
    expect(screen.getByText(/^Showing 0 children of 0/)).toBeTruthy();
  });

  it('says a year with no listed child plainly', () => {
    setUp([]);
    expect(within(table()).getByText('No child is listed in this year.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Download CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
